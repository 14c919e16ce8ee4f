package io.github.opennqf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.program.CreditSystem;
import io.github.opennqf.program.Credits;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.program.NationalProgramCode;
import io.github.opennqf.text.MultilingualText;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The README's validation snippet, run as a user runs it: on the class path, with only the
 * dependencies nqf-io brings (no Expression Language implementation).
 */
class ReadmeValidationTest {
    @Test
    void theSnippetValidatesAWholeProgram() {
        EducationalProgram program = EducationalProgram.builder("6B06101",
                        MultilingualText.of("en", "Software engineering"), LevelRef.parse("kz-nqf:2025/6"))
                .code(NationalProgramCode.parse("6B06101"))
                .credits(Credits.of(180, CreditSystem.KZ_ACADEMIC))
                .outcome(LearningOutcome.of("LO1", DescriptorCategory.KZ_KNOWLEDGE, MultilingualText.of("en", "Knows")))
                .outcome(LearningOutcome.of("LO1", DescriptorCategory.KZ_SKILLS, MultilingualText.of("en", "Does")))
                .build();
        List<String> lines = new ArrayList<>();

        // --- as in the README ---
        Validator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
        validator.validate(program).forEach(v -> lines.add(v.getPropertyPath() + ": " + v.getMessage()));

        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("credits: ").contains("240"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("duplicate"));
    }
}
