package io.github.opennqf.spark.internal;

import io.github.opennqf.recognition.ApplicantAssessment;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** One row per applicant: the assessment's figures, then the carried columns. */
public final class ScoreApplicantsTask extends ApplicantTask {
    private static final long serialVersionUID = 1L;

    /** The result columns before the carried ones. */
    public static final StructType RESULTS = new StructType()
            .add("applicant_id", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, false)
            .add("skills_score", DataTypes.DoubleType, false)
            .add("covered_share", DataTypes.DoubleType, false)
            .add("recognised", DataTypes.BooleanType, false)
            .add("eligibility", DataTypes.StringType, false)
            .add("education", DataTypes.StringType, false)
            .add("experience", DataTypes.StringType, false)
            .add("experience_years", DataTypes.DoubleType, false)
            .add("flags", DataTypes.IntegerType, false);

    /**
     * @param spec the vacancy
     * @param carried the carried columns
     */
    public ScoreApplicantsTask(AssessorSpec spec, StructField[] carried) {
        super(spec, results(carried));
    }

    /** @param carried the carried columns @return the result columns */
    public static StructType results(StructField[] carried) {
        StructType s = RESULTS;
        for (StructField f : carried) {
            s = s.add(f);
        }
        return s;
    }

    @Override
    protected List<Object[]> results(ApplicantAssessment a, Object[] carried) {
        Object[] v = new Object[RESULTS.size() + carried.length];
        v[0] = a.applicantId();
        v[1] = a.score();
        v[2] = a.skills().score();
        v[3] = a.skills().coveredShare();
        v[4] = a.recognised();
        v[5] = a.eligibility().status().name();
        v[6] = a.eligibility().education().status().name();
        v[7] = a.eligibility().experience().status().name();
        v[8] = a.experienceYears();
        v[9] = a.flags().size();
        System.arraycopy(carried, 0, v, RESULTS.size(), carried.length);
        return List.<Object[]>of(v);
    }
}
