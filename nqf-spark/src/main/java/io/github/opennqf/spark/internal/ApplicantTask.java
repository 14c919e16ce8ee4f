package io.github.opennqf.spark.internal;

import io.github.opennqf.NqfException;
import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.io.ReadException;
import io.github.opennqf.recognition.ApplicantAssessment;
import io.github.opennqf.recognition.ApplicantAssessor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * A partition function over applicant records: reads each native applicant JSON with nqf-io's
 * codec and assesses it with the executor's one assessor (built at most once per JVM). A record
 * that cannot be read or assessed becomes a rejected row with every problem; nothing is dropped.
 * Input columns: {@code _record, _source, applicant}, then the carried columns.
 */
public abstract class ApplicantTask implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    /** Fixed leading columns of the normalised input. */
    public static final int RECORD = 0;
    /** The source column. */
    public static final int SOURCE = 1;
    /** The applicant JSON column. */
    public static final int APPLICANT = 2;
    /** The first carried column. */
    public static final int FIRST_CARRIED = 3;

    private final AssessorSpec spec;
    private final int width;

    /**
     * @param spec the vacancy
     * @param results the result columns
     */
    protected ApplicantTask(AssessorSpec spec, StructType results) {
        this.spec = spec;
        this.width = results.size();
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        ApplicantAssessor assessor = spec.assessor();
        return new FlatIterator<>(input, row -> process(assessor, row));
    }

    private List<Row> process(ApplicantAssessor assessor, Row row) {
        long record = row.getLong(RECORD);
        String source = row.isNullAt(SOURCE) ? "applicants" : row.getString(SOURCE);
        if (row.isNullAt(APPLICANT)) {
            return List.of(OutputRows.rejected(width, record, source, "", source + ": the applicant is null", "MISSING_FIELD"));
        }
        String text = row.getString(APPLICANT);
        ApplicantAssessment assessment;
        try {
            ApplicantProfile profile = NqfIo.applicant(text, source);
            assessment = assessor.assess(profile);
        } catch (ReadException e) {
            return List.of(OutputRows.rejected(width, record, source, text, NqfIo.problems(e), NqfIo.firstReason(e)));
        } catch (IllegalArgumentException | NqfException e) {
            return List.of(OutputRows.rejected(width, record, source, text, source + ": " + e.getMessage(),
                    text.isBlank() ? "MISSING_FIELD" : "INVALID_VALUE"));
        }
        Object[] carried = new Object[row.size() - FIRST_CARRIED];
        for (int i = 0; i < carried.length; i++) {
            carried[i] = row.get(FIRST_CARRIED + i);
        }
        List<Object[]> values = results(assessment, carried);
        List<Row> out = new ArrayList<>(values.size() + 1);
        out.add(OutputRows.marker(width, record, source));
        for (Object[] v : values) {
            out.add(OutputRows.result(v, record, source));
        }
        return out;
    }

    /**
     * @param assessment an applicant's assessment
     * @param carried the values of the carried columns
     * @return its result rows, each with the values of the result columns
     */
    protected abstract List<Object[]> results(ApplicantAssessment assessment, Object[] carried);
}
