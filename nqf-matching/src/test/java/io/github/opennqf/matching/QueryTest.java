package io.github.opennqf.matching;

import static io.github.opennqf.matching.Fixtures.ACCOUNTANT;
import static io.github.opennqf.matching.Fixtures.CS;
import static io.github.opennqf.matching.Fixtures.NURSING;
import static io.github.opennqf.matching.Fixtures.SOFTWARE;
import static io.github.opennqf.matching.Fixtures.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.standard.StandardPassport;
import io.github.opennqf.text.MultilingualText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Any query through one engine: programs, free texts, weighted evidence, and scopes of a standard. */
class QueryTest {
    private final Matcher standardsOnly = Matcher.builder().standards(Fixtures.standards()).build();

    @Test
    void aProgramScoresTheSameAsItsQueryAndWhateverElseWasCompiled() {
        Matcher withPrograms = Matcher.builder().standards(Fixtures.standards()).programs(Fixtures.programs()).build();
        EducationalProgram other = Fixtures.program("X", "Underwater basket weaving", "6",
                Fixtures.lo("LO1", DescriptorCategory.KZ_SKILLS, "Weaves baskets under water with Java databases"));
        Matcher withOthers = Matcher.builder().standards(Fixtures.standards()).programs(List.of(other, NURSING)).build();
        CoverageReport alone = standardsOnly.coverage(CS, SOFTWARE);
        assertThat(alone.score()).isStrictlyBetween(0.0, 1.0);
        assertThat(withPrograms.coverage(CS, SOFTWARE)).isEqualTo(alone);
        assertThat(withOthers.coverage(CS, SOFTWARE)).isEqualTo(alone);
        assertThat(standardsOnly.coverage(Query.of(CS), SOFTWARE)).isEqualTo(alone);
        assertThat(withPrograms.coverage("6B06101", "PS-SE")).isEqualTo(alone);
        // rankings too: the same scores whoever else is compiled
        assertThat(withPrograms.scoreStandards(CS)).isEqualTo(standardsOnly.scoreStandards(CS));
        assertThat(withOthers.scoreStandards(Query.of(CS))).isEqualTo(standardsOnly.scoreStandards(CS));
    }

    @Test
    void freeTextsAreAQueryLikeAnyOther() {
        Query vacancy = Query.ofTexts("vacancy-1", "en",
                List.of("Develop and test software applications in Java", "Relational database design and SQL"));
        CoverageReport report = standardsOnly.coverage(vacancy, SOFTWARE);
        assertThat(report.queryId()).isEqualTo("vacancy-1");
        RequirementMatch s1 = report.requirements().stream().filter(m -> m.requirement().id().equals("S1")).findFirst()
                .orElseThrow();
        assertThat(s1.status()).isEqualTo(CoverageStatus.COVERED);
        StatementSupport best = s1.nearest().orElseThrow();
        assertThat(best.statementId()).isEqualTo("s1");
        assertThat(best.source()).isEqualTo(StatementSource.of(StatementSource.TEXT, "s1"));
        // unknown category: compatible with knowledge and skills alike
        assertThat(best.categoryCompatible()).isTrue();
        assertThat(standardsOnly.rankStandards(vacancy, 1).get(0).candidateId()).isEqualTo("PS-SE");
        assertThat(report.levelChecks()).extracting(LevelCheck::status).containsOnly(LevelCheck.Status.UNKNOWN);
    }

    @Test
    void aStatementsWeightScalesEverySimilarityItGives() {
        Query full = Query.of(CS);
        Query half = full.withStatements(full.statements().stream().map(s -> s.withWeight(0.5)).toList());
        CoverageReport f = standardsOnly.coverage(full, SOFTWARE);
        CoverageReport h = standardsOnly.coverage(half, SOFTWARE);
        for (int i = 0; i < f.requirements().size(); i++) {
            assertThat(h.requirements().get(i).score()).isCloseTo(f.requirements().get(i).score() * 0.5,
                    org.assertj.core.data.Offset.offset(1e-6));
        }
        assertThat(h.score()).isLessThan(f.score());
        Query none = full.withStatements(full.statements().stream().map(s -> s.withWeight(0)).toList());
        assertThat(standardsOnly.coverage(none, SOFTWARE).score()).isZero();
    }

    @Test
    void evidenceStatementsNameTheirSourceInExplanations() {
        Query cv = Query.builder("cv-1").level(LevelRef.parse("kz-nqf:2025/6"))
                .statement(Statement.of("e1", en("Developed and tested software applications in Java"))
                        .withCategory(DescriptorCategory.KZ_SKILLS)
                        .withSource(StatementSource.of("work-experience", "job-3")).withWeight(0.8))
                .build();
        RequirementMatch s1 = standardsOnly.coverage(cv, SOFTWARE).requirements().stream()
                .filter(m -> m.requirement().id().equals("S1")).findFirst().orElseThrow();
        StatementSupport why = s1.nearest().orElseThrow();
        assertThat(why.source().kind()).isEqualTo("work-experience");
        assertThat(why.source().id()).isEqualTo("job-3");
        assertThat(why.why()).startsWith("e1 (work-experience:job-3) ");
        assertThat(why.score()).isLessThanOrEqualTo(0.8);
    }

    @Test
    void aCardOrALabourFunctionIsScoredAlone() {
        ProfessionalStandard two = twoCards();
        Query q = Query.of(CS);
        CoverageReport whole = standardsOnly.coverage(q, two);
        CoverageReport dev = standardsOnly.coverage(q, two, CoverageScope.card("DEV"));
        CoverageReport nurse = standardsOnly.coverage(q, two, CoverageScope.labourFunction("NUR", "NUR-F"));
        assertThat(whole.requirements()).hasSize(4);
        assertThat(dev.requirements()).extracting(m -> m.requirement().id()).containsExactly("D1", "D2");
        assertThat(dev.levelChecks()).extracting(LevelCheck::professionCardId).containsExactly("DEV");
        assertThat(nurse.requirements()).extracting(m -> m.requirement().id()).containsExactly("N1", "N2");
        assertThat(dev.score()).isGreaterThan(whole.score()).isGreaterThan(nurse.score());
        // each requirement's match is the same whatever the scope
        assertThat(whole.requirements().subList(0, 2)).isEqualTo(dev.requirements());
        assertThat(dev.scope()).isEqualTo(CoverageScope.card("DEV"));
        // the whole score is the weighted mean of the parts
        assertThat(whole.score()).isCloseTo((dev.score() * 2 + nurse.score() * 2) / 4, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void badQueriesAndScopesAreRefusedWithTheirField() {
        Statement s = Statement.of("s1", en("x"));
        assertThatThrownBy(() -> Query.builder("q").statement(s).statement(s).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("s1").hasMessageContaining("more than once");
        assertThatThrownBy(() -> s.withWeight(1.5)).isInstanceOf(InvalidValueException.class).hasMessageContaining("weight");
        assertThatThrownBy(() -> s.withWeight(Double.NaN)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Query.builder(" ").build()).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Query.ofTexts("q", "en", List.of("ok", " "))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("texts[1]");
        assertThatThrownBy(() -> StatementSource.of("Course Certificate", "c1")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("kind");
        assertThatThrownBy(() -> new CoverageScope(null, "F1")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> standardsOnly.coverage(Query.of(CS), SOFTWARE, CoverageScope.card("NOPE")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("NOPE").hasMessageContaining("PS-SE");
        assertThatThrownBy(() -> standardsOnly.coverage(Query.of(CS), twoCards(), CoverageScope.labourFunction("DEV", "NUR-F")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("NUR-F");
    }

    @Test
    void anEmptyQueryCoversNothing() {
        Query empty = Query.builder("empty").build();
        assertThat(standardsOnly.coverage(empty, ACCOUNTANT).score()).isZero();
        assertThat(standardsOnly.scoreStandards(empty)).extracting(CandidateScore::score).containsOnly(0.0);
    }

    private static ProfessionalStandard twoCards() {
        List<ProfessionCard> cards = new ArrayList<>();
        cards.add(ProfessionCard.of("DEV", en("Developer"), LevelRef.parse("kz-nqf:2025/6"), List.of(new LabourFunction("DEV-F",
                en("Develop"), List.of(Requirement.of("D1", DescriptorCategory.KZ_SKILLS, en("Develop and test software applications in Java")),
                        Requirement.of("D2", DescriptorCategory.KZ_KNOWLEDGE, en("Relational database design and SQL")))))));
        cards.add(ProfessionCard.of("NUR", en("Nurse"), LevelRef.parse("kz-nqf:2025/5"), List.of(new LabourFunction("NUR-F",
                en("Care"), List.of(Requirement.of("N1", DescriptorCategory.KZ_SKILLS, en("Administer medication to patients")),
                        Requirement.of("N2", DescriptorCategory.KZ_SKILLS, en("Monitor vital signs of patients")))))));
        return new ProfessionalStandard(StandardPassport.of("PS-TWO", MultilingualText.of("en", "Two cards")), cards);
    }

    @Test
    void aSourceKindIsLowerCaseWordsJoinedBySingleHyphensExactlyAsThePatternSays() {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
        java.util.Random random = new java.util.Random(11);
        String alphabet = "ab9-Z_ ";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String kind = b.toString();
            boolean valid;
            try {
                StatementSource.of(kind, "x");
                valid = true;
            } catch (InvalidValueException e) {
                valid = false;
            }
            assertThat(valid).as("kind '%s'", kind).isEqualTo(pattern.matcher(kind).matches());
        }
        assertThat(StatementSource.of("course-certificate", "c").kind()).isEqualTo("course-certificate");
        assertThatThrownBy(() -> StatementSource.of("a".repeat(65), "x")).isInstanceOf(InvalidValueException.class);
    }
}
