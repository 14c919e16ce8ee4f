package io.github.opennqf.code;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.InvalidValueException;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IscoCodePropertyTest {

    @Property
    void parsingTheCanonicalFormGivesTheSameCode(@ForAll("codes") String text) {
        IscoCode code = IscoCode.parse(text);
        assertThat(IscoCode.parse(code.toString())).isEqualTo(code);
        assertThat(code.toString()).isEqualTo(text);
        assertThat(code.parent().map(p -> code.isWithin(p)).orElse(true)).isTrue();
    }

    @Property
    void constructorAcceptsExactlyWhatThePatternAllows(@ForAll("nearCodes") String text) throws Exception {
        String regex = IscoCode.class.getDeclaredField("code").getAnnotation(Pattern.class).regexp();
        boolean accepted;
        try {
            new IscoCode(text);
            accepted = true;
        } catch (InvalidValueException e) {
            accepted = false;
        }
        assertThat(accepted).as(text).isEqualTo(text.matches(regex));
    }

    @Provide
    Arbitrary<String> codes() {
        Arbitrary<String> group = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4);
        Arbitrary<List<String>> extension =
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4).list().ofMaxSize(4);
        return Combinators.combine(group, extension).as((g, ext) ->
                g.length() < 4 || ext.isEmpty() ? g : g + "-" + String.join("-", ext));
    }

    @Provide
    Arbitrary<String> nearCodes() {
        return Arbitraries.strings().withChars("0123456789--x ").ofMaxLength(12);
    }
}
