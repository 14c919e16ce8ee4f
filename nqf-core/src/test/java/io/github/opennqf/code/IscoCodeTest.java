package io.github.opennqf.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.code.IscoCode.Depth;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IscoCodeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2          | 2    | ''        | MAJOR_GROUP
            0          | 0    | ''        | MAJOR_GROUP
            25         | 25   | ''        | SUB_MAJOR_GROUP
            251        | 251  | ''        | MINOR_GROUP
            2512       | 2512 | ''        | UNIT_GROUP
            0110       | 0110 | ''        | UNIT_GROUP
            2512-1     | 2512 | 1         | NATIONAL_EXTENSION
            2512-1-001 | 2512 | 1 001     | NATIONAL_EXTENSION
            9629-1234-5-67 | 9629 | 1234 5 67 | NATIONAL_EXTENSION
            """)
    void parsesTheParts(String text, String digits, String extension, Depth depth) {
        IscoCode code = IscoCode.parse(text);

        assertThat(code.code()).isEqualTo(text);
        assertThat(code.toString()).isEqualTo(text);
        assertThat(code.digits()).isEqualTo(digits);
        assertThat(code.extension()).isEqualTo(extension.isEmpty() ? List.of() : List.of(extension.split(" ")));
        assertThat(code.depth()).isEqualTo(depth);
        assertThat(code.majorGroup()).isEqualTo(new IscoCode(text.substring(0, 1)));
        assertThat(IscoCode.parse(code.toString())).isEqualTo(code);
    }

    @Test
    void trimsSurroundingWhiteSpace() {
        assertThat(IscoCode.parse(" \t2512-1\n")).isEqualTo(new IscoCode("2512-1"));
    }

    @Test
    void extensionIsImmutable() {
        List<String> extension = IscoCode.parse("2512-1").extension();
        assertThatThrownBy(() -> extension.add("2")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void parentWalksUpToTheMajorGroup() {
        IscoCode code = IscoCode.parse("2512-1-001");
        List<String> chain = new ArrayList<>();
        for (IscoCode c = code; c != null; c = c.parent().orElse(null)) {
            chain.add(c.toString());
        }
        assertThat(chain).containsExactly("2512-1-001", "2512-1", "2512", "251", "25", "2");
        assertThat(IscoCode.parse("0").parent()).isEmpty();
    }

    @Test
    void isWithinItsAncestorsAndItselfOnly() {
        IscoCode code = IscoCode.parse("2512-1");

        assertThat(List.of("2", "25", "251", "2512", "2512-1"))
                .allSatisfy(a -> assertThat(code.isWithin(IscoCode.parse(a))).as(a).isTrue());
        assertThat(List.of("3", "26", "2511", "2512-10", "2512-2", "2512-1-1", "2512-11"))
                .allSatisfy(a -> assertThat(code.isWithin(IscoCode.parse(a))).as(a).isFalse());
        assertThat(IscoCode.parse("2512-10").isWithin(IscoCode.parse("2512-1"))).isFalse();
        assertThat(IscoCode.parse("2512").isWithin(IscoCode.parse("2512-1"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            25a2           | contains 'a'
            25.12          | contains '.'
            2512 1         | contains ' '
            ２５１２         | contains '２'
            2Ы1О           | contains 'Ы'
            25123          | the ISCO-08 part must be 1 to 4 digits, was 5
            251-1          | a national extension may only follow a 4-digit unit group, but the ISCO-08 part has 3 digits
            -2512          | must start with the 1 to 4 digits of an ISCO-08 group
            2512-          | national extension segment 1 is empty
            2512--1        | national extension segment 1 is empty
            2512-1-        | national extension segment 2 is empty
            2512-12345     | national extension segment 1 must be 1 to 4 digits, was 5
            """)
    void rejectsMalformedCodes(String text, String reason) {
        assertThatThrownBy(() -> IscoCode.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.value()).isEqualTo(text);
                    assertThat(e.reason()).contains(reason);
                    assertThat(e.getMessage()).startsWith("code: '" + text + "' is not valid: ");
                });
    }

    @Test
    void rejectsNullBlankAndOverlongInput() {
        assertThatThrownBy(() -> IscoCode.parse(null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.reason()).isEqualTo("is required");
                });
        assertThatThrownBy(() -> IscoCode.parse(" \t "))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.reason()).isEqualTo("must not be blank");
                });
        // checked before trimming: white space does not count as free
        String padded = " ".repeat(61) + "2512";
        assertThatThrownBy(() -> IscoCode.parse(padded))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.reason()).isEqualTo("must be at most 64 characters long, was 65");
                });
        assertThat(IscoCode.parse(" ".repeat(60) + "2512")).hasToString("2512");
    }

    @ParameterizedTest
    @ValueSource(strings = {" 2512", "2512 ", "", "25123", "2512-", "x"})
    void constructorAcceptsOnlyTheCanonicalForm(String text) {
        assertThatThrownBy(() -> new IscoCode(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("code"));
    }

    @Test
    void constructorRejectsNull() {
        assertThatThrownBy(() -> new IscoCode(null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("code"));
    }

    @Test
    void beanValidationConstraintsMirrorTheConstructor() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(IscoCode.parse("2512-1"))).isEmpty();
            assertThat(validator.validateValue(IscoCode.class, "code", "2512-1-001")).isEmpty();
            assertThat(validator.validateValue(IscoCode.class, "code", "251-1")).hasSize(1);
            assertThat(validator.validateValue(IscoCode.class, "code", null)).hasSize(1);
        }
    }
}
