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

class ProgramGroupCodePropertyTest {

    @Property
    void parsingTheCanonicalFormGivesTheSameCode(@ForAll("groups") ProgramGroupCode group) {
        assertThat(ProgramGroupCode.parse(group.toString())).isEqualTo(group);
        assertThat(group.toString()).isEqualTo(group.degree().letter() + String.format("%03d", group.number()));
    }

    @Property
    void constructorAcceptsExactlyWhatThePatternAllows(@ForAll("nearGroups") String text) throws Exception {
        String regex = ProgramGroupCode.class.getDeclaredField("code").getAnnotation(Pattern.class).regexp();
        boolean accepted;
        try {
            new ProgramGroupCode(text);
            accepted = true;
        } catch (InvalidValueException e) {
            accepted = false;
        }
        assertThat(accepted).as(text).isEqualTo(text.matches(regex));
    }

    @Provide
    Arbitrary<ProgramGroupCode> groups() {
        return Combinators.combine(Arbitraries.of('B', 'M', 'D'), Arbitraries.integers().between(0, 999))
                .as((letter, number) -> ProgramGroupCode.parse(letter + String.format("%03d", number)));
    }

    @Provide
    Arbitrary<String> nearGroups() {
        return Arbitraries.strings().withChars("BMDX0123456789 ").ofMaxLength(5);
    }
}
