package io.github.opennqf.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.code.OkedCode.Depth;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class OkedCodeTest {

    /** The NACE Rev. 2 sections by division, written out independently of the implementation. */
    static final String SECTION_RANGES =
            "A 01-03, B 05-09, C 10-33, D 35, E 36-39, F 41-43, G 45-47, H 49-53, I 55-56, J 58-63, K 64-66, "
                    + "L 68, M 69-75, N 77-82, O 84, P 85, Q 86-88, R 90-93, S 94-96, T 97-98, U 99";

    static char expectedSection(int division) {
        for (String range : SECTION_RANGES.split(", ")) {
            String[] bounds = range.substring(2).split("-");
            int first = Integer.parseInt(bounds[0]);
            int last = Integer.parseInt(bounds[bounds.length - 1]);
            if (division >= first && division <= last) {
                return range.charAt(0);
            }
        }
        return 0;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            J        | J       | J | SECTION
            j        | J       | J | SECTION
            62       | 62      | J | DIVISION
            62.0     | 62.0    | J | GROUP
            620      | 62.0    | J | GROUP
            62.01    | 62.01   | J | CLASS
            6201     | 62.01   | J | CLASS
            62.01.1  | 62.01.1 | J | SUBCLASS
            62011    | 62.01.1 | J | SUBCLASS
            J62      | 62      | J | DIVISION
            J62.01   | 62.01   | J | CLASS
            j62.01.1 | 62.01.1 | J | SUBCLASS
            ' 01.11.1 ' | 01.11.1 | A | SUBCLASS
            47.11    | 47.11   | G | CLASS
            К64.19   | 64.19   | K | CLASS
            Р85      | 85      | P | DIVISION
            Т97      | 97      | T | DIVISION
            99.00    | 99.00   | U | CLASS
            U        | U       | U | SECTION
            """)
    void parsesTheParts(String text, String canonical, char section, Depth depth) {
        OkedCode code = OkedCode.parse(text);

        assertThat(code.code()).isEqualTo(canonical);
        assertThat(code.toString()).isEqualTo(canonical);
        assertThat(code.section()).isEqualTo(section);
        assertThat(code.depth()).isEqualTo(depth);
        assertThat(OkedCode.parse(code.toString())).isEqualTo(code);
    }

    static Stream<Arguments> allDivisions() {
        return IntStream.range(0, 100).mapToObj(d -> Arguments.of(String.format("%02d", d), expectedSection(d)));
    }

    @ParameterizedTest
    @MethodSource("allDivisions")
    void derivesTheSectionOfEveryDivisionOrRejectsIt(String division, char expected) {
        if (expected == 0) {
            assertThatThrownBy(() -> OkedCode.parse(division))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("code");
                        assertThat(e.reason()).isEqualTo("division " + division + " belongs to no NACE Rev. 2 section");
                    });
        } else {
            assertThat(OkedCode.parse(division).section()).isEqualTo(expected);
            assertThat(OkedCode.parse(expected + division + ".1")).isEqualTo(OkedCode.parse(division + "1"));
        }
    }

    @Test
    void parentWalksUpToTheSection() {
        List<String> chain = new ArrayList<>();
        for (OkedCode c = OkedCode.parse("62011"); c != null; c = c.parent().orElse(null)) {
            chain.add(c.toString());
        }
        assertThat(chain).containsExactly("62.01.1", "62.01", "62.0", "62", "J");
    }

    @Test
    void isWithinItsAncestorsAndItselfOnly() {
        OkedCode code = OkedCode.parse("62.01.1");

        assertThat(List.of("J", "62", "62.0", "62.01", "62.01.1"))
                .allSatisfy(a -> assertThat(code.isWithin(OkedCode.parse(a))).as(a).isTrue());
        assertThat(List.of("K", "63", "62.1", "62.02", "62.01.2", "61.0"))
                .allSatisfy(a -> assertThat(code.isWithin(OkedCode.parse(a))).as(a).isFalse());
        assertThat(OkedCode.parse("58").isWithin(OkedCode.parse("J"))).isTrue();
        assertThat(OkedCode.parse("J").isWithin(OkedCode.parse("J"))).isTrue();
        assertThat(OkedCode.parse("J").isWithin(OkedCode.parse("62"))).isFalse();
        assertThat(OkedCode.parse("62").isWithin(OkedCode.parse("62.0"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            V        | the section letter must be A to U, was V
            z        | the section letter must be A to U, was Z
            Z62      | the section letter must be A to U, was Z
            04       | division 04 belongs to no NACE Rev. 2 section
            34.1     | division 34 belongs to no NACE Rev. 2 section
            40.11.1  | division 40 belongs to no NACE Rev. 2 section
            00       | division 00 belongs to no NACE Rev. 2 section
            J47.11   | the section letter J does not agree with division 47, which belongs to section G
            С62      | the section letter C does not agree with division 62, which belongs to section J
            6        | must have 2 to 5 digits (division to subclass), was 1
            620111   | must have 2 to 5 digits (division to subclass), was 6
            J6       | must have 2 to 5 digits (division to subclass), was 1
            62.011   | the digits must be written as 62, 62.0, 62.01 or 62.01.1 (or undotted, as 62011)
            6201.1   | the digits must be written as
            62.      | the digits must be written as
            .62      | the digits must be written as
            62.01.1.1 | the digits must be written as
            J62,01   | contains ','
            Ж62      | contains 'Ж'
            JJ62     | contains 'J'
            J 62     | contains ' '
            62.О1    | contains 'O'
            """)
    void rejectsMalformedCodes(String text, String reason) {
        assertThatThrownBy(() -> OkedCode.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.value()).isEqualTo(text);
                    assertThat(e.reason()).contains(reason);
                });
    }

    @Test
    void rejectsNullBlankAndOverlongInput() {
        assertThatThrownBy(() -> OkedCode.parse(null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.reason()).isEqualTo("is required");
                });
        assertThatThrownBy(() -> OkedCode.parse("  "))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.reason()).isEqualTo("must not be blank");
                });
        assertThatThrownBy(() -> OkedCode.parse("J" + " ".repeat(64)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.reason()).isEqualTo("must be at most 64 characters long, was 65");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"62011", "6201", "J62", "j", "V", "04", " 62", "62.011", ""})
    void constructorAcceptsOnlyTheCanonicalForm(String text) {
        assertThatThrownBy(() -> new OkedCode(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("code"));
    }

    @Test
    void beanValidationConstraintsMirrorTheConstructor() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(OkedCode.parse("62011"))).isEmpty();
            for (int d = 0; d < 100; d++) {
                String division = String.format("%02d", d);
                assertThat(validator.validateValue(OkedCode.class, "code", division + ".01.1"))
                        .as(division)
                        .hasSize(expectedSection(d) == 0 ? 1 : 0);
            }
            assertThat(validator.validateValue(OkedCode.class, "code", "U")).isEmpty();
            assertThat(validator.validateValue(OkedCode.class, "code", "V")).hasSize(1);
            assertThat(validator.validateValue(OkedCode.class, "code", "62011")).hasSize(1);
            assertThat(validator.validateValue(OkedCode.class, "code", null)).hasSize(1);
        }
    }
}
