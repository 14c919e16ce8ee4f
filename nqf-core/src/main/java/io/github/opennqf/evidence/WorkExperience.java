package io.github.opennqf.evidence;

import io.github.opennqf.code.IscoCode;
import io.github.opennqf.internal.Check;
import io.github.opennqf.text.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A period of work: evidence of informal learning.
 *
 * <p>Immutable and thread-safe. Nulls, blank ids or an end before the start get an
 * {@link io.github.opennqf.InvalidValueException}.
 *
 * @param id the evidence id
 * @param role the position held
 * @param occupation its НКЗ / ISCO-08 code, or {@code null}
 * @param employer the employer, or {@code null}
 * @param start the first day
 * @param end the last day, or {@code null} if the work goes on
 * @param tasks what the work involved; may be empty
 * @param verification verification status
 * @param validity validity period
 * @since 0.1.0
 */
public record WorkExperience(
        @NotBlank String id,
        @NotNull MultilingualText role,
        @Nullable @Valid IscoCode occupation,
        @Nullable String employer,
        @NotNull LocalDate start,
        @Nullable LocalDate end,
        @NotNull List<@NotNull MultilingualText> tasks,
        @NotNull VerificationStatus verification,
        @NotNull ValidityPeriod validity) implements Evidence {

    /** Validates and copies. */
    public WorkExperience {
        id = Check.notBlank(id, "id");
        Check.notNull(role, "role");
        employer = Check.optionalNotBlank(employer, "employer");
        Check.notNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw Check.invalid("end", end, "must not be before the start " + start);
        }
        tasks = Check.listOf(tasks, "tasks");
        Check.notNull(verification, "verification");
        Check.notNull(validity, "validity");
    }

    /**
     * @param asOf the day to measure to when the work goes on
     * @return the length of the work, up to its end or {@code asOf}
     */
    public Period duration(LocalDate asOf) {
        Check.notNull(asOf, "asOf");
        LocalDate last = end != null ? end : asOf;
        return last.isBefore(start) ? Period.ZERO : Period.between(start, last.plusDays(1));
    }

    @Override
    public Optional<LearningKind> learningKind() {
        return Optional.of(LearningKind.INFORMAL);
    }
}
