package io.github.opennqf.evidence;

import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.internal.Check;
import io.github.opennqf.text.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A skill verified on a national portal, such as the Career Enbek portal, counted as official
 * evidence since the 2025 framework.
 *
 * <p>Immutable and thread-safe. Nulls and blank texts get an
 * {@link io.github.opennqf.InvalidValueException}.
 *
 * @param id the evidence id
 * @param skill the skill, in words
 * @param concept the skill as a taxonomy concept, or {@code null}
 * @param platform the portal that verified it, for example {@code "Career Enbek"}
 * @param verifiedOn the date of verification
 * @param verification verification status
 * @param validity validity period
 * @since 0.1.0
 */
public record VerifiedSkill(
        @NotBlank String id,
        @NotNull MultilingualText skill,
        @Nullable @Valid ConceptRef concept,
        @NotBlank String platform,
        @NotNull LocalDate verifiedOn,
        @NotNull VerificationStatus verification,
        @NotNull ValidityPeriod validity) implements Evidence {

    /** Validates. */
    public VerifiedSkill {
        id = Check.notBlank(id, "id");
        Check.notNull(skill, "skill");
        platform = Check.notBlank(platform, "platform");
        Check.notNull(verifiedOn, "verifiedOn");
        Check.notNull(verification, "verification");
        Check.notNull(validity, "validity");
    }

    @Override
    public Optional<LearningKind> learningKind() {
        return Optional.empty();
    }
}
