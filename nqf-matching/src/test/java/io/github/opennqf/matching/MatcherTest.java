package io.github.opennqf.matching;

import static io.github.opennqf.matching.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.text.MultilingualText;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatcherTest {
    private final Matcher matcher = Matcher.builder().standards(standards()).programs(programs()).build();

    @Test
    void explainsEveryRequirementWithItsSupportingOutcomes() {
        CoverageReport report = matcher.coverage(CS, SOFTWARE);
        assertThat(report.queryId()).isEqualTo("6B06101");
        assertThat(report.requirements()).extracting(m -> m.requirement().id()).containsExactly("K1", "S1", "S2", "C1");
        RequirementMatch k1 = report.requirements().get(0);
        assertThat(k1.status()).isEqualTo(CoverageStatus.COVERED);
        assertThat(k1.nearest()).get().satisfies(s -> {
            assertThat(s.statementId()).isEqualTo("LO1");
            assertThat(s.matchedTerms()).contains("SQL", "relational", "database");
            assertThat(s.categoryCompatible()).isTrue();
            assertThat(s.statement()).isEqualTo("Knows relational database design and SQL queries");
        });
        RequirementMatch s1 = report.requirements().get(1);
        assertThat(s1.weight()).isEqualTo(2.0);
        assertThat(s1.nearest().orElseThrow().statementId()).isEqualTo("LO2");
        assertThat(report.requirements().get(3).status()).isEqualTo(CoverageStatus.UNCOVERED);
        assertThat(report.score()).isBetween(0.0, 1.0);
        assertThat(report.labourFunctionCoverage()).containsOnlyKeys("PS-SE-F");
        assertThat(report.levelChecks()).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(LevelCheck.Status.MEETS));
    }

    @Test
    void coverageIsTheWeightedMeanOfRequirementScores() {
        CoverageReport report = matcher.coverage(CS, SOFTWARE);
        double sum = 0;
        double weight = 0;
        for (RequirementMatch m : report.requirements()) {
            sum += m.weight() * m.score();
            weight += m.weight();
        }
        assertThat(report.score()).isCloseTo(sum / weight, within(1e-9));
        double covered = report.requirements().stream().filter(m -> m.status() == CoverageStatus.COVERED)
                .mapToDouble(RequirementMatch::weight).sum();
        assertThat(report.coveredShare()).isCloseTo(covered / weight, within(1e-12));
    }

    @Test
    void gapsAreSortedByWeightWithTheirNearMiss() {
        List<RequirementMatch> gaps = matcher.coverage(CS, SOFTWARE).gaps();
        assertThat(gaps).extracting(m -> m.requirement().id()).contains("C1").doesNotContain("K1");
        for (int i = 1; i < gaps.size(); i++) {
            assertThat(gaps.get(i - 1).weight()).isGreaterThanOrEqualTo(gaps.get(i).weight());
        }
        RequirementMatch ui = gaps.stream().filter(m -> m.requirement().id().equals("S2")).findFirst().orElseThrow();
        assertThat(ui.nearest()).get().satisfies(s -> assertThat(s.matchedTerms()).contains("applications"));
    }

    @Test
    void aProgramBelowTheRequiredLevelCannotFullyCover() {
        EducationalProgram tvet = program("4S06130105", "Software technician", "4",
                lo("LO1", DescriptorCategory.KZ_KNOWLEDGE, "Relational database design and SQL"));
        CoverageReport report = matcher.coverage(tvet, SOFTWARE);
        assertThat(report.belowRequiredLevel()).isTrue();
        assertThat(report.levelChecks().get(0).message()).contains("below the required level kz-nqf:2025/6");
        RequirementMatch k1 = report.requirements().get(0);
        assertThat(k1.score()).isEqualTo(MatchingConfig.DEFAULTS.belowLevelCap(), within(1e-6));
        assertThat(k1.nearest().orElseThrow().belowLevel()).isTrue();

        EducationalProgram same = program("X", "Software technician", "6",
                lo("LO1", DescriptorCategory.KZ_KNOWLEDGE, "Relational database design and SQL"));
        assertThat(matcher.coverage(same, SOFTWARE).requirements().get(0).score()).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void categoriesMatterAndTheCreditIsConfigurable() {
        EducationalProgram asSkill = program("X", "X", "6",
                lo("LO1", DescriptorCategory.KZ_SKILLS, "Relational database design and SQL"));
        double crossed = matcher.coverage(asSkill, SOFTWARE).requirements().get(0).score();
        assertThat(crossed).isCloseTo(0.5, within(1e-5));
        assertThat(matcher.coverage(asSkill, SOFTWARE).requirements().get(0).nearest().orElseThrow().categoryCompatible()).isFalse();
        Matcher strict = Matcher.builder().standards(standards()).config(MatchingConfig.DEFAULTS.withCrossCategoryCredit(0)).build();
        assertThat(strict.coverage(asSkill, SOFTWARE).requirements().get(0).score()).isZero();
        EducationalProgram ability = program("X", "X", "6",
                lo("LO1", DescriptorCategory.KZ_ABILITIES, "Develop and test software applications in Java"));
        assertThat(strict.coverage(ability, SOFTWARE).requirements().get(1).score()).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void theSameConceptMatchesWhateverTheWording() {
        ProfessionalStandard withConcept = standard("PS-DB", "Database administrator", "6",
                req("K1", DescriptorCategory.KZ_KNOWLEDGE, "Structured query language").withConcepts(List.of(SQL)));
        EducationalProgram program = program("P", "Data", "6", new LearningOutcome("LO1",
                DescriptorCategory.KZ_KNOWLEDGE, MultilingualText.of("kk", "Деректер қорына сұраныстар жазу"), null, List.of(SQL)));
        CoverageReport report = Matcher.builder().build().coverage(program, withConcept);
        assertThat(report.score()).isEqualTo(1.0);
        assertThat(report.requirements().get(0).nearest().orElseThrow().sharedConcepts()).containsExactly(SQL);
    }

    @Test
    void aRussianOutcomeInVerbsCoversALabourActionInVerbalNouns() {
        ProfessionalStandard programmer = standard("06.001", "Программист", "6",
                Requirement.of("S1", DescriptorCategory.KZ_SKILLS,
                        MultilingualText.of("ru", "Разработка и тестирование программного обеспечения")),
                Requirement.of("S2", DescriptorCategory.KZ_SKILLS,
                        MultilingualText.of("ru", "Проведение инвентаризации материальных ценностей")));
        EducationalProgram program = program("6B06102", "Программная инженерия", "6",
                new LearningOutcome("LO1", DescriptorCategory.KZ_SKILLS,
                        MultilingualText.of("ru", "Разрабатывает и тестирует программное обеспечение"), null, List.of()));
        List<ProfessionalStandard> standards = standards();
        standards.add(programmer);

        CoverageReport report = Matcher.builder().standards(standards).build().coverage(program, programmer);
        RequirementMatch s1 = report.requirements().get(0);
        assertThat(s1.score()).isGreaterThan(0.9);
        assertThat(s1.status()).isEqualTo(CoverageStatus.COVERED);
        assertThat(s1.nearest().orElseThrow().matchedTerms())
                .contains("Разрабатывает", "тестирует", "программное", "обеспечение");
        assertThat(report.requirements().get(1).status()).isEqualTo(CoverageStatus.UNCOVERED);

        // unstemmed, the two statements share no word
        Matcher unstemmed = Matcher.builder().standards(standards)
                .config(MatchingConfig.DEFAULTS.withRussianStemming(false)).build();
        assertThat(unstemmed.coverage(program, programmer).requirements().get(0).score()).isLessThan(0.35);
    }

    @Test
    void ranksStandardsForAProgramAndProgramsForAStandard() {
        List<RankedMatch> forCs = matcher.rankStandards(CS, 3);
        assertThat(forCs).extracting(RankedMatch::candidateId).first().isEqualTo("PS-SE");
        assertThat(forCs).extracting(RankedMatch::rank).containsExactly(1, 2, 3);
        assertThat(forCs.get(0).coverage().standardId()).isEqualTo("PS-SE");
        assertThat(forCs.get(0).score()).isGreaterThan(forCs.get(1).score());

        List<RankedMatch> forNurse = matcher.rankPrograms(NURSE, 5);
        assertThat(forNurse).extracting(RankedMatch::candidateId).containsExactly("6B09101", "6B06101");
        assertThat(forNurse.get(0).coverage().score()).isGreaterThan(0.5);
        assertThat(matcher.rankStandards(CS, 1)).hasSize(1);
    }

    @Test
    void matrixCellsEqualTheReports() {
        CoverageMatrix matrix = matcher.coverageMatrix(java.util.concurrent.ForkJoinPool.commonPool(), ProgressListener.NONE);
        assertThat(matrix.rows()).isEqualTo(2);
        assertThat(matrix.columns()).isEqualTo(3);
        for (String p : matrix.programIds()) {
            for (String s : matrix.standardIds()) {
                assertThat(matrix.score(p, s)).isEqualTo(matcher.coverage(p, s).score());
            }
        }
        assertThat(matrix.explain("6B06101", "PS-SE").requirements()).hasSize(4);
    }

    @Test
    void anUncompiledProgramIsAnalysedOnTheFly() {
        EducationalProgram adHoc = CS.toBuilder().build();
        EducationalProgram renamed = EducationalProgram.builder("NEW", CS.title(), CS.level()).outcomes(CS.outcomes()).build();
        assertThat(matcher.coverage(renamed, SOFTWARE).score()).isEqualTo(matcher.coverage(adHoc, SOFTWARE).score());
    }

    @Test
    void emptyProgramCoversNothingAndEveryRequirementIsAGap() {
        EducationalProgram empty = program("E", "Empty", "6");
        CoverageReport report = matcher.coverage(empty, SOFTWARE);
        assertThat(report.score()).isZero();
        assertThat(report.gaps()).hasSize(4);
        assertThat(matcher.rankStandards(empty, 2)).hasSize(2);
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> matcher.coverage("nope", "PS-SE"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("programId: 'nope'");
        assertThatThrownBy(() -> matcher.rankStandards(CS, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> matcher.coverageMatrix(r -> {
            throw new java.util.concurrent.RejectedExecutionException("pool shut down");
        }, ProgressListener.NONE)).isInstanceOf(java.util.concurrent.RejectedExecutionException.class);
        assertThatThrownBy(() -> Matcher.builder().standards(List.of(SOFTWARE, SOFTWARE)).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("more than once");
        assertThatThrownBy(() -> MatchingConfig.DEFAULTS.withWeakThreshold(0.9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weakThreshold");
        assertThatThrownBy(() -> new RankingWeights(0.5, -0.1, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> new RankingWeights(0, 0, 0, 0, 0)).hasMessageContaining("at least one");
    }

    @Test
    void levelsInOtherFrameworksAreComparedThroughMappings() {
        EducationalProgram eqfFive = EducationalProgram.builder("E5", en("X"), LevelRef.parse("eqf:2017/5"))
                .outcome(lo("LO1", DescriptorCategory.KZ_KNOWLEDGE, "Relational database design and SQL")).build();
        assertThat(matcher.coverage(eqfFive, SOFTWARE).belowRequiredLevel()).isTrue();
        EducationalProgram unknown = EducationalProgram.builder("U", en("X"), LevelRef.parse("ru-nqf:2013/3"))
                .outcome(lo("LO1", DescriptorCategory.KZ_KNOWLEDGE, "Relational database design and SQL")).build();
        CoverageReport report = matcher.coverage(unknown, SOFTWARE);
        assertThat(report.levelChecks().get(0).status()).isEqualTo(LevelCheck.Status.UNKNOWN);
        // two different frameworks without mappings are not comparable either, whatever their ranks
        ProfessionalStandard foreign = new ProfessionalStandard(SOFTWARE.passport(), List.of(
                io.github.opennqf.standard.ProfessionCard.of("C", en("X"), LevelRef.parse("by-nqf:2020/6"),
                        SOFTWARE.professionCards().get(0).labourFunctions())));
        EducationalProgram higher = EducationalProgram.builder("U7", en("X"), LevelRef.parse("ru-nqf:2013/7"))
                .outcome(lo("LO1", DescriptorCategory.KZ_KNOWLEDGE, "Relational database design and SQL")).build();
        assertThat(matcher.coverage(higher, foreign).levelChecks().get(0).status()).isEqualTo(LevelCheck.Status.UNKNOWN);
        assertThat(report.requirements().get(0).score()).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void kazakhInflectedFormsMatchWherePlainTokensDoNot() {
        io.github.opennqf.standard.Requirement knowledge = io.github.opennqf.standard.Requirement.of("K1",
                DescriptorCategory.KZ_KNOWLEDGE, MultilingualText.of("kk", "білімдерін бағдарламалардың"));
        io.github.opennqf.standard.Requirement skill = io.github.opennqf.standard.Requirement.of("S1",
                DescriptorCategory.KZ_SKILLS, MultilingualText.of("kk", "мамандардың жүйелерді"));
        io.github.opennqf.standard.LabourFunction function = new io.github.opennqf.standard.LabourFunction("F",
                MultilingualText.of("kk", "Әкімшілік"), List.of(knowledge, skill));
        ProfessionalStandard kk = new ProfessionalStandard(
                io.github.opennqf.standard.StandardPassport.of("KZ-DB", MultilingualText.of("kk", "Деректер қорының әкімшісі")),
                List.of(io.github.opennqf.standard.ProfessionCard.of("C", MultilingualText.of("kk", "Әкімші"),
                        LevelRef.parse("kz-nqf:2025/6"), List.of(function))));
        EducationalProgram program = EducationalProgram.builder("KZ-P", MultilingualText.of("kk", "Ақпараттық жүйелер"),
                        LevelRef.parse("kz-nqf:2025/6"))
                .outcome(LearningOutcome.of("LO1", DescriptorCategory.KZ_KNOWLEDGE, MultilingualText.of("kk", "білім бағдарламалар")))
                .outcome(LearningOutcome.of("LO2", DescriptorCategory.KZ_SKILLS, MultilingualText.of("kk", "маман жүйенің")))
                .build();
        // plain lower-cased word tokens share nothing ...
        for (int i = 0; i < 2; i++) {
            java.util.Set<String> req = java.util.Set.of(kk.requirements().get(i).text().get("kk").orElseThrow().split(" "));
            java.util.Set<String> out = java.util.Set.of(program.outcomes().get(i).statement().get("kk").orElseThrow().split(" "));
            assertThat(req).doesNotContainAnyElementsOf(out);
        }
        // ... while the analysis (light stemming plus character n-grams) covers both requirements
        CoverageReport report = Matcher.builder().standards(List.of(kk)).build().coverage(program, kk);
        assertThat(report.requirements()).allSatisfy(m -> assertThat(m.status()).isEqualTo(CoverageStatus.COVERED));
        assertThat(report.requirements().get(0).nearest().orElseThrow().matchedTerms()).contains("білім");
    }

    @Test
    void theBestKScoresAreTheFirstKOfTheWholeRanking() {
        Query vacancy = Query.ofTexts("vacancy", "en", List.of("Design relational databases and write SQL queries",
                "Test software and fix defects"));
        List<CandidateScore> all = matcher.scoreStandards(vacancy);
        for (int k = 1; k <= all.size() + 1; k++) {
            assertThat(matcher.scoreStandards(vacancy, k)).isEqualTo(all.subList(0, Math.min(k, all.size())));
            for (var program : programs()) {
                List<CandidateScore> whole = matcher.scoreStandards(program);
                assertThat(matcher.scoreStandards(program, k)).isEqualTo(whole.subList(0, Math.min(k, whole.size())));
            }
            for (ProfessionalStandard standard : standards()) {
                List<CandidateScore> whole = matcher.scorePrograms(standard);
                assertThat(matcher.scorePrograms(standard, k)).isEqualTo(whole.subList(0, Math.min(k, whole.size())));
            }
        }
        assertThat(all).hasSizeGreaterThan(1);
        assertThatThrownBy(() -> matcher.scoreStandards(vacancy, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> matcher.scorePrograms(SOFTWARE, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> matcher.scoreStandards((Query) null, 3)).isInstanceOf(NullPointerException.class);
    }
}
