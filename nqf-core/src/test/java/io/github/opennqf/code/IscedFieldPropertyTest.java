package io.github.opennqf.code;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.InvalidValueException;
import jakarta.validation.constraints.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IscedFieldPropertyTest {

    @Property
    void parsingTheCanonicalFormGivesTheSameField(@ForAll("fields") String text) {
        IscedField field = IscedField.parse(text);
        assertThat(IscedField.parse(field.toString())).isEqualTo(field);
        assertThat(field.toString()).isEqualTo(text);
        assertThat(field.isWithin(field.broad())).isTrue();
    }

    @Property
    void constructorAcceptsExactlyWhatThePatternAllows(@ForAll("nearFields") String text) throws Exception {
        String regex = IscedField.class.getDeclaredField("code").getAnnotation(Pattern.class).regexp();
        boolean accepted;
        try {
            new IscedField(text);
            accepted = true;
        } catch (InvalidValueException e) {
            accepted = false;
        }
        assertThat(accepted).as(text).isEqualTo(text.matches(regex));
    }

    @Provide
    Arbitrary<String> fields() {
        Arbitrary<String> broad = Arbitraries.of("00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "99");
        Arbitrary<String> rest = Arbitraries.strings().numeric().ofMaxLength(2);
        return Combinators.combine(broad, rest).as(String::concat);
    }

    @Provide
    Arbitrary<String> nearFields() {
        return Arbitraries.strings().withChars("0123456789 x").ofMaxLength(6);
    }
}
