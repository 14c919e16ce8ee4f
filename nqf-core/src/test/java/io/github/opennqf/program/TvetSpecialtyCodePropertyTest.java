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

class TvetSpecialtyCodePropertyTest {

    @Property
    void parsingTheCanonicalFormGivesTheSameCode(@ForAll("specialties") TvetSpecialtyCode specialty) {
        assertThat(TvetSpecialtyCode.parse(specialty.toString())).isEqualTo(specialty);
        assertThat(specialty.digits()).startsWith(specialty.field().toString());
    }

    @Property
    void constructorAcceptsExactlyWhatThePatternAllows(@ForAll("nearSpecialties") String text) throws Exception {
        String regex = TvetSpecialtyCode.class.getDeclaredField("code").getAnnotation(Pattern.class).regexp();
        boolean accepted;
        try {
            new TvetSpecialtyCode(text);
            accepted = true;
        } catch (InvalidValueException e) {
            accepted = false;
        }
        assertThat(accepted).as(text).isEqualTo(text.matches(regex));
    }

    @Provide
    Arbitrary<TvetSpecialtyCode> specialties() {
        Arbitrary<String> broad = Arbitraries.of("00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "99");
        Arbitrary<String> rest = Arbitraries.strings().numeric().ofLength(6);
        return Combinators.combine(broad, rest).as((b, r) -> TvetSpecialtyCode.parse(b + r));
    }

    @Provide
    Arbitrary<String> nearSpecialties() {
        return Arbitraries.strings().withChars("0123456789x").ofMinLength(6).ofMaxLength(10);
    }
}
