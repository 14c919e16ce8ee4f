package io.github.opennqf.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.program.ProgramCode.Degree;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProgramGroupCodeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            B057     | B057 | BACHELOR  | 57
            M094     | M094 | MASTER    | 94
            D001     | D001 | DOCTORATE | 1
            В057     | B057 | BACHELOR  | 57
            м094     | M094 | MASTER    | 94
            Д001     | D001 | DOCTORATE | 1
            д999     | D999 | DOCTORATE | 999
            ' b057 ' | B057 | BACHELOR  | 57
            """)
    void parsesTheParts(String text, String canonical, Degree degree, int number) {
        ProgramGroupCode group = ProgramGroupCode.parse(text);

        assertThat(group.code()).isEqualTo(canonical);
        assertThat(group.toString()).isEqualTo(canonical);
        assertThat(group.degree()).isEqualTo(degree);
        assertThat(group.number()).isEqualTo(number);
        assertThat(ProgramGroupCode.parse(group.toString())).isEqualTo(group);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            B57      | must be 4 characters (degree letter and 3-digit group number, as in B057), was 3
            B0570    | must be 4 characters
            6B057    | must be 4 characters
            X057     | the degree letter must be B, M or D (Cyrillic В, М, Д accepted), was X
            Б057     | the degree letter must be B, M or D (Cyrillic В, М, Д accepted), was Б
            0570     | the degree letter must be B, M or D
            B05O     | the group number after the degree letter must be 3 digits, but contains 'O'
            ВМ57     | the group number after the degree letter must be 3 digits, but contains 'M'
            B 57     | the group number after the degree letter must be 3 digits, but contains ' '
            """)
    void rejectsMalformedCodes(String text, String reason) {
        assertThatThrownBy(() -> ProgramGroupCode.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.value()).isEqualTo(text);
                    assertThat(e.reason()).contains(reason);
                });
    }

    @Test
    void rejectsNullBlankAndOverlongInput() {
        assertThatThrownBy(() -> ProgramGroupCode.parse(null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.reason()).isEqualTo("is required");
                });
        assertThatThrownBy(() -> ProgramGroupCode.parse(" "))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.reason()).isEqualTo("must not be blank");
                });
        assertThatThrownBy(() -> ProgramGroupCode.parse("B057" + " ".repeat(61)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.reason()).isEqualTo("must be at most 64 characters long, was 65");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"В057", "b057", "B057 ", "B57", ""})
    void constructorAcceptsOnlyTheCanonicalForm(String text) {
        assertThatThrownBy(() -> new ProgramGroupCode(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("code"));
    }

    @Test
    void beanValidationConstraintsMirrorTheConstructor() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(ProgramGroupCode.parse("B057"))).isEmpty();
            assertThat(validator.validateValue(ProgramGroupCode.class, "code", "X057")).hasSize(1);
            assertThat(validator.validateValue(ProgramGroupCode.class, "code", null)).hasSize(1);
        }
    }
}
