package io.github.opennqf.spark.internal;

import io.github.opennqf.recognition.ApplicantAssessment;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The status of every requirement of the vacancy for each applicant, after the carried (grouping) columns. */
public final class ApplicantGapsTask extends ApplicantTask {
    private static final long serialVersionUID = 1L;

    /**
     * @param spec the vacancy
     * @param groups the carried grouping columns
     */
    public ApplicantGapsTask(AssessorSpec spec, StructField[] groups) {
        super(spec, results(groups));
    }

    /** @param groups the grouping columns @return them, then {@link GapSummary#REQUIREMENT_COLUMNS} */
    public static StructType results(StructField[] groups) {
        return GapSummary.requirementRows(new StructType(groups));
    }

    @Override
    protected List<Object[]> results(ApplicantAssessment a, Object[] carried) {
        List<Object[]> out = new ArrayList<>();
        GapSummary.addRequirementRows(carried, a.skills(), out);
        return out;
    }
}
