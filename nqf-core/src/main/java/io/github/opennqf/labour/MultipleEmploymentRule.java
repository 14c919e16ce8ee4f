package io.github.opennqf.labour;

import io.github.opennqf.internal.Check;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Kazakh labour code's rule on multiple employment (2025 clarification): work for several
 * employers is allowed when the total working time is at most 12 hours a day, with at most 8 at
 * the main job and at most 4 in secondary employment; it is not allowed for minors, nor for workers
 * in hazardous occupations (healthcare workers excepted); civil servants may take secondary
 * employment only for teaching, research or creative work.
 *
 * <pre>{@code
 * EmploymentDecision d = MultipleEmploymentRule.KAZAKHSTAN_2025.check(
 *         new Worker(LocalDate.of(1990, 5, 1), false, false),
 *         new Job("Engineer", 8, false, Job.WorkKind.OTHER),
 *         new Job("Lecturer", 4, false, Job.WorkKind.TEACHING),
 *         LocalDate.of(2026, 11, 23));
 * d.allowed();   // true
 * }</pre>
 *
 * <p>The hour limits and the age of majority are data, not code: a rule with other limits is
 * made with {@link #withLimits}. Immutable and thread-safe. Limits outside 0–24 hours get an
 * {@link io.github.opennqf.InvalidValueException}.
 *
 * @param maxMainHours daily limit at the main job
 * @param maxSecondaryHours daily limit in secondary employment
 * @param maxTotalHours daily limit for both together
 * @param ageOfMajority the age below which a person is a minor
 * @since 0.1.0
 */
public record MultipleEmploymentRule(double maxMainHours, double maxSecondaryHours, double maxTotalHours,
        int ageOfMajority) {

    /** The rule as clarified in 2025: 8 + 4 hours, 12 in total, majority at 18. */
    public static final MultipleEmploymentRule KAZAKHSTAN_2025 = new MultipleEmploymentRule(8, 4, 12, 18);

    /** Validates the limits. */
    public MultipleEmploymentRule {
        for (double limit : new double[] {maxMainHours, maxSecondaryHours, maxTotalHours}) {
            if (!(limit >= 0 && limit <= 24)) {
                throw Check.invalid("hours limit", limit, "must be between 0 and 24");
            }
        }
        Check.inRange(ageOfMajority, 0, 30, "ageOfMajority");
    }

    /**
     * @param mainHours daily limit at the main job
     * @param secondaryHours daily limit in secondary employment
     * @param totalHours daily limit in total
     * @return a copy with these limits
     */
    public MultipleEmploymentRule withLimits(double mainHours, double secondaryHours, double totalHours) {
        return new MultipleEmploymentRule(mainHours, secondaryHours, totalHours, ageOfMajority);
    }

    /**
     * Decides whether the person may take the secondary job besides the main job.
     *
     * @param worker the person
     * @param mainJob the main job
     * @param secondaryJob the proposed secondary job
     * @param on the day the decision is for (age is measured on it)
     * @return allowed or not, with every reason that applies
     */
    public EmploymentDecision check(Worker worker, Job mainJob, Job secondaryJob, LocalDate on) {
        Check.notNull(worker, "worker");
        Check.notNull(mainJob, "mainJob");
        Check.notNull(secondaryJob, "secondaryJob");
        Check.notNull(on, "on");
        List<EmploymentDecision.Reason> reasons = new ArrayList<>();
        int age = worker.ageOn(on);
        if (age < ageOfMajority) {
            reasons.add(reason(EmploymentDecision.Ground.MINOR,
                    "the person is " + age + ", under " + ageOfMajority));
        }
        addGroundsBesidesAge(worker.civilServant(), worker.healthcareWorker(), mainJob, secondaryJob, reasons);
        return new EmploymentDecision(reasons.isEmpty(), reasons);
    }

    /**
     * Decides on every ground but age, for a person whose birth date is not known: the hours, a
     * hazardous occupation and the civil service. Its reasons never include
     * {@link EmploymentDecision.Ground#MINOR}; "allowed" means allowed for a person of full age, so
     * a caller who does not know the age must not take it as a final yes.
     *
     * @param civilServant whether the person is a civil servant
     * @param healthcareWorker whether the person is a healthcare worker
     * @param mainJob the main job
     * @param secondaryJob the proposed secondary job
     * @return the decision on those grounds, with every reason that applies
     */
    public EmploymentDecision checkBesidesAge(boolean civilServant, boolean healthcareWorker, Job mainJob,
            Job secondaryJob) {
        Check.notNull(mainJob, "mainJob");
        Check.notNull(secondaryJob, "secondaryJob");
        List<EmploymentDecision.Reason> reasons = new ArrayList<>();
        addGroundsBesidesAge(civilServant, healthcareWorker, mainJob, secondaryJob, reasons);
        return new EmploymentDecision(reasons.isEmpty(), reasons);
    }

    private void addGroundsBesidesAge(boolean civilServant, boolean healthcareWorker, Job mainJob, Job secondaryJob,
            List<EmploymentDecision.Reason> reasons) {
        if ((mainJob.hazardous() || secondaryJob.hazardous()) && !healthcareWorker) {
            String which = mainJob.hazardous() && secondaryJob.hazardous() ? "both jobs are"
                    : (mainJob.hazardous() ? "the main job '" + mainJob.title() + "' is"
                            : "the secondary job '" + secondaryJob.title() + "' is");
            reasons.add(reason(EmploymentDecision.Ground.HAZARDOUS_OCCUPATION,
                    which + " in a hazardous occupation and the person is not a healthcare worker"));
        }
        if (civilServant && !secondaryJob.kind().isOpenToCivilServants()) {
            reasons.add(reason(EmploymentDecision.Ground.CIVIL_SERVICE,
                    "a civil servant may take only teaching, research or creative work; '"
                            + secondaryJob.title() + "' is none of these"));
        }
        if (mainJob.hoursPerDay() > maxMainHours) {
            reasons.add(reason(EmploymentDecision.Ground.MAIN_JOB_HOURS,
                    "the main job is " + hours(mainJob.hoursPerDay()) + " a day, more than " + hours(maxMainHours)));
        }
        if (secondaryJob.hoursPerDay() > maxSecondaryHours) {
            reasons.add(reason(EmploymentDecision.Ground.SECONDARY_JOB_HOURS,
                    "the secondary job is " + hours(secondaryJob.hoursPerDay()) + " a day, more than "
                            + hours(maxSecondaryHours)));
        }
        double total = mainJob.hoursPerDay() + secondaryJob.hoursPerDay();
        if (total > maxTotalHours) {
            reasons.add(reason(EmploymentDecision.Ground.TOTAL_HOURS,
                    "both jobs together are " + hours(total) + " a day, more than " + hours(maxTotalHours)));
        }
    }

    private static EmploymentDecision.Reason reason(EmploymentDecision.Ground ground, String text) {
        return new EmploymentDecision.Reason(ground, text);
    }

    private static String hours(double h) {
        return (h == Math.rint(h) ? Long.toString((long) h) : Double.toString(h)) + " h";
    }
}
