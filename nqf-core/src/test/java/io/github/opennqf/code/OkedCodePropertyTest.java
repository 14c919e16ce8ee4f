package io.github.opennqf.code;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.InvalidValueException;
import jakarta.validation.constraints.Pattern;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OkedCodePropertyTest {

    @Property
    void parsingTheCanonicalFormGivesTheSameCode(@ForAll("codes") OkedCode code) {
        assertThat(OkedCode.parse(code.toString())).isEqualTo(code);
        assertThat(code.isWithin(OkedCode.parse(String.valueOf(code.section())))).isTrue();
    }

    @Property
    void everyAcceptedSpellingGivesTheSameCode(@ForAll("divisions") String division,
            @ForAll("tails") String tail, @ForAll boolean withSection) {
        String digits = division + tail;
        OkedCode undotted = OkedCode.parse(digits);
        char section = OkedCodeTest.expectedSection(Integer.parseInt(division));
        String dotted = undotted.toString();

        assertThat(undotted.section()).isEqualTo(section);
        assertThat(dotted.replace(".", "")).isEqualTo(digits);
        assertThat(OkedCode.parse(withSection ? section + dotted : dotted)).isEqualTo(undotted);
        assertThat(OkedCode.parse(Character.toLowerCase(section) + digits)).isEqualTo(undotted);
    }

    @Property
    void constructorAcceptsExactlyWhatThePatternAllows(@ForAll("nearCodes") String text) throws Exception {
        String regex = OkedCode.class.getDeclaredField("code").getAnnotation(Pattern.class).regexp();
        boolean accepted;
        try {
            new OkedCode(text);
            accepted = true;
        } catch (InvalidValueException e) {
            accepted = false;
        }
        assertThat(accepted).as(text).isEqualTo(text.matches(regex));
    }

    @Provide
    Arbitrary<String> divisions() {
        return Arbitraries.of(IntStream.range(0, 100)
                .filter(d -> OkedCodeTest.expectedSection(d) != 0)
                .mapToObj(d -> String.format("%02d", d))
                .toArray(String[]::new));
    }

    @Provide
    Arbitrary<String> tails() {
        return Arbitraries.strings().numeric().ofMaxLength(3);
    }

    @Provide
    Arbitrary<OkedCode> codes() {
        Arbitrary<OkedCode> sections = Arbitraries.chars().range('A', 'U').map(c -> OkedCode.parse(String.valueOf(c)));
        Arbitrary<OkedCode> numbered = Combinators.combine(divisions(), tails()).as((d, t) -> OkedCode.parse(d + t));
        return Arbitraries.oneOf(sections, numbered);
    }

    @Provide
    Arbitrary<String> nearCodes() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789.").ofMaxLength(8),
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(1));
    }
}
