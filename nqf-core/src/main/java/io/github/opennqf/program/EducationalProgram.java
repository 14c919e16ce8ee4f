package io.github.opennqf.program;

import io.github.opennqf.Consistent;
import io.github.opennqf.code.IscedField;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.internal.Check;
import io.github.opennqf.text.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An educational program: its code and level, the qualification it awards, its credits and
 * modules, the learning outcomes a graduate should reach, and the professional standards it claims
 * to follow.
 *
 * <pre>{@code
 * EducationalProgram program = EducationalProgram.builder("6B06101",
 *                 MultilingualText.of("en", "Software engineering"), LevelRef.parse("kz-nqf:2025/6"))
 *         .code(NationalProgramCode.parse("6В06101"))     // Cyrillic В normalised to B
 *         .credits(Credits.of(240, CreditSystem.KZ_ACADEMIC))
 *         .outcome(LearningOutcome.of("LO1", DescriptorCategory.KZ_KNOWLEDGE,
 *                 MultilingualText.of("en", "Knows data structures and algorithms")))
 *         .standardCode("PS-62-001")
 *         .build();
 * }</pre>
 *
 * <p>Construction checks each value; {@link Consistent} (a Bean Validation constraint) reports
 * every cross-element problem at once: repeated ids, modules that refer to missing outcomes,
 * module credits above the program's, a code whose level digit disagrees with the level, too few
 * credits for the degree.
 *
 * <p>Immutable and thread-safe. Nulls and a blank id get an
 * {@link io.github.opennqf.InvalidValueException}.
 *
 * @param id the program's identifier in its source (often its code)
 * @param code its national program code, or {@code null} if it has none
 * @param title its name
 * @param level its level, or {@code null} when the source does not state one
 * @param awardedQualification the qualification or degree it awards, or {@code null}
 * @param credits its total credits, or {@code null} if unknown
 * @param field its ISCED-F field, or {@code null}
 * @param modules its modules
 * @param outcomes its learning outcomes
 * @param standardCodes the codes of the professional standards it claims to follow
 * @since 0.1.0
 */
@Consistent
public record EducationalProgram(
        @NotBlank String id,
        @Nullable @Valid NationalProgramCode code,
        @NotNull MultilingualText title,
        @Nullable @Valid LevelRef level,
        @Nullable MultilingualText awardedQualification,
        @Nullable @Valid Credits credits,
        @Nullable @Valid IscedField field,
        @NotNull List<@Valid ProgramModule> modules,
        @NotNull List<@Valid LearningOutcome> outcomes,
        @NotNull List<@NotBlank String> standardCodes) {

    /** Validates and copies. */
    public EducationalProgram {
        id = Check.notBlank(id, "id");
        Check.notNull(title, "title");
        modules = Check.listOf(modules, "modules");
        outcomes = Check.listOf(outcomes, "outcomes");
        standardCodes = Check.listOf(standardCodes, "standardCodes");
        for (int i = 0; i < standardCodes.size(); i++) {
            Check.notBlank(standardCodes.get(i), "standardCodes[" + i + "]");
        }
    }

    /**
     * @param id the program's identifier
     * @param title its name
     * @param level its level, or {@code null} if unknown
     * @return a builder; builders are not thread-safe
     */
    public static Builder builder(String id, MultilingualText title, @Nullable LevelRef level) {
        return new Builder(id, title, level);
    }

    /** @return a builder holding this program's values */
    public Builder toBuilder() {
        Builder b = new Builder(id, title, level);
        b.code = code;
        b.awardedQualification = awardedQualification;
        b.credits = credits;
        b.field = field;
        b.modules.addAll(modules);
        b.outcomes.addAll(outcomes);
        b.standardCodes.addAll(standardCodes);
        return b;
    }

    /**
     * @param outcomeId an outcome id
     * @return the outcome, if the program has it
     */
    public Optional<LearningOutcome> outcome(String outcomeId) {
        return outcomes.stream().filter(o -> o.id().equals(outcomeId)).findFirst();
    }

    /**
     * @param outcome another outcome
     * @return a copy with the outcome appended
     */
    public EducationalProgram withOutcome(LearningOutcome outcome) {
        return toBuilder().outcome(outcome).build();
    }

    /** Collects a program's values. Not thread-safe; build once and share the result. */
    public static final class Builder {
        private final String id;
        private final MultilingualText title;
        private final @Nullable LevelRef level;
        private @Nullable NationalProgramCode code;
        private @Nullable MultilingualText awardedQualification;
        private @Nullable Credits credits;
        private @Nullable IscedField field;
        private final List<ProgramModule> modules = new java.util.ArrayList<>();
        private final List<LearningOutcome> outcomes = new java.util.ArrayList<>();
        private final List<String> standardCodes = new java.util.ArrayList<>();

        private Builder(String id, MultilingualText title, @Nullable LevelRef level) {
            this.id = id;
            this.title = title;
            this.level = level;
        }

        /** @param value the national code @return this builder */
        public Builder code(@Nullable NationalProgramCode value) {
            this.code = value;
            return this;
        }

        /** @param value the qualification or degree awarded @return this builder */
        public Builder awardedQualification(@Nullable MultilingualText value) {
            this.awardedQualification = value;
            return this;
        }

        /** @param value the total credits @return this builder */
        public Builder credits(@Nullable Credits value) {
            this.credits = value;
            return this;
        }

        /** @param value the ISCED-F field @return this builder */
        public Builder field(@Nullable IscedField value) {
            this.field = value;
            return this;
        }

        /** @param value a module to append @return this builder */
        public Builder module(ProgramModule value) {
            modules.add(Check.notNull(value, "module"));
            return this;
        }

        /** @param value an outcome to append @return this builder */
        public Builder outcome(LearningOutcome value) {
            outcomes.add(Check.notNull(value, "outcome"));
            return this;
        }

        /** @param values outcomes to append @return this builder */
        public Builder outcomes(List<LearningOutcome> values) {
            outcomes.addAll(Check.listOf(values, "outcomes"));
            return this;
        }

        /** @param value a professional-standard code to append @return this builder */
        public Builder standardCode(String value) {
            standardCodes.add(Check.notBlank(value, "standardCode"));
            return this;
        }

        /** @return the program */
        public EducationalProgram build() {
            return new EducationalProgram(id, code, title, level, awardedQualification, credits, field,
                    modules, outcomes, standardCodes);
        }
    }
}
