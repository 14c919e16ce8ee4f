package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.FrameworkRef;
import io.github.opennqf.framework.Level;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.program.NationalProgramCode;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.standard.StandardPassport;
import io.github.opennqf.text.MultilingualText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Property tests: generated programs and standards survive a write and a read unchanged. */
class TabularFormatPropertiesTest {

    @Property(tries = 1000)
    void programsRoundTrip(@ForAll("programs") List<EducationalProgram> programs) {
        String csv = TabularFormatRoundTripTest.write(programs, TabularOptions.DEFAULTS);

        assertThat(Tables.programs(csv)).isEqualTo(programs);
    }

    @Property(tries = 1000)
    void standardsRoundTrip(@ForAll("standards") List<ProfessionalStandard> standards) {
        String csv = TabularFormatRoundTripTest.writeStandards(standards, TabularOptions.DEFAULTS);

        assertThat(Tables.standards(csv)).isEqualTo(standards);
    }

    /** Text with the characters CSV must quote or guard against formulas, Cyrillic and Kazakh letters, and white space. */
    static Arbitrary<String> text(int maxLength) {
        return Arbitraries.strings()
                .withChars(",\"\n\r\t ;#'=+-@")
                .withCharRange('a', 'z')
                .withCharRange('А', 'я')
                .withChars("әғқңөұүһіЁё0123456789")
                .ofMinLength(1).ofMaxLength(maxLength)
                .filter(s -> !s.isBlank())
                .withoutEdgeCases();
    }

    private static Arbitrary<MultilingualText> und(int maxLength) {
        return text(maxLength).map(s -> MultilingualText.of("und", s));
    }

    private static Arbitrary<Level> level() {
        Arbitrary<Level> plain = Arbitraries.integers().between(1, 8).map(Level::of);
        Arbitrary<Level> sub = Combinators.combine(Arbitraries.integers().between(1, 8), Arbitraries.integers().between(1, 99))
                .as(Level::of);
        return Arbitraries.oneOf(plain, sub);
    }

    private static Arbitrary<LevelRef> levelRef() {
        return level().map(l -> LevelRef.of(FrameworkRef.KZ_NQF_2025, l));
    }

    private static Arbitrary<List<ConceptRef>> concepts() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12)
                .map(s -> ConceptRef.parse("http://data.europa.eu/esco/skill/" + s))
                .list().ofMaxSize(3);
    }

    @Provide
    Arbitrary<List<EducationalProgram>> programs() {
        Arbitrary<LearningOutcome> outcome = Combinators.combine(text(12), Arbitraries.of(DescriptorCategory.class),
                und(60), concepts()).as((id, category, statement, concepts) ->
                new LearningOutcome(id, category, statement, null, concepts));
        Arbitrary<NationalProgramCode> code = Arbitraries.of("6B06101", "7М06101", "8D01101", "06130100", "4S06130105")
                .map(NationalProgramCode::parse);
        Arbitrary<EducationalProgram> program = Combinators.combine(text(12), und(40), levelRef().injectNull(0.3),
                code.injectNull(0.5), outcome.list().ofMinSize(1).ofMaxSize(5).uniqueElements(o -> o.id().strip()))
                .as((id, title, level, c, outcomes) -> EducationalProgram.builder(id, title, level)
                        .code(c).outcomes(outcomes).build());
        return program.list().ofMaxSize(4).uniqueElements(EducationalProgram::id);
    }

    @Provide
    Arbitrary<List<ProfessionalStandard>> standards() {
        Arbitrary<Double> weight = Arbitraries.oneOf(Arbitraries.of(1.0, 0.5, 1000.0, 0.001),
                Arbitraries.doubles().between(0.0001, 1000.0).ofScale(6));
        Arbitrary<Requirement> requirement = Combinators.combine(text(12), Arbitraries.of(DescriptorCategory.class),
                und(60), weight, Arbitraries.of(true, false), concepts())
                .as(Requirement::new);
        // one group of requirements per distinct level (empty = no level), as the reader builds them
        Arbitrary<List<Optional<Level>>> levels = level().optional(0.8).list().ofMinSize(1).ofMaxSize(3).uniqueElements();
        Arbitrary<ProfessionalStandard> standard = Combinators.combine(
                        text(10).filter(s -> s.strip().length() <= 64), und(40), levels,
                        requirement.list().ofMinSize(3).ofMaxSize(8).uniqueElements(r -> r.id().strip()))
                .as((code, title, cardLevels, requirements) -> {
                    String id = code.strip();
                    List<ProfessionCard> cards = new ArrayList<>();
                    int per = requirements.size() / cardLevels.size();
                    for (int i = 0; i < cardLevels.size(); i++) {
                        Level level = cardLevels.get(i).orElse(null);
                        String cardId = cardLevels.size() == 1 ? id
                                : id + (level == null ? "/no-level" : "/level-" + level);
                        int to = i == cardLevels.size() - 1 ? requirements.size() : (i + 1) * per;
                        cards.add(ProfessionCard.of(cardId, title,
                                level == null ? null : LevelRef.of(FrameworkRef.KZ_NQF_2025, level),
                                List.of(new LabourFunction(cardId, title, requirements.subList(i * per, to)))));
                    }
                    return new ProfessionalStandard(StandardPassport.of(id, title), cards);
                });
        return standard.list().ofMaxSize(3).uniqueElements(ProfessionalStandard::code);
    }
}
