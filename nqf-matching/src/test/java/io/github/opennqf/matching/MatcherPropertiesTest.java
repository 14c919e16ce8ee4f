package io.github.opennqf.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.standard.StandardPassport;
import io.github.opennqf.text.MultilingualText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The matcher's invariants over generated standards and programs in three languages. */
class MatcherPropertiesTest {
    static final String[] WORDS = {
        "database", "design", "software", "testing", "patients", "medication", "accounting", "budget",
        "network", "security", "teaching", "children", "welding", "steel", "logistics", "transport",
        "программирование", "разработка", "безопасность", "обучение", "учет", "сварка",
        "бағдарлама", "білім", "деректер", "қауіпсіздік", "оқыту", "есеп"};
    private static final DescriptorCategory[] CATEGORIES = {
        DescriptorCategory.KZ_KNOWLEDGE, DescriptorCategory.KZ_SKILLS, DescriptorCategory.KZ_ABILITIES,
        DescriptorCategory.KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES};

    @Provide
    Arbitrary<String> statements() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(6).map(w -> String.join(" ", w));
    }

    @Provide
    Arbitrary<List<String>> statementLists() {
        return statements().list().ofMinSize(0).ofMaxSize(6);
    }

    private static MultilingualText text(String s) {
        return MultilingualText.of("und", s);
    }

    static EducationalProgram program(String id, List<String> outcomes, int level) {
        EducationalProgram.Builder b = EducationalProgram.builder(id, text("program " + id),
                LevelRef.parse("kz-nqf:2025/" + level));
        for (int i = 0; i < outcomes.size(); i++) {
            b.outcome(LearningOutcome.of("LO" + i, CATEGORIES[i % CATEGORIES.length], text(outcomes.get(i))));
        }
        return b.build();
    }

    static ProfessionalStandard standard(String code, List<String> requirements, int level) {
        List<Requirement> rs = new ArrayList<>();
        for (int i = 0; i < requirements.size(); i++) {
            Requirement r = Requirement.of("R" + i, CATEGORIES[(i + 1) % CATEGORIES.length], text(requirements.get(i)));
            rs.add(i % 3 == 0 ? r.asEssential() : r.withWeight(0.5 + i % 2));
        }
        return new ProfessionalStandard(StandardPassport.of(code, text("standard " + code)), List.of(
                ProfessionCard.of(code + "C", text(code), LevelRef.parse("kz-nqf:2025/" + level),
                        List.of(new LabourFunction(code + "F", text(code), rs)))));
    }

    @Provide
    Arbitrary<List<ProfessionalStandard>> standardSets() {
        return Combinators.combine(statementLists(), Arbitraries.integers().between(3, 8))
                .as((reqs, level) -> List.of(reqs, List.of(level)))
                .list().ofMinSize(1).ofMaxSize(5)
                .map(list -> {
                    List<ProfessionalStandard> out = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        @SuppressWarnings("unchecked")
                        List<String> reqs = (List<String>) list.get(i).get(0);
                        int level = (Integer) list.get(i).get(1).get(0);
                        out.add(standard("S" + i, reqs, level));
                    }
                    return out;
                });
    }

    @Property(tries = 60)
    void everyScoreIsInTheUnitInterval(@ForAll("standardSets") List<ProfessionalStandard> standards,
            @ForAll("statementLists") List<String> outcomes) {
        EducationalProgram p = program("P", outcomes, 6);
        Matcher matcher = Matcher.builder().standards(standards).programs(List.of(p)).build();
        for (ProfessionalStandard s : standards) {
            CoverageReport r = matcher.coverage(p, s);
            assertThat(r.score()).isBetween(0.0, 1.0);
            assertThat(r.coveredShare()).isBetween(0.0, 1.0);
            for (RequirementMatch m : r.requirements()) {
                assertThat(m.score()).isBetween(0.0, 1.0);
                m.supports().forEach(sup -> assertThat(sup.score()).isBetween(0.0, 1.0));
            }
        }
        for (RankedMatch m : matcher.rankStandards(p, 10)) {
            assertThat(m.score()).isBetween(0.0, 1.0);
        }
    }

    @Property(tries = 60)
    void theScoreWithoutTheReportIsTheReportsScoreBitForBit(@ForAll("standardSets") List<ProfessionalStandard> standards,
            @ForAll("statementLists") List<String> outcomes) {
        Matcher matcher = Matcher.builder().standards(standards).build();
        Query q = Query.of(program("P", outcomes, 5));
        for (ProfessionalStandard s : standards) {
            List<CoverageScope> scopes = new ArrayList<>(List.of(CoverageScope.WHOLE_STANDARD));
            s.professionCards().forEach(c -> scopes.add(CoverageScope.card(c.id())));
            for (CoverageScope scope : scopes) {
                assertThat(Double.doubleToRawLongBits(matcher.coverageScore(q, s, scope)))
                        .isEqualTo(Double.doubleToRawLongBits(matcher.coverage(q, s, scope).score()));
            }
        }
    }

    @Property(tries = 60)
    void addingAnOutcomeNeverLowersCoverage(@ForAll("standardSets") List<ProfessionalStandard> standards,
            @ForAll("statementLists") List<String> outcomes, @ForAll("statements") String extra) {
        Matcher matcher = Matcher.builder().standards(standards).build();
        EducationalProgram before = program("P", outcomes, 5);
        List<String> more = new ArrayList<>(outcomes);
        more.add(extra);
        EducationalProgram after = program("P", more, 5);
        for (ProfessionalStandard s : standards) {
            assertThat(matcher.coverage(after, s).score()).isGreaterThanOrEqualTo(matcher.coverage(before, s).score());
        }
    }

    @Property(tries = 40)
    void reorderingTheInputsNeverChangesTheResults(@ForAll("standardSets") List<ProfessionalStandard> standards,
            @ForAll("statementLists") List<String> a, @ForAll("statementLists") List<String> b, @ForAll long seed) {
        List<EducationalProgram> programs = List.of(program("A", a, 6), program("B", b, 4));
        Matcher one = Matcher.builder().standards(standards).programs(programs).build();
        List<ProfessionalStandard> shuffledStandards = new ArrayList<>(standards);
        Collections.shuffle(shuffledStandards, new Random(seed));
        List<EducationalProgram> shuffledPrograms = new ArrayList<>(programs);
        Collections.shuffle(shuffledPrograms, new Random(seed + 1));
        Matcher two = Matcher.builder().programs(shuffledPrograms).standards(shuffledStandards).build();
        for (EducationalProgram p : programs) {
            assertThat(two.rankStandards(p, 10)).isEqualTo(one.rankStandards(p, 10));
            for (ProfessionalStandard s : standards) {
                assertThat(two.coverage(p, s)).isEqualTo(one.coverage(p, s));
            }
        }
        for (ProfessionalStandard s : standards) {
            assertThat(two.rankPrograms(s, 10)).isEqualTo(one.rankPrograms(s, 10));
        }
    }

    @Property(tries = 30)
    void oneThreadAndManyThreadsGiveIdenticalMatrices(@ForAll("standardSets") List<ProfessionalStandard> standards,
            @ForAll("statementLists") List<String> a, @ForAll("statementLists") List<String> b) {
        Matcher matcher = Matcher.builder().standards(standards)
                .programs(List.of(program("A", a, 6), program("B", b, 7), program("C", a, 3))).build();
        CoverageMatrix single = matcher.coverageMatrix(Runnable::run, ProgressListener.NONE);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        CoverageMatrix many;
        try {
            many = matcher.coverageMatrix(pool, ProgressListener.NONE);
        } finally {
            pool.shutdownNow();
        }
        for (int r = 0; r < single.rows(); r++) {
            for (int c = 0; c < single.columns(); c++) {
                assertThat(many.score(r, c)).isEqualTo(single.score(r, c));
            }
        }
    }

    @Property(tries = 40)
    void anEmptyProgramCoversNothingAndDoesNotThrow(@ForAll("standardSets") List<ProfessionalStandard> standards) {
        EducationalProgram empty = program("E", List.of(), 6);
        Matcher matcher = Matcher.builder().standards(standards).programs(List.of(empty)).build();
        for (ProfessionalStandard s : standards) {
            CoverageReport r = matcher.coverage(empty, s);
            assertThat(r.score()).isZero();
            assertThat(r.gaps()).hasSameSizeAs(s.requirements());
        }
        assertThat(matcher.rankStandards(empty, 3)).isNotEmpty();
        assertThat(matcher.coverageMatrix(Runnable::run, ProgressListener.NONE).score(0, 0)).isZero();
    }
}
