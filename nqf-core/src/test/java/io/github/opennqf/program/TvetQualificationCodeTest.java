package io.github.opennqf.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.program.TvetQualificationCode.Type;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TvetQualificationCodeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            4S06130105      | 4S06130105  | 4 | MID_LEVEL_SPECIALIST | 06130100 | 05
            4С06130105      | 4S06130105  | 4 | MID_LEVEL_SPECIALIST | 06130100 | 05
            4с06130105      | 4S06130105  | 4 | MID_LEVEL_SPECIALIST | 06130100 | 05
            3W06130101      | 3W06130101  | 3 | WORKER               | 06130100 | 01
            2w07150203      | 2W07150203  | 2 | WORKER               | 07150200 | 03
            5AB06130101     | 5AB06130101 | 5 | APPLIED_BACHELOR     | 06130100 | 01
            5АВ06130101     | 5AB06130101 | 5 | APPLIED_BACHELOR     | 06130100 | 01
            5аb06130101     | 5AB06130101 | 5 | APPLIED_BACHELOR     | 06130100 | 01
            ' 1W10130199 '  | 1W10130199  | 1 | WORKER               | 10130100 | 99
            """)
    void parsesTheParts(String text, String canonical, int level, Type type, String specialty, String serial) {
        TvetQualificationCode code = TvetQualificationCode.parse(text);

        assertThat(code.code()).isEqualTo(canonical);
        assertThat(code.toString()).isEqualTo(canonical);
        assertThat(code.level()).isEqualTo(level);
        assertThat(code.type()).isEqualTo(type);
        assertThat(code.specialty()).isEqualTo(TvetSpecialtyCode.parse(specialty));
        assertThat(code.serial()).isEqualTo(serial);
        assertThat(TvetQualificationCode.parse(code.toString())).isEqualTo(code);
    }

    @Test
    void typesHaveTheirLetters() {
        assertThat(Type.WORKER.letters()).isEqualTo("W");
        assertThat(Type.MID_LEVEL_SPECIALIST.letters()).isEqualTo("S");
        assertThat(Type.APPLIED_BACHELOR.letters()).isEqualTo("AB");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            6S06130105   | must start with a level digit 1 to 5, was '6'
            0S06130105   | must start with a level digit 1 to 5, was '0'
            S06130105    | must start with a level digit 1 to 5, was 'S'
            4            | the qualification type after the level digit must be W, S or AB (Cyrillic С and АВ accepted)
            4C06130105   | the qualification type after the level digit must be W, S or AB
            4X06130105   | the qualification type after the level digit must be W, S or AB
            4A06130105   | the qualification type after the level digit must be W, S or AB
            4Ш06130105   | the qualification type after the level digit must be W, S or AB
            4406130105   | the qualification type after the level digit must be W, S or AB
            4S0613010    | after the type there must be 8 digits (6 from the specialty code and a 2-digit serial), was 7
            4S061301055  | after the type there must be 8 digits (6 from the specialty code and a 2-digit serial), was 9
            5AB0613010   | after the type there must be 8 digits (6 from the specialty code and a 2-digit serial), was 7
            4S0613O105   | after the type there must be only digits, but there is 'O'
            4СЫ6130105   | after the type there must be only digits, but there is 'Ы'
            4SW06130105  | after the type there must be only digits, but there is 'W'
            4S12130105   | the specialty digits do not start with an ISCED-F detailed field: the broad field must be 00 to 10 or 99, was 12
            """)
    void rejectsMalformedCodes(String text, String reason) {
        assertThatThrownBy(() -> TvetQualificationCode.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.value()).isEqualTo(text);
                    assertThat(e.reason()).contains(reason);
                });
    }

    @Test
    void rejectsNullBlankAndOverlongInput() {
        assertThatThrownBy(() -> TvetQualificationCode.parse(null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.reason()).isEqualTo("is required");
                });
        assertThatThrownBy(() -> TvetQualificationCode.parse("   "))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.reason()).isEqualTo("must not be blank");
                });
        assertThatThrownBy(() -> TvetQualificationCode.parse("4S06130105".repeat(7)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.reason()).isEqualTo("must be at most 64 characters long, was 70");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"4С06130105", "4s06130105", "4S06130105 ", "6S06130105", "4C06130105", ""})
    void constructorAcceptsOnlyTheCanonicalForm(String text) {
        assertThatThrownBy(() -> new TvetQualificationCode(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("code"));
    }

    @Test
    void beanValidationConstraintsMirrorTheConstructor() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(TvetQualificationCode.parse("5AB06130101"))).isEmpty();
            assertThat(validator.validateValue(TvetQualificationCode.class, "code", "4S06130105")).isEmpty();
            assertThat(validator.validateValue(TvetQualificationCode.class, "code", "4C06130105")).hasSize(1);
            assertThat(validator.validateValue(TvetQualificationCode.class, "code", null)).hasSize(1);
        }
    }
}
