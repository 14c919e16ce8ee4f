package io.github.opennqf.evidence;

import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.internal.Check;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of an accredited recognition centre's assessment of a person against a
 * professional standard, as sent to the national platform.
 *
 * <p>Immutable and thread-safe. Nulls and blank texts get an
 * {@link io.github.opennqf.InvalidValueException}.
 *
 * @param id the evidence id
 * @param standardCode the code of the professional standard assessed against
 * @param professionCardId the profession card within that standard
 * @param level the qualification level confirmed
 * @param assessedOn the date of the decision
 * @param centre the recognition centre, or {@code null}
 * @param verification verification status
 * @param validity validity period
 * @since 0.1.0
 */
public record RecognitionResult(
        @NotBlank String id,
        @NotBlank String standardCode,
        @NotBlank String professionCardId,
        @NotNull @Valid LevelRef level,
        @NotNull LocalDate assessedOn,
        @Nullable String centre,
        @NotNull VerificationStatus verification,
        @NotNull ValidityPeriod validity) implements Evidence {

    /** Validates. */
    public RecognitionResult {
        id = Check.notBlank(id, "id");
        standardCode = Check.notBlank(standardCode, "standardCode");
        professionCardId = Check.notBlank(professionCardId, "professionCardId");
        Check.notNull(level, "level");
        Check.notNull(assessedOn, "assessedOn");
        centre = Check.optionalNotBlank(centre, "centre");
        Check.notNull(verification, "verification");
        Check.notNull(validity, "validity");
    }

    @Override
    public Optional<LearningKind> learningKind() {
        return Optional.empty();
    }
}
