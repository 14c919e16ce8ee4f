package io.github.opennqf.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.code.IscedField;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TvetSpecialtyCodeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            06130100       | 06130100 | 0613
            ' 07150200 '   | 07150200 | 0715
            10130100       | 10130100 | 1013
            99990000       | 99990000 | 9999
            """)
    void parsesTheParts(String text, String canonical, String field) {
        TvetSpecialtyCode specialty = TvetSpecialtyCode.parse(text);

        assertThat(specialty.code()).isEqualTo(canonical);
        assertThat(specialty.digits()).isEqualTo(canonical);
        assertThat(specialty.toString()).isEqualTo(canonical);
        assertThat(specialty.field()).isEqualTo(IscedField.parse(field));
        assertThat(specialty.field().depth()).isEqualTo(IscedField.Depth.DETAILED);
        assertThat(TvetSpecialtyCode.parse(specialty.toString())).isEqualTo(specialty);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0613010    | must be 8 digits, was 7
            061301000  | must be 8 digits, was 9
            12130100   | the first 4 digits 1213 are not an ISCED-F detailed field: the broad field must be 00 to 10 or 99, was 12
            0613-0100  | contains '-': a TVET specialty code has only digits
            0613O100   | contains 'O'
            О6130100   | contains 'О'
            4S06130105 | contains 'S'
            """)
    void rejectsMalformedCodes(String text, String reason) {
        assertThatThrownBy(() -> TvetSpecialtyCode.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.value()).isEqualTo(text);
                    assertThat(e.reason()).contains(reason);
                });
    }

    @Test
    void rejectsNullBlankAndOverlongInput() {
        assertThatThrownBy(() -> TvetSpecialtyCode.parse(null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.reason()).isEqualTo("is required");
                });
        assertThatThrownBy(() -> TvetSpecialtyCode.parse("\t"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.reason()).isEqualTo("must not be blank");
                });
        assertThatThrownBy(() -> TvetSpecialtyCode.parse("0".repeat(65)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.reason()).isEqualTo("must be at most 64 characters long, was 65");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {" 06130100", "0613010", "12130100", ""})
    void constructorAcceptsOnlyTheCanonicalForm(String text) {
        assertThatThrownBy(() -> new TvetSpecialtyCode(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("code"));
    }

    @Test
    void beanValidationConstraintsMirrorTheConstructor() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(TvetSpecialtyCode.parse("06130100"))).isEmpty();
            assertThat(validator.validateValue(TvetSpecialtyCode.class, "code", "12130100")).hasSize(1);
            assertThat(validator.validateValue(TvetSpecialtyCode.class, "code", null)).hasSize(1);
        }
    }
}
