package io.github.opennqf.program;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.InvalidValueException;
import jakarta.validation.constraints.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TvetQualificationCodePropertyTest {

    @Property
    void parsingTheCanonicalFormGivesTheSameCode(@ForAll("codes") TvetQualificationCode code) {
        assertThat(TvetQualificationCode.parse(code.toString())).isEqualTo(code);
        String specialtyDigits = code.specialty().digits();
        assertThat(code.toString()).isEqualTo(code.level() + code.type().letters()
                + specialtyDigits.substring(0, 6) + code.serial());
        assertThat(specialtyDigits).endsWith("00");
    }

    @Property
    void cyrillicTypeLettersAreNormalised(@ForAll("codes") TvetQualificationCode code) {
        String cyrillic = code.toString().replace('S', 'С').replace('A', 'А').replace('B', 'В');
        assertThat(TvetQualificationCode.parse(cyrillic)).isEqualTo(code);
    }

    @Property
    void constructorAcceptsExactlyWhatThePatternAllows(@ForAll("nearCodes") String text) throws Exception {
        String regex = TvetQualificationCode.class.getDeclaredField("code").getAnnotation(Pattern.class).regexp();
        boolean accepted;
        try {
            new TvetQualificationCode(text);
            accepted = true;
        } catch (InvalidValueException e) {
            accepted = false;
        }
        assertThat(accepted).as(text).isEqualTo(text.matches(regex));
    }

    @Provide
    Arbitrary<TvetQualificationCode> codes() {
        Arbitrary<Integer> level = Arbitraries.integers().between(1, 5);
        Arbitrary<String> type = Arbitraries.of("W", "S", "AB");
        Arbitrary<String> broad = Arbitraries.of("00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "99");
        Arbitrary<String> rest = Arbitraries.strings().numeric().ofLength(6);
        return Combinators.combine(level, type, broad, rest)
                .as((l, t, b, r) -> TvetQualificationCode.parse(l + t + b + r));
    }

    @Provide
    Arbitrary<String> nearCodes() {
        Arbitrary<String> head = Arbitraries.strings().withChars("0456ABCSW").ofMinLength(1).ofMaxLength(3);
        Arbitrary<String> tail = Arbitraries.strings().withChars("0123456789").ofMinLength(7).ofMaxLength(9);
        return Combinators.combine(head, tail).as(String::concat);
    }
}
