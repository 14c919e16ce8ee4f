package io.github.opennqf.evidence;

import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.internal.Check;
import io.github.opennqf.text.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A certificate of a short-term or advanced training course: evidence of non-formal learning,
 * counted as official evidence since the 2025 framework. Open Badges 3.0 credentials arrive in this
 * shape.
 *
 * <p>The length in hours is unknown for many certificates (most Open Badges state none), so it
 * may be {@code null}; a policy decides what an unknown length counts for.
 *
 * <p>Immutable and thread-safe. Nulls (other than {@code hours}), blank ids, or hours that are not
 * positive (or above 10,000) get an {@link io.github.opennqf.InvalidValueException}.
 *
 * @param id the evidence id
 * @param provider who ran the course
 * @param title the course's name
 * @param hours the course's length in hours, or {@code null} when the certificate does not say
 * @param outcomes what the course's learning outcomes say; may be empty
 * @param skills the skills it certifies, as taxonomy concepts; may be empty
 * @param issuedOn the issue date
 * @param verification verification status
 * @param validity validity period
 * @since 0.1.0
 */
public record CourseCertificate(
        @NotBlank String id,
        @NotBlank String provider,
        @NotNull MultilingualText title,
        @Nullable @Positive @DecimalMax("10000") BigDecimal hours,
        @NotNull List<@NotNull MultilingualText> outcomes,
        @NotNull List<@Valid ConceptRef> skills,
        @NotNull LocalDate issuedOn,
        @NotNull VerificationStatus verification,
        @NotNull ValidityPeriod validity) implements Evidence {

    /** Validates and copies. */
    public CourseCertificate {
        id = Check.notBlank(id, "id");
        provider = Check.notBlank(provider, "provider");
        Check.notNull(title, "title");
        if (hours != null && (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(10_000)) > 0)) {
            throw Check.invalid("hours", hours.toPlainString(), "must be greater than 0 and at most 10000");
        }
        outcomes = Check.listOf(outcomes, "outcomes");
        skills = Check.listOf(skills, "skills");
        Check.notNull(issuedOn, "issuedOn");
        Check.notNull(verification, "verification");
        Check.notNull(validity, "validity");
    }

    /** @return the course's length in hours, if the certificate states it */
    public Optional<BigDecimal> knownHours() {
        return Optional.ofNullable(hours);
    }

    @Override
    public Optional<LearningKind> learningKind() {
        return Optional.of(LearningKind.NON_FORMAL);
    }
}
