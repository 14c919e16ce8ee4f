package io.github.opennqf.evidence;

import io.github.opennqf.internal.Check;
import io.github.opennqf.program.NationalProgramCode;
import io.github.opennqf.text.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A diploma: evidence of formal learning, linked to the educational program completed.
 *
 * <p>Immutable and thread-safe. Nulls and blank ids get an
 * {@link io.github.opennqf.InvalidValueException}.
 *
 * @param id the evidence id
 * @param programId the id of the {@link io.github.opennqf.program.EducationalProgram} completed
 * @param programCode the program's national code, or {@code null}
 * @param institution the awarding institution, or {@code null}
 * @param awardedOn the date of award, or {@code null}
 * @param verification verification status
 * @param validity validity period
 * @since 0.1.0
 */
public record Diploma(
        @NotBlank String id,
        @NotBlank String programId,
        @Nullable @Valid NationalProgramCode programCode,
        @Nullable MultilingualText institution,
        @Nullable LocalDate awardedOn,
        @NotNull VerificationStatus verification,
        @NotNull ValidityPeriod validity) implements Evidence {

    /** Validates. */
    public Diploma {
        id = Check.notBlank(id, "id");
        programId = Check.notBlank(programId, "programId");
        Check.notNull(verification, "verification");
        Check.notNull(validity, "validity");
    }

    @Override
    public Optional<LearningKind> learningKind() {
        return Optional.of(LearningKind.FORMAL);
    }
}
