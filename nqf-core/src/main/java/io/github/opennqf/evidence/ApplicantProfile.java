package io.github.opennqf.evidence;

import io.github.opennqf.Consistent;
import io.github.opennqf.internal.Check;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person applying for recognition or for a job, with the evidence of their qualification:
 * diplomas, course certificates, work experience, recognition results and verified skills.
 *
 * <pre>{@code
 * ApplicantProfile applicant = new ApplicantProfile("A-17", "Aigerim", List.of(diploma, certificate));
 * applicant.evidenceCountingOn(LocalDate.now());        // verified and valid today
 * applicant.evidence(CourseCertificate.class);          // just the certificates
 * }</pre>
 *
 * <p>{@link Consistent} reports repeated evidence ids. Immutable and thread-safe. Nulls and a
 * blank id get an {@link io.github.opennqf.InvalidValueException}.
 *
 * @param id the applicant's id
 * @param name the applicant's name, or {@code null} when withheld
 * @param evidence the evidence, in the order given
 * @param details the optional facts about the person (birth date, main job, civil-servant and
 *     healthcare-worker status); {@link PersonalDetails#UNKNOWN} when nothing is known
 * @since 0.1.0
 */
@Consistent
public record ApplicantProfile(
        @NotBlank String id,
        @Nullable String name,
        @NotNull List<@Valid @NotNull Evidence> evidence,
        @NotNull @Valid PersonalDetails details) {

    /** Validates and copies. */
    public ApplicantProfile {
        id = Check.notBlank(id, "id");
        name = Check.optionalNotBlank(name, "name");
        evidence = Check.listOf(evidence, "evidence");
        Check.notNull(details, "details");
    }

    /**
     * An applicant of whom only the evidence is known.
     *
     * @param id the applicant's id
     * @param name the name, or {@code null}
     * @param evidence the evidence
     */
    public ApplicantProfile(String id, @Nullable String name, List<Evidence> evidence) {
        this(id, name, evidence, PersonalDetails.UNKNOWN);
    }

    /** @param value the facts about the person @return a copy with them */
    public ApplicantProfile withDetails(PersonalDetails value) {
        return new ApplicantProfile(id, name, evidence, value);
    }

    /**
     * @param type a kind of evidence
     * @param <T> the kind
     * @return the evidence of that kind, in order
     */
    public <T extends Evidence> List<T> evidence(Class<T> type) {
        Check.notNull(type, "type");
        return evidence.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * @param date a day
     * @return the evidence that is verified and valid on that day, in order
     */
    public List<Evidence> evidenceCountingOn(LocalDate date) {
        Check.notNull(date, "date");
        return evidence.stream().filter(e -> e.countsOn(date)).toList();
    }
}
