package io.github.opennqf.program;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.InvalidValueException;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ProgramCodePropertyTest {

    private static final String[] BROAD_FIELDS =
            {"00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "99"};

    @Property
    void parsingTheCanonicalFormGivesTheSameCode(@ForAll("codes") ProgramCode code) {
        assertThat(ProgramCode.parse(code.toString())).isEqualTo(code);
        assertThat(code.toString()).isEqualTo(
                "" + code.level() + code.degree().letter() + code.field() + code.serial());
    }

    @Property
    void cyrillicDegreeLettersAreNormalised(@ForAll("codes") ProgramCode code) {
        String cyrillic = code.toString().replace('B', 'В').replace('M', 'М').replace('D', 'Д');
        assertThat(ProgramCode.parse(cyrillic)).isEqualTo(code);
        assertThat(ProgramCode.parse(cyrillic.toLowerCase(Locale.ROOT))).isEqualTo(code);
    }

    @Property
    void constructorAcceptsExactlyWhatThePatternAllows(@ForAll("nearCodes") String text) throws Exception {
        String regex = ProgramCode.class.getDeclaredField("code").getAnnotation(Pattern.class).regexp();
        boolean accepted;
        try {
            new ProgramCode(text);
            accepted = true;
        } catch (InvalidValueException e) {
            accepted = false;
        }
        assertThat(accepted).as(text).isEqualTo(text.matches(regex));
    }

    @Provide
    Arbitrary<ProgramCode> codes() {
        Arbitrary<String> levelAndDegree = Arbitraries.of("6B", "7M", "8D");
        Arbitrary<String> broad = Arbitraries.of(BROAD_FIELDS);
        Arbitrary<String> rest = Arbitraries.strings().numeric().ofLength(3);
        return Combinators.combine(levelAndDegree, broad, rest).as((a, b, c) -> ProgramCode.parse(a + b + c));
    }

    @Provide
    Arbitrary<String> nearCodes() {
        Arbitrary<String> head = Arbitraries.strings().withChars("5678BMDX").ofLength(2);
        Arbitrary<String> tail = Arbitraries.strings().withChars("0123456789").ofMinLength(4).ofMaxLength(6);
        return Combinators.combine(head, tail).as(String::concat);
    }
}
