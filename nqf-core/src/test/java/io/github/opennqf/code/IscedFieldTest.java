package io.github.opennqf.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.code.IscedField.Depth;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IscedFieldTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            06   | BROAD    | 06 | Information and Communication Technologies (ICTs)
            061  | NARROW   | 06 | Information and Communication Technologies (ICTs)
            0613 | DETAILED | 06 | Information and Communication Technologies (ICTs)
            00   | BROAD    | 00 | Generic programmes and qualifications
            0111 | DETAILED | 01 | Education
            023  | NARROW   | 02 | Arts and humanities
            03   | BROAD    | 03 | Social sciences, journalism and information
            04   | BROAD    | 04 | Business, administration and law
            05   | BROAD    | 05 | Natural sciences, mathematics and statistics
            0732 | DETAILED | 07 | Engineering, manufacturing and construction
            08   | BROAD    | 08 | Agriculture, forestry, fisheries and veterinary
            091  | NARROW   | 09 | Health and welfare
            1015 | DETAILED | 10 | Services
            99   | BROAD    | 99 | Field unknown
            """)
    void parsesTheParts(String text, Depth depth, String broad, String broadName) {
        IscedField field = IscedField.parse(text);

        assertThat(field.code()).isEqualTo(text);
        assertThat(field.toString()).isEqualTo(text);
        assertThat(field.depth()).isEqualTo(depth);
        assertThat(field.broad()).isEqualTo(new IscedField(broad));
        assertThat(field.broadFieldName()).isEqualTo(broadName);
        assertThat(field.iri()).isEqualTo(URI.create("http://data.europa.eu/snb/isced-f/" + text));
        assertThat(IscedField.parse(field.toString())).isEqualTo(field);
    }

    @Test
    void trimsSurroundingWhiteSpace() {
        assertThat(IscedField.parse("\t0613 ")).isEqualTo(new IscedField("0613"));
    }

    @Test
    void parentAndIsWithinFollowTheHierarchy() {
        IscedField detailed = IscedField.parse("0613");

        assertThat(detailed.parent()).contains(IscedField.parse("061"));
        assertThat(detailed.parent().flatMap(IscedField::parent)).contains(IscedField.parse("06"));
        assertThat(IscedField.parse("06").parent()).isEmpty();
        assertThat(List.of("06", "061", "0613"))
                .allSatisfy(a -> assertThat(detailed.isWithin(IscedField.parse(a))).as(a).isTrue());
        assertThat(List.of("05", "062", "0612", "10"))
                .allSatisfy(a -> assertThat(detailed.isWithin(IscedField.parse(a))).as(a).isFalse());
        assertThat(IscedField.parse("06").isWithin(detailed)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            6      | must be 2 (broad), 3 (narrow) or 4 (detailed) digits, was 1
            06131  | must be 2 (broad), 3 (narrow) or 4 (detailed) digits, was 5
            11     | the broad field must be 00 to 10 or 99, was 11
            1213   | the broad field must be 00 to 10 or 99, was 12
            98     | the broad field must be 00 to 10 or 99, was 98
            O6     | contains 'O'
            О6     | contains 'О'
            06-13  | contains '-'
            06 13  | contains ' '
            0б1З   | contains 'б'
            """)
    void rejectsMalformedCodes(String text, String reason) {
        assertThatThrownBy(() -> IscedField.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.value()).isEqualTo(text);
                    assertThat(e.reason()).contains(reason);
                });
    }

    @Test
    void rejectsNullBlankAndOverlongInput() {
        assertThatThrownBy(() -> IscedField.parse(null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.reason()).isEqualTo("is required");
                });
        assertThatThrownBy(() -> IscedField.parse(""))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.reason()).isEqualTo("must not be blank");
                });
        assertThatThrownBy(() -> IscedField.parse("06".repeat(33)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.reason()).isEqualTo("must be at most 64 characters long, was 66");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {" 06", "06 ", "", "6", "11", "06131"})
    void constructorAcceptsOnlyTheCanonicalForm(String text) {
        assertThatThrownBy(() -> new IscedField(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("code"));
    }

    @Test
    void beanValidationConstraintsMirrorTheConstructor() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(IscedField.parse("0613"))).isEmpty();
            assertThat(validator.validateValue(IscedField.class, "code", "1015")).isEmpty();
            assertThat(validator.validateValue(IscedField.class, "code", "1115")).hasSize(1);
            assertThat(validator.validateValue(IscedField.class, "code", null)).hasSize(1);
        }
    }
}
