package io.github.opennqf.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.code.IscedField;
import io.github.opennqf.program.ProgramCode.Degree;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProgramCodeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            6B06101     | 6B06101 | 6 | BACHELOR  | 061 | 01
            7M06101     | 7M06101 | 7 | MASTER    | 061 | 01
            8D06101     | 8D06101 | 8 | DOCTORATE | 061 | 01
            6В06101     | 6B06101 | 6 | BACHELOR  | 061 | 01
            6в01199     | 6B01199 | 6 | BACHELOR  | 011 | 99
            7М04104     | 7M04104 | 7 | MASTER    | 041 | 04
            7м10101     | 7M10101 | 7 | MASTER    | 101 | 01
            8Д09101     | 8D09101 | 8 | DOCTORATE | 091 | 01
            8д00101     | 8D00101 | 8 | DOCTORATE | 001 | 01
            ' 6b06101 ' | 6B06101 | 6 | BACHELOR  | 061 | 01
            6B99901     | 6B99901 | 6 | BACHELOR  | 999 | 01
            """)
    void parsesTheParts(String text, String canonical, int level, Degree degree, String field, String serial) {
        ProgramCode code = ProgramCode.parse(text);

        assertThat(code.code()).isEqualTo(canonical);
        assertThat(code.toString()).isEqualTo(canonical);
        assertThat(code.level()).isEqualTo(level);
        assertThat(code.degree()).isEqualTo(degree);
        assertThat(code.field()).isEqualTo(IscedField.parse(field));
        assertThat(code.field().depth()).isEqualTo(IscedField.Depth.NARROW);
        assertThat(code.serial()).isEqualTo(serial);
        assertThat(ProgramCode.parse(code.toString())).isEqualTo(code);
    }

    @Test
    void degreesHaveTheirLetters() {
        assertThat(Degree.BACHELOR.letter()).isEqualTo('B');
        assertThat(Degree.MASTER.letter()).isEqualTo('M');
        assertThat(Degree.DOCTORATE.letter()).isEqualTo('D');
    }

    @Test
    void cyrillicAndLatinSpellingsAreEqual() {
        assertThat(ProgramCode.parse("6В06101")).isEqualTo(ProgramCode.parse("6B06101"));
        assertThat(ProgramCode.parse("6В06101").hashCode()).isEqualTo(ProgramCode.parse("6B06101").hashCode());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            6B0610    | must be 7 characters (level digit, degree letter, 3-digit ISCED-F narrow field and 2-digit serial, as in 6B06101), was 6
            6B061011  | must be 7 characters
            6B        | must be 7 characters
            5B06101   | the level digit must be 6, 7 or 8, was 5
            9D06101   | the level digit must be 6, 7 or 8, was 9
            B606101   | the level digit must be 6, 7 or 8, was B
            6X06101   | the degree letter must be B, M or D (Cyrillic В, М, Д accepted), was X
            6Б06101   | the degree letter must be B, M or D (Cyrillic В, М, Д accepted), was Б
            6C06101   | the degree letter must be B, M or D
            6M06101   | the level digit 6 requires the degree letter B (bachelor), was M
            7D06101   | the level digit 7 requires the degree letter M (master), was D
            8В06101   | the level digit 8 requires the degree letter D (doctorate), was B
            6B12101   | the ISCED-F narrow field 121 is not valid: the broad field must be 00 to 10 or 99, was 12
            6B061O1   | the field and serial after the degree letter must be 5 digits, but contain 'O'
            6ВМ0610   | the field and serial after the degree letter must be 5 digits, but contain 'M'
            6B 0610   | the field and serial after the degree letter must be 5 digits, but contain ' '
            6Вы0610   | the field and serial after the degree letter must be 5 digits, but contain 'ы'
            """)
    void rejectsMalformedCodes(String text, String reason) {
        assertThatThrownBy(() -> ProgramCode.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.value()).isEqualTo(text);
                    assertThat(e.reason()).contains(reason);
                });
    }

    @Test
    void rejectsNullBlankAndOverlongInput() {
        assertThatThrownBy(() -> ProgramCode.parse(null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.reason()).isEqualTo("is required");
                });
        assertThatThrownBy(() -> ProgramCode.parse("\t \n"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.reason()).isEqualTo("must not be blank");
                });
        assertThatThrownBy(() -> ProgramCode.parse("6B06101".repeat(10)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.reason()).isEqualTo("must be at most 64 characters long, was 70");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"6В06101", "6b06101", " 6B06101", "6M06101", ""})
    void constructorAcceptsOnlyTheCanonicalForm(String text) {
        assertThatThrownBy(() -> new ProgramCode(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("code"));
    }

    @Test
    void beanValidationConstraintsMirrorTheConstructor() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(ProgramCode.parse("6B06101"))).isEmpty();
            assertThat(validator.validateValue(ProgramCode.class, "code", "8D10101")).isEmpty();
            assertThat(validator.validateValue(ProgramCode.class, "code", "6M06101")).hasSize(1);
            assertThat(validator.validateValue(ProgramCode.class, "code", "6B12101")).hasSize(1);
            assertThat(validator.validateValue(ProgramCode.class, "code", null)).hasSize(1);
        }
    }
}
