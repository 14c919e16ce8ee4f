package io.github.opennqf.evidence;

import io.github.opennqf.internal.Check;
import io.github.opennqf.labour.Job;
import io.github.opennqf.labour.Worker;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The optional facts about an applicant that some checks need besides the evidence: the birth
 * date (experience before the age of 14 is inconsistent; the multiple-employment rule excludes
 * minors), the current main job and whether the person is a civil servant or a healthcare worker
 * (the multiple-employment rule, when the vacancy is a secondary job).
 *
 * <pre>{@code
 * PersonalDetails details = PersonalDetails.UNKNOWN
 *         .withBirthDate(LocalDate.of(1990, 5, 1))
 *         .withMainJob(new Job("Engineer", 8, false, Job.WorkKind.OTHER));
 * ApplicantProfile applicant = new ApplicantProfile("A-17", null, evidence, details);
 * }</pre>
 *
 * <p>What is not known stays {@code null}; the two flags default to {@code false} ("not stated"
 * reads as "no", which the assessment says when it matters). Immutable and thread-safe. A birth
 * date after today's date is accepted here (the assessment date decides) but a job that breaks
 * {@link Job}'s rules gets an {@link io.github.opennqf.InvalidValueException}.
 *
 * @param birthDate the date of birth, or {@code null} when not known
 * @param mainJob the current main job, or {@code null} when the person has none or it is not known
 * @param civilServant whether the person is a civil servant
 * @param healthcareWorker whether the person is a healthcare worker
 * @since 0.1.0
 */
public record PersonalDetails(
        @Nullable LocalDate birthDate,
        @Nullable @Valid Job mainJob,
        boolean civilServant,
        boolean healthcareWorker) {

    /** Nothing known. */
    public static final PersonalDetails UNKNOWN = new PersonalDetails(null, null, false, false);

    /** @param value the date of birth @return a copy with it */
    public PersonalDetails withBirthDate(@Nullable LocalDate value) {
        return new PersonalDetails(value, mainJob, civilServant, healthcareWorker);
    }

    /** @param value the current main job @return a copy with it */
    public PersonalDetails withMainJob(@Nullable Job value) {
        return new PersonalDetails(birthDate, value, civilServant, healthcareWorker);
    }

    /** @param value whether a civil servant @return a copy with it */
    public PersonalDetails withCivilServant(boolean value) {
        return new PersonalDetails(birthDate, mainJob, value, healthcareWorker);
    }

    /** @param value whether a healthcare worker @return a copy with it */
    public PersonalDetails withHealthcareWorker(boolean value) {
        return new PersonalDetails(birthDate, mainJob, civilServant, value);
    }

    /**
     * @return the person as the multiple-employment rule sees them, when the birth date is known
     */
    public Optional<Worker> worker() {
        return birthDate == null ? Optional.empty() : Optional.of(new Worker(birthDate, civilServant, healthcareWorker));
    }

    /**
     * @param years an age in whole years
     * @return the day the person turns {@code years} old, when the birth date is known
     */
    public Optional<LocalDate> birthday(int years) {
        Check.inRange(years, 0, 150, "years");
        return birthDate == null ? Optional.empty() : Optional.of(birthDate.plusYears(years));
    }
}
