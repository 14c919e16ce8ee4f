package io.github.opennqf.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.CoverageScope;
import io.github.opennqf.matching.MatchingConfig;
import io.github.opennqf.matching.Query;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.standard.StandardPassport;
import io.github.opennqf.text.LanguagePriority;
import io.github.opennqf.text.MultilingualText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@link Explainer} (term lookups in an {@link OutcomeIndex}) gives exactly the reports of the
 * pairwise vector merge it replaced ({@link PairwiseExplainer}), on generated programs and
 * standards with English, Russian and Kazakh text (so n-gram features), concepts, levels in and
 * below the required level, incompatible categories and empty programs.
 */
class ExplainerTest {
    private static final String[] WORDS = {
        "database", "design", "software", "testing", "patients", "medication", "accounting", "budget",
        "network", "security", "teaching", "children", "welding", "steel", "logistics", "transport",
        "программирование", "разработка", "безопасность", "обучение", "учет", "сварка",
        "бағдарлама", "білім", "деректер", "қауіпсіздік", "оқыту", "есеп", "бағдарламалардың", "білімдерін"};
    private static final String[] TAGS = {"und", "en", "ru", "kk"};
    private static final DescriptorCategory[] CATEGORIES = {
        DescriptorCategory.KZ_KNOWLEDGE, DescriptorCategory.KZ_SKILLS, DescriptorCategory.KZ_ABILITIES,
        DescriptorCategory.KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES};
    private static final List<ConceptRef> CONCEPTS = List.of(
            ConceptRef.parse("http://data.europa.eu/esco/skill/test-a"),
            ConceptRef.parse("http://data.europa.eu/esco/skill/test-b"),
            ConceptRef.parse("http://data.europa.eu/esco/skill/test-c"));

    @Property(tries = 150)
    void reportsEqualThePairwiseExplainerExactly(@ForAll long seed) {
        Random random = new Random(seed);
        List<ProfessionalStandard> standards = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            standards.add(standard(random, "S" + i));
        }
        List<EducationalProgram> programs = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            programs.add(program(random, "P" + i));
        }
        MatchingConfig config = random.nextBoolean() ? MatchingConfig.DEFAULTS
                : MatchingConfig.DEFAULTS.withCrossCategoryCredit(random.nextInt(3) / 2.0)
                        .withWeakThreshold(random.nextInt(3) / 10.0)
                        .withExplanationLanguages(LanguagePriority.parse(random.nextBoolean() ? "kk" : "ru,en"));
        // compile only some of them: the others are vectorised on the fly, as queries
        CompiledMatcher compiled = new CompiledMatcher(standards.subList(0, 1),
                programs.subList(0, 1).stream().map(Query::of).toList(), config, null);
        PairwiseExplainer oracle = new PairwiseExplainer(compiled.corpus(), config, new Scoring(config));
        for (EducationalProgram program : programs) {
            Query p = weighted(random, Query.of(program));
            DocVectors pv = compiled.vectorise(p);
            StatementIndex shared = compiled.explainer().index(p, pv);
            for (ProfessionalStandard s : standards) {
                DocVectors sv = compiled.vectorise(s);
                for (CoverageScope scope : scopes(s)) {
                    CoverageReport expected = oracle.explain(p, pv, s, sv, scope);
                    assertThat(compiled.explainer().explain(compiled.explainer().index(p, pv), s, sv, scope))
                            .isEqualTo(expected);
                    // one index reused across standards gives the same reports
                    assertThat(compiled.explainer().explain(shared, s, sv, scope)).isEqualTo(expected);
                }
            }
        }
    }

    /** Some statements weigh less, as unverified evidence would. */
    private static Query weighted(Random random, Query q) {
        if (random.nextBoolean()) {
            return q;
        }
        return q.withStatements(q.statements().stream()
                .map(st -> random.nextInt(3) == 0 ? st.withWeight(random.nextInt(5) / 4.0) : st).toList());
    }

    /** The whole standard, each card and each labour function. */
    private static List<CoverageScope> scopes(ProfessionalStandard s) {
        List<CoverageScope> scopes = new ArrayList<>();
        scopes.add(CoverageScope.WHOLE_STANDARD);
        for (ProfessionCard card : s.professionCards()) {
            scopes.add(CoverageScope.card(card.id()));
            for (LabourFunction f : card.labourFunctions()) {
                scopes.add(CoverageScope.labourFunction(card.id(), f.id()));
            }
        }
        return scopes;
    }

    @Test
    void anIndexFindsEveryTermOfItsOutcomesAndNothingElse() {
        Query p = Query.of(program(new Random(7), "P"));
        CompiledMatcher compiled = new CompiledMatcher(List.of(), List.of(p), MatchingConfig.DEFAULTS, null);
        DocVectors pv = compiled.candidateVectors(0);
        StatementIndex index = compiled.explainer().index(p, pv);
        for (int t : pv.docTerms) {
            assertThat(index.local(t)).isNotNegative();
        }
        assertThat(index.local(compiled.corpus().vocabularySize())).isEqualTo(-1);
        assertThat(index.local(-7)).isEqualTo(-1);
    }

    private static MultilingualText text(Random random, int words) {
        StringBuilder sb = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
        for (int i = 1; i < words; i++) {
            sb.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        MultilingualText text = MultilingualText.of(TAGS[random.nextInt(TAGS.length)], sb.toString());
        return random.nextInt(4) == 0 ? text.with("en", "software " + WORDS[random.nextInt(16)]) : text;
    }

    private static List<ConceptRef> concepts(Random random) {
        return random.nextInt(3) == 0 ? List.of(CONCEPTS.get(random.nextInt(CONCEPTS.size()))) : List.of();
    }

    private static @Nullable LevelRef level(Random random) {
        return random.nextInt(4) == 0 ? null : LevelRef.parse("kz-nqf:2025/" + (3 + random.nextInt(5)));
    }

    private static ProfessionalStandard standard(Random random, String code) {
        List<ProfessionCard> cards = new ArrayList<>();
        for (int c = 0; c < 1 + random.nextInt(2); c++) {
            List<Requirement> rs = new ArrayList<>();
            for (int i = 0; i < random.nextInt(8); i++) {
                Requirement r = new Requirement(code + c + "R" + i, CATEGORIES[random.nextInt(CATEGORIES.length)],
                        text(random, 1 + random.nextInt(7)), 0.5 + random.nextInt(3), random.nextInt(3) == 0,
                        concepts(random));
                rs.add(r);
            }
            cards.add(ProfessionCard.of(code + "C" + c, text(random, 2), level(random),
                    List.of(new LabourFunction(code + "F" + c, text(random, 2), rs))));
        }
        return new ProfessionalStandard(StandardPassport.of(code, text(random, 3)), cards);
    }

    private static EducationalProgram program(Random random, String id) {
        EducationalProgram.Builder b = EducationalProgram.builder(id, text(random, 3), level(random));
        for (int i = 0; i < random.nextInt(10); i++) {
            b.outcome(new LearningOutcome("LO" + i, CATEGORIES[random.nextInt(CATEGORIES.length)],
                    text(random, 1 + random.nextInt(8)), random.nextInt(5) == 0 ? level(random) : null,
                    concepts(random)));
        }
        return b.build();
    }
}
