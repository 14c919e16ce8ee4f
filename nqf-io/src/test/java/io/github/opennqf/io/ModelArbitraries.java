package io.github.opennqf.io;

import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.code.IscedField;
import io.github.opennqf.code.IscoCode;
import io.github.opennqf.code.OkedCode;
import io.github.opennqf.design.EffortEstimate;
import io.github.opennqf.design.EffortItem;
import io.github.opennqf.design.EffortModel;
import io.github.opennqf.design.EffortRole;
import io.github.opennqf.design.Finding;
import io.github.opennqf.design.FindingKind;
import io.github.opennqf.design.OutcomeLink;
import io.github.opennqf.design.OutcomeWording;
import io.github.opennqf.design.ProgramDesign;
import io.github.opennqf.design.QaReport;
import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.evidence.PersonalDetails;
import io.github.opennqf.evidence.CourseCertificate;
import io.github.opennqf.evidence.Diploma;
import io.github.opennqf.evidence.Evidence;
import io.github.opennqf.evidence.RecognitionResult;
import io.github.opennqf.recognition.ApplicantAssessment;
import io.github.opennqf.recognition.ApplicantRanking;
import io.github.opennqf.recognition.Eligibility;
import io.github.opennqf.recognition.EmploymentCheck;
import io.github.opennqf.recognition.EligibilityCheck;
import io.github.opennqf.recognition.EvidenceFlag;
import io.github.opennqf.recognition.EvidenceKind;
import io.github.opennqf.recognition.EvidenceUse;
import io.github.opennqf.recognition.RecognitionPolicy;
import io.github.opennqf.evidence.ValidityPeriod;
import io.github.opennqf.evidence.VerificationStatus;
import io.github.opennqf.evidence.VerifiedSkill;
import io.github.opennqf.evidence.WorkExperience;
import io.github.opennqf.framework.CategoryScheme;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.FrameworkLevel;
import io.github.opennqf.framework.FrameworkRef;
import io.github.opennqf.framework.Frameworks;
import io.github.opennqf.framework.Level;
import io.github.opennqf.framework.LevelCorrespondence;
import io.github.opennqf.framework.LevelMapping;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.framework.MappingStatus;
import io.github.opennqf.framework.ProfessionPlacement;
import io.github.opennqf.framework.Provenance;
import io.github.opennqf.framework.QualificationsFramework;
import io.github.opennqf.framework.SectoralFramework;
import io.github.opennqf.framework.SectoralLevel;
import io.github.opennqf.framework.TextOrigin;
import io.github.opennqf.matching.CandidateScore;
import io.github.opennqf.matching.Confidence;
import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.CoverageStatus;
import io.github.opennqf.matching.LevelCheck;
import io.github.opennqf.matching.CoverageScope;
import io.github.opennqf.matching.StatementSource;
import io.github.opennqf.matching.StatementSupport;
import io.github.opennqf.matching.RankedMatch;
import io.github.opennqf.matching.Ranking;
import io.github.opennqf.matching.RequirementMatch;
import io.github.opennqf.labour.EmploymentDecision;
import io.github.opennqf.labour.Job;
import io.github.opennqf.program.CreditSystem;
import io.github.opennqf.program.Credits;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.program.NationalProgramCode;
import io.github.opennqf.program.ProgramCode;
import io.github.opennqf.program.ProgramModule;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.standard.StandardPassport;
import io.github.opennqf.text.MultilingualText;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;

/**
 * jqwik generators of every model type that the native documents hold, valid by construction
 * (the model's constructors and its consistency rules accept every value generated) and
 * exercising every optional field both absent and present: multilingual text in Kazakh, Russian,
 * English (also {@code en-GB}) and undetermined language with Cyrillic, Kazakh letters, JSON's
 * special characters and other Unicode; levels and sub-levels of the bundled frameworks; decimal
 * credits and hours with a scale; extreme weights; periods and dates; concept URIs; all five
 * kinds of evidence; ids unique where the model requires it.
 */
final class ModelArbitraries {
    private ModelArbitraries() {}

    /** The bundled frameworks, whose levels are the only ones a generated reference names. */
    static final List<QualificationsFramework> BUNDLED = Frameworks.bundled();

    private static final List<String> LANGUAGES = List.of("kk", "ru", "en", "en-GB", "und");

    private static final List<String> PHRASES = List.of(
            "Бағдарламалық қамтамасыз етуді әзірлейді және тестілейді",
            "Разрабатывает и тестирует программное обеспечение",
            "Develops and tests software to a specification",
            "Знает SQL и «реляционные» базы данных — на уровне 6.2",
            "Кәсіптік стандарт: «Бағдарламашы» (ҚР ЕХӘМ бұйрығы №123)",
            "Writes \"clean\" code; uses C:\\Projects\\app and path/to/file",
            "line one\nline two\twith a tab",
            "JSON: {\"key\": [1, 2]} // not a comment",
            "YAML-looking: - item: yes, no, ~, null, true, 1.0, 0x1F, &anchor *alias",
            "🎓 Бакалавр техники и технологий",
            "Ünïcödé café naïve — ½ € ≥ 100 %",
            "中文 日本語 한국어 العربية עברית",
            "Word\u00A0with\u00A0no-break spaces, soft\u00ADhyphen and zero\u200Bwidth space");

    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String DIGITS = "0123456789";

    /** Latin, Cyrillic and Kazakh letters, digits, punctuation, JSON's special characters and other Unicode. */
    private static final String ALPHABET = LOWER + LOWER.toUpperCase(java.util.Locale.ROOT)
            + "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюяЁё"
            + "ӘәҒғҚқҢңӨөҰұҮүҺһІі" + DIGITS
            + " .,;:-()«»—№%&'"
            + "\"\\/\n\t\r\b\f"
            + "\u00A0\u00AD\u200B\u2028\u2029\u0085\u00E9\u20AC";

    /**
     * Random text of every kind of character. (One character set: jqwik generates from a single
     * set many times faster than from several ranges.)
     */
    private static Arbitrary<String> randomText(int maxLength) {
        return Arbitraries.strings().withChars(ALPHABET).ofMinLength(1).ofMaxLength(maxLength);
    }

    /** Text as people write it, or random text with every kind of character: never blank. */
    static Arbitrary<String> text(int maxLength) {
        return Arbitraries.oneOf(Arbitraries.of(PHRASES), randomText(maxLength))
                .filter(s -> !s.isBlank());
    }

    /** Text as the model keeps it: stripped, never blank. */
    static Arbitrary<String> stripped(int maxLength) {
        return text(maxLength).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** An identifier: realistic codes or random text, stripped as the model keeps it. */
    static Arbitrary<String> id() {
        return Arbitraries.oneOf(
                Arbitraries.of("LO1", "LO-2.1", "ПК-1.2", "ҚБ-3", "6B06101/M-01", "req 1", "A/B~C", "Ж.1",
                        "card:software-engineer", "F#2", "x"),
                Arbitraries.strings().withChars(LOWER + DIGITS + "-._").ofMinLength(1).ofMaxLength(12),
                stripped(16));
    }

    /** Text in the given languages, sometimes in one more. */
    static Arbitrary<MultilingualText> textIn(Set<String> languages) {
        List<String> tags = List.copyOf(languages);
        return Combinators.combine(stripped(60).list().ofSize(tags.size()),
                        Arbitraries.of("", "de", "kk-Latn").flatMap(extra -> stripped(30).map(t -> Map.entry(extra, t))))
                .as((texts, extra) -> {
                    MultilingualText.Builder b = MultilingualText.builder();
                    for (int i = 0; i < tags.size(); i++) {
                        b.put(tags.get(i), texts.get(i));
                    }
                    if (!extra.getKey().isEmpty() && !languages.contains(extra.getKey())) {
                        b.put(extra.getKey(), extra.getValue());
                    }
                    return b.build();
                });
    }

    /** Text in one to all of kk, ru, en, en-GB and und. */
    static Arbitrary<MultilingualText> multilingual() {
        return Arbitraries.subsetOf(LANGUAGES).ofMinSize(1).flatMap(ModelArbitraries::textIn);
    }

    static Arbitrary<LocalDate> date() {
        return Arbitraries.integers().between(0, 365 * 45).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
    }

    static Arbitrary<Period> period() {
        return Arbitraries.oneOf(
                Arbitraries.of(Period.ZERO, Period.ofYears(3), Period.ofMonths(6), Period.ofWeeks(2),
                        Period.of(1, 6, 0), Period.of(2, 3, 10)),
                Combinators.combine(Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 24),
                        Arbitraries.integers().between(0, 400)).as(Period::of));
    }

    /** A credit amount with a scale, from 0 to 60, as modules have. */
    static Arbitrary<BigDecimal> creditAmount() {
        return Arbitraries.oneOf(
                Arbitraries.of(new BigDecimal("0"), new BigDecimal("5"), new BigDecimal("7.5"), new BigDecimal("0.25"),
                        new BigDecimal("12.50"), new BigDecimal("30.000"), new BigDecimal("1E+1")),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(60)).ofScale(3));
    }

    /** Hours of a course: positive, at most 10,000, with scales as people write them (not normalised by the model). */
    static Arbitrary<BigDecimal> hours() {
        return Arbitraries.oneOf(
                Arbitraries.of(new BigDecimal("72"), new BigDecimal("36.0"), new BigDecimal("1.50"),
                        new BigDecimal("0.001"), new BigDecimal("10000"), new BigDecimal("1E+3"),
                        new BigDecimal("9999.999")),
                Arbitraries.bigDecimals().between(new BigDecimal("0.01"), BigDecimal.valueOf(500)).ofScale(2));
    }

    /** A requirement weight: greater than 0, at most 1000, with the extremes 0.001 and 1000. */
    static Arbitrary<Double> weight() {
        return Arbitraries.oneOf(
                Arbitraries.of(0.001, 1000.0, 1.0, 0.5, 2.5, 1.0 / 3, 0.1 + 0.2, 999.9999999999999, 1.0E-4),
                Arbitraries.doubles().between(0.001, 1000.0).ofScale(12));
    }

    /** A score as the matcher gives them: 0 to 1 at full double precision. */
    static Arbitrary<Double> score() {
        return Arbitraries.oneOf(
                Arbitraries.of(0.0, 1.0, 0.5, 1.0 / 3, 2.0 / 3, 0.1 + 0.2, 1.0E-9, 0.999999999999),
                Arbitraries.doubles().between(0.0, 1.0).ofScale(17));
    }

    private static final List<String> CONCEPTS = List.of(
            "http://data.europa.eu/esco/skill/2522a6ce-3202-4ac8-9f5b-b9cb5a3a83a1",
            "http://data.europa.eu/esco/skill/797a4416-0b8d-44f3-8fcd-eb10bd0be6b4",
            "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742",
            "http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97",
            "http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0",
            "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1",
            "http://data.europa.eu/esco/isco/C2512",
            "https://example.org/skills?id=42&lang=kk#top",
            "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66",
            "https://kk.wikipedia.org/wiki/Бағдарламалау");

    static Arbitrary<ConceptRef> concept() {
        return Arbitraries.oneOf(Arbitraries.of(CONCEPTS),
                        Arbitraries.strings().withChars(LOWER + DIGITS).ofMinLength(1).ofMaxLength(12)
                                .map(s -> "http://data.europa.eu/esco/skill/" + s))
                .map(ConceptRef::parse);
    }

    static Arbitrary<List<ConceptRef>> concepts() {
        return concept().list().ofMaxSize(3);
    }

    static Arbitrary<URI> uri() {
        return Arbitraries.of("http://data.europa.eu/snb/eqf/6", "https://enic-kazakhstan.edu.kz/nqf?lang=ru",
                "https://example.org/a%20b/c#frag", "urn:isbn:9780000000002").map(URI::create);
    }

    static Arbitrary<IscoCode> isco() {
        return Arbitraries.of("2", "25", "251", "2512", "2512-1", "2512-12-3").map(IscoCode::parse);
    }

    static Arbitrary<OkedCode> oked() {
        return Arbitraries.of("J", "C", "62", "62.0", "62.01", "62.01.1", "63.11", "26.20", "85.42").map(OkedCode::parse);
    }

    static Arbitrary<IscedField> iscedField() {
        return Arbitraries.of("06", "061", "0613", "10", "99", "0714").map(IscedField::parse);
    }

    static Arbitrary<VerificationStatus> verification() {
        return Arbitraries.of(VerificationStatus.class);
    }

    /** A level of a bundled framework; Kazakhstan NQF levels sometimes with a sub-level such as 6.2. */
    static Arbitrary<LevelRef> levelRef() {
        return Arbitraries.of(BUNDLED).flatMap(f -> Arbitraries.of(f.levels()).flatMap(l -> {
            LevelRef plain = LevelRef.of(f.ref(), l.level());
            if (!f.ref().equals(FrameworkRef.KZ_NQF_2025)) {
                return Arbitraries.just(plain);
            }
            return Arbitraries.integers().between(1, 99).injectNull(0.6)
                    .map(sub -> sub == null ? plain : LevelRef.of(f.ref(), Level.of(l.level().rank(), sub)));
        }));
    }

    /** A level of the given framework (a bundled one), sometimes with a sub-level. */
    static Arbitrary<Level> levelOf(QualificationsFramework framework) {
        return Arbitraries.of(framework.levels()).flatMap(l -> Arbitraries.integers().between(1, 99).injectNull(0.7)
                .map(sub -> sub == null ? l.level() : Level.of(l.level().rank(), sub)));
    }

    static Arbitrary<Provenance> provenance() {
        return Combinators.combine(stripped(30), uri().injectNull(0.5), stripped(60).injectNull(0.5))
                .as(Provenance::new);
    }

    /** Assigns each item to one of {@code groups} groups, keeping the items' order within a group. */
    static <T> Arbitrary<List<List<T>>> partition(List<T> items, int groups) {
        if (groups == 0) {
            return Arbitraries.just(List.of());
        }
        return Arbitraries.integers().between(0, groups - 1).list().ofSize(items.size()).map(assignment -> {
            List<List<T>> result = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                result.add(new ArrayList<>());
            }
            for (int i = 0; i < items.size(); i++) {
                result.get(assignment.get(i)).add(items.get(i));
            }
            return result;
        });
    }

    // ---- frameworks ----------------------------------------------------------------------------

    static Arbitrary<FrameworkRef> customFrameworkRef() {
        Arbitrary<String> id = Arbitraries.oneOf(Arbitraries.of("demo-nqf", "kz-sqf-ict", "a", "x9"),
                Arbitraries.strings().withChars(LOWER + DIGITS + "-").ofMinLength(1).ofMaxLength(20)
                        .filter(s -> s.charAt(0) != '-'));
        Arbitrary<String> edition = Arbitraries.of("2025", "1.0", "v2-draft", "2017.1", "A");
        return Combinators.combine(id, edition).as(FrameworkRef::new);
    }

    /** Levels a framework may declare: whole levels 0–8 and sub-levels. */
    private static Arbitrary<Level> anyLevel() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 8).map(Level::of),
                Combinators.combine(Arbitraries.integers().between(0, 8), Arbitraries.integers().between(1, 99))
                        .as(Level::of));
    }

    private static Arbitrary<List<DescriptorCategory>> categoriesOfOneScheme() {
        return Arbitraries.of(CategoryScheme.class).flatMap(scheme -> {
            List<DescriptorCategory> inScheme = EnumSet.allOf(DescriptorCategory.class).stream()
                    .filter(c -> c.scheme() == scheme).toList();
            return Arbitraries.shuffle(inScheme).flatMap(all -> Arbitraries.integers().between(0, all.size())
                    .map(n -> all.subList(0, n)));
        });
    }

    private static Arbitrary<FrameworkLevel> frameworkLevel(Level level, Set<String> languages,
            List<DescriptorCategory> categories) {
        Arbitrary<Map<DescriptorCategory, MultilingualText>> descriptors = textIn(languages)
                .list().ofSize(categories.size()).map(texts -> {
                    Map<DescriptorCategory, MultilingualText> map = new LinkedHashMap<>();
                    for (int i = 0; i < categories.size(); i++) {
                        map.put(categories.get(i), texts.get(i));
                    }
                    return map;
                });
        return Combinators.combine(textIn(languages), textIn(languages).injectNull(0.5), uri().injectNull(0.5),
                descriptors).as((title, description, iri, d) -> new FrameworkLevel(level, title, description, iri, d));
    }

    /** A custom framework: any languages, categories of one scheme, levels with sub-levels. */
    static Arbitrary<QualificationsFramework> framework() {
        return Combinators.combine(Arbitraries.subsetOf(LANGUAGES).ofMinSize(1), categoriesOfOneScheme(),
                        anyLevel().set().ofMinSize(1).ofMaxSize(5))
                .flatAs((languages, categories, levels) -> {
                    List<Arbitrary<FrameworkLevel>> each = new ArrayList<>();
                    levels.forEach(l -> each.add(frameworkLevel(l, languages, categories)));
                    return Combinators.combine(customFrameworkRef(), textIn(languages), all(each), Arbitraries.of(TextOrigin.class), provenance())
                            .as((ref, title, frameworkLevels, origin, provenance) -> new QualificationsFramework(ref,
                                    title, languages, categories, frameworkLevels, origin, provenance));
                });
    }

    static Arbitrary<LevelMapping> levelMapping() {
        return Arbitraries.of(BUNDLED).flatMap(from -> Arbitraries.of(BUNDLED).filter(to -> !to.ref().equals(from.ref()))
                .flatMap(to -> Combinators.combine(
                                Combinators.combine(levelOf(from), levelOf(to)).as(LevelCorrespondence::new)
                                        .list().ofMinSize(1).ofMaxSize(6),
                                Arbitraries.of(MappingStatus.class), provenance())
                        .as((pairs, status, provenance) -> new LevelMapping(from.ref(), to.ref(), pairs, status,
                                provenance))));
    }

    static Arbitrary<List<LevelMapping>> levelMappings() {
        return levelMapping().list().ofMaxSize(3);
    }

    private static Arbitrary<Map<DescriptorCategory, MultilingualText>> descriptors() {
        return Arbitraries.maps(Arbitraries.of(DescriptorCategory.class), multilingual()).ofMaxSize(3);
    }

    private record Profession(MultilingualText name, @Nullable IscoCode occupation) {}

    static Arbitrary<SectoralFramework> sectoralFramework() {
        return Arbitraries.of(BUNDLED).flatMap(based -> Combinators.combine(
                        levelOf(based).set().ofMaxSize(4),
                        Combinators.combine(multilingual(), isco().injectNull(0.4)).as(Profession::new)
                                .list().ofMaxSize(4))
                .flatAs((levels, professions) -> {
                    List<Level> declared = List.copyOf(levels);
                    Arbitrary<Level> placementLevel = declared.isEmpty() ? levelOf(based) : Arbitraries.of(declared);
                    Arbitrary<List<SectoralLevel>> sectoralLevels = descriptors().list().ofSize(declared.size())
                            .map(d -> {
                                List<SectoralLevel> result = new ArrayList<>();
                                for (int i = 0; i < declared.size(); i++) {
                                    result.add(new SectoralLevel(declared.get(i), d.get(i)));
                                }
                                return result;
                            });
                    Arbitrary<List<ProfessionPlacement>> placements = placementLevel.list().ofSize(professions.size())
                            .map(ls -> {
                                List<ProfessionPlacement> result = new ArrayList<>();
                                for (int i = 0; i < professions.size(); i++) {
                                    result.add(new ProfessionPlacement(professions.get(i).name(),
                                            professions.get(i).occupation(), ls.get(i)));
                                }
                                return result;
                            });
                    return Combinators.combine(id(), multilingual(), oked().list().ofMinSize(1).ofMaxSize(3)
                                    .uniqueElements(), sectoralLevels, placements)
                            .as((sid, title, sectors, sl, pl) -> new SectoralFramework(sid, title, sectors, based.ref(),
                                    sl, pl));
                }));
    }

    // ---- standards -----------------------------------------------------------------------------

    static Arbitrary<Requirement> requirement() {
        return Combinators.combine(id(), Arbitraries.of(DescriptorCategory.class), multilingual(), weight(),
                Arbitraries.of(true, false), concepts()).as(Requirement::new);
    }

    static Arbitrary<StandardPassport> passport() {
        Arbitrary<String> code = Arbitraries.oneOf(Arbitraries.of("PS-62.01-001", "Бағдарламашы-2024", "ПС 2512/1"),
                stripped(64).filter(s -> s.length() <= 64));
        return Combinators.combine(code, multilingual(), oked().list().ofMaxSize(3).uniqueElements(),
                multilingual().injectNull(0.5), date().injectNull(0.5), stripped(40).injectNull(0.5),
                Arbitraries.of("1", "2.0", "2024-06", "v3 «редакция»")).as(StandardPassport::new);
    }

    private static Arbitrary<ProfessionCard> card(String id, List<LabourFunction> functions) {
        return Combinators.combine(multilingual(), isco().injectNull(0.4), levelRef().injectNull(0.3),
                        levelRef().injectNull(0.5), multilingual().injectNull(0.5), period().injectNull(0.4))
                .as((title, occupation, level, education, educationText, experience) -> {
                    LevelRef required = education != null && level != null
                            && education.framework().equals(level.framework())
                            && education.level().compareTo(level.level()) > 0 ? level : education;
                    return new ProfessionCard(id, title, occupation, level, required, educationText, experience,
                            functions);
                });
    }

    /** Standards with cards, labour functions and requirements, ids unique across each standard. */
    static Arbitrary<ProfessionalStandard> standard() {
        Arbitrary<List<Requirement>> requirements = requirement().list().ofMaxSize(8).uniqueElements(Requirement::id);
        Arbitrary<List<String>> functionIds = id().list().ofMaxSize(4).uniqueElements();
        Arbitrary<List<String>> cardIds = id().list().ofMaxSize(3).uniqueElements();
        return Combinators.combine(passport(), requirements, functionIds, cardIds)
                .flatAs((passport, reqs, fIds, cIds) -> partition(reqs, fIds.size()).flatMap(groups -> {
                    List<Arbitrary<LabourFunction>> functions = new ArrayList<>();
                    for (int i = 0; i < fIds.size(); i++) {
                        String fid = fIds.get(i);
                        List<Requirement> own = groups.get(i);
                        functions.add(multilingual().map(title -> new LabourFunction(fid, title, own)));
                    }
                    return all(functions);
                }).flatMap(fs -> partition(fs, cIds.size())).flatMap(byCard -> {
                    List<Arbitrary<ProfessionCard>> cards = new ArrayList<>();
                    for (int i = 0; i < cIds.size(); i++) {
                        cards.add(card(cIds.get(i), byCard.get(i)));
                    }
                    return all(cards).map(list -> new ProfessionalStandard(passport, list));
                }));
    }

    static Arbitrary<List<ProfessionalStandard>> standards() {
        return standard().list().ofMaxSize(3).uniqueElements(ProfessionalStandard::code);
    }

    // ---- programs ------------------------------------------------------------------------------

    /** Valid codes: bachelor, master, doctorate (levels 6–8), a TVET specialty (no level) and qualifications. */
    static final List<NationalProgramCode> PROGRAM_CODES = List.of("6B06101", "6В06102", "7M06103", "8D01101",
            "06130100", "4S06130105", "3W07150101", "5AB06130101").stream().map(NationalProgramCode::parse).toList();

    static Arbitrary<LearningOutcome> outcome() {
        return Combinators.combine(id(), Arbitraries.of(DescriptorCategory.class), multilingual(),
                levelRef().injectNull(0.4), concepts()).as(LearningOutcome::new);
    }

    private static Arbitrary<ProgramModule> module(List<String> outcomeIds) {
        Arbitrary<List<String>> refs = outcomeIds.isEmpty() ? Arbitraries.just(List.of())
                : Arbitraries.of(outcomeIds).list().ofMaxSize(4);
        return Combinators.combine(id(), multilingual(), Combinators.combine(creditAmount(),
                Arbitraries.of(CreditSystem.class)).as(Credits::new), refs).as(ProgramModule::new);
    }

    /** The program's level: agrees with a code's level when the level is in the Kazakhstan NQF. */
    private static Arbitrary<LevelRef> programLevel(@Nullable NationalProgramCode code) {
        if (code == null || code.nqfLevel().isEmpty()) {
            return levelRef().injectNull(0.2);
        }
        int rank = code.nqfLevel().getAsInt();
        return levelRef().map(l -> l.framework().equals(FrameworkRef.KZ_NQF_2025)
                ? LevelRef.of(l.framework(), l.level().hasSubLevel() ? Level.of(rank, l.level().subLevel()) : Level.of(rank))
                : l).injectNull(0.2);
    }

    /**
     * The program's credits: at least the modules' sum (which the model requires when the
     * systems compare) and, for a degree code, at least the degree's minimum; or none.
     */
    private static Arbitrary<Credits> programCredits(@Nullable NationalProgramCode code, List<ProgramModule> modules) {
        BigDecimal sum = modules.stream().map(m -> m.credits().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal minimum = code instanceof ProgramCode degree
                ? BigDecimal.valueOf(switch (degree.degree()) {
                    case BACHELOR -> 240;
                    case MASTER -> 60;
                    case DOCTORATE -> 180;
                })
                : BigDecimal.ZERO;
        BigDecimal floor = sum.max(minimum);
        return Combinators.combine(Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(120)).ofScale(2),
                        Arbitraries.of(CreditSystem.class))
                .as((extra, system) -> new Credits(floor.add(extra), system)).injectNull(0.3);
    }

    static Arbitrary<EducationalProgram> program() {
        Arbitrary<List<LearningOutcome>> outcomes = outcome().list().ofMaxSize(6).uniqueElements(LearningOutcome::id);
        return Combinators.combine(id(), Arbitraries.of(PROGRAM_CODES).injectNull(0.3), outcomes)
                .flatAs((id, code, os) -> {
                    List<String> outcomeIds = os.stream().map(LearningOutcome::id).toList();
                    return module(outcomeIds).list().ofMaxSize(4).uniqueElements(ProgramModule::id)
                            .flatMap(modules -> Combinators.combine(multilingual(), programLevel(code),
                                    multilingual().injectNull(0.5), programCredits(code, modules),
                                    iscedField().injectNull(0.5), stripped(20).list().ofMaxSize(3))
                                    .as((title, level, qualification, credits, field, standardCodes) ->
                                            new EducationalProgram(id, code, title, level, qualification, credits,
                                                    field, modules, os, standardCodes)));
                });
    }

    static Arbitrary<List<EducationalProgram>> programs() {
        return program().list().ofMaxSize(3).uniqueElements(EducationalProgram::id);
    }

    // ---- applicants ----------------------------------------------------------------------------

    static Arbitrary<ValidityPeriod> validity() {
        return Arbitraries.oneOf(Arbitraries.just(ValidityPeriod.UNLIMITED),
                date().map(ValidityPeriod::startingOn),
                date().map(d -> new ValidityPeriod(null, d)),
                Combinators.combine(date(), Arbitraries.integers().between(0, 3650))
                        .as((from, days) -> ValidityPeriod.between(from, from.plusDays(days))));
    }

    static Arbitrary<Diploma> diploma() {
        return Combinators.combine(id(), id(), Arbitraries.of(PROGRAM_CODES).injectNull(0.4),
                multilingual().injectNull(0.4), date().injectNull(0.4), verification(), validity())
                .as(Diploma::new);
    }

    static Arbitrary<CourseCertificate> courseCertificate() {
        return Combinators.combine(id(), stripped(30), multilingual(), hours().injectNull(0.3), multilingual().list().ofMaxSize(3),
                        concepts(), date(), verification())
                .flatAs((id, provider, title, hours, outcomes, skills, issued, verification) -> validity()
                        .map(v -> new CourseCertificate(id, provider, title, hours, outcomes, skills, issued,
                                verification, v)));
    }

    static Arbitrary<WorkExperience> workExperience() {
        return Combinators.combine(id(), multilingual(), isco().injectNull(0.4), stripped(40).injectNull(0.4), date(),
                        Arbitraries.integers().between(0, 5000).injectNull(0.4), multilingual().list().ofMaxSize(3),
                        verification())
                .flatAs((id, role, occupation, employer, start, days, tasks, verification) -> validity()
                        .map(v -> new WorkExperience(id, role, occupation, employer, start,
                                days == null ? null : start.plusDays(days), tasks, verification, v)));
    }

    static Arbitrary<RecognitionResult> recognitionResult() {
        return Combinators.combine(id(), stripped(30), id(), levelRef(), date(), stripped(40).injectNull(0.4),
                verification(), validity()).as(RecognitionResult::new);
    }

    static Arbitrary<VerifiedSkill> verifiedSkill() {
        return Combinators.combine(id(), multilingual(), concept().injectNull(0.4), stripped(20), date(),
                verification(), validity()).as(VerifiedSkill::new);
    }

    static Arbitrary<Evidence> evidence() {
        return Arbitraries.oneOf(diploma(), courseCertificate(), workExperience(), recognitionResult(),
                verifiedSkill());
    }

    static Arbitrary<Job> job() {
        return Combinators.combine(stripped(30), Arbitraries.integers().between(0, 96).map(q -> q / 4.0),
                Arbitraries.of(true, false), Arbitraries.of(Job.WorkKind.class)).as(Job::new);
    }

    static Arbitrary<PersonalDetails> personalDetails() {
        return Arbitraries.oneOf(Arbitraries.just(PersonalDetails.UNKNOWN),
                Combinators.combine(date().injectNull(0.3), job().injectNull(0.3), Arbitraries.of(true, false),
                        Arbitraries.of(true, false)).as(PersonalDetails::new));
    }

    static Arbitrary<ApplicantProfile> applicant() {
        return Combinators.combine(id(), stripped(40).injectNull(0.4),
                        evidence().list().ofMaxSize(6).uniqueElements(Evidence::id), personalDetails())
                .as(ApplicantProfile::new);
    }

    static Arbitrary<List<ApplicantProfile>> applicants() {
        return applicant().list().ofMaxSize(4).uniqueElements(ApplicantProfile::id);
    }

    // ---- match results -------------------------------------------------------------------------

    static Arbitrary<Confidence> confidence() {
        return Arbitraries.subsetOf(Confidence.ReviewReason.values()).map(Confidence::new);
    }

    /** A matched term: a word or phrase as an outcome wrote it, or a word sharing n-grams ({@code ~word}). */
    private static Arbitrary<String> term() {
        return Arbitraries.oneOf(Arbitraries.of("Software", "бағдарламаларды", "Разработку", "SQL", "design of databases",
                        "~Білімім"),
                Arbitraries.strings().withChars(LOWER + LOWER.toUpperCase(java.util.Locale.ROOT)
                                + "абвгдежзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіБДЖ")
                        .ofMinLength(1).ofMaxLength(10));
    }

    static Arbitrary<StatementSupport> statementSupport() {
        Arbitrary<StatementSource> source = Combinators.combine(
                Arbitraries.of(StatementSource.LEARNING_OUTCOME, StatementSource.TEXT, "course-certificate"), id())
                .as(StatementSource::new);
        return Combinators.combine(id(), source, Arbitraries.oneOf(Arbitraries.just(""), text(80)), score(),
                term().list().ofMaxSize(4), concepts(), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as(StatementSupport::new);
    }

    static Arbitrary<CoverageScope> coverageScope() {
        return Arbitraries.oneOf(Arbitraries.just(CoverageScope.WHOLE_STANDARD), id().map(CoverageScope::card),
                Combinators.combine(id(), id()).as(CoverageScope::labourFunction));
    }

    static Arbitrary<RequirementMatch> requirementMatch() {
        Arbitrary<Double> effectiveWeight = Arbitraries.oneOf(weight(), weight().map(w -> w * 2));
        return Combinators.combine(requirement(), id(), id(), effectiveWeight, score(),
                Arbitraries.of(CoverageStatus.class), statementSupport().list().ofMaxSize(3), confidence())
                .as(RequirementMatch::new);
    }

    static Arbitrary<LevelCheck> levelCheck() {
        return Combinators.combine(id(), Arbitraries.of(LevelCheck.Status.class), levelRef().injectNull(0.3),
                levelRef().injectNull(0.3), Arbitraries.oneOf(Arbitraries.just(""), text(80)))
                .as(LevelCheck::new);
    }

    static Arbitrary<CoverageReport> coverageReport() {
        return Combinators.combine(id(), id(), coverageScope(), score(), score(), requirementMatch().list().ofMaxSize(4),
                levelCheck().list().ofMaxSize(2)).as(CoverageReport::new);
    }

    static Arbitrary<List<CoverageReport>> coverageReports() {
        return coverageReport().list().ofMaxSize(3);
    }

    /** A ranking: every candidate scored, best first, the first few explained by rank from 1. */
    static Arbitrary<Ranking> ranking() {
        Arbitrary<Double> rankingScore = Arbitraries.oneOf(score(), Arbitraries.doubles().between(0, 50).ofScale(14));
        return Combinators.combine(id(), Combinators.combine(id(), rankingScore).as(CandidateScore::new)
                        .list().ofMaxSize(5).uniqueElements(CandidateScore::candidateId))
                .flatAs((query, candidates) -> Arbitraries.integers().between(0, candidates.size()).flatMap(k -> {
                    List<Arbitrary<RankedMatch>> explained = new ArrayList<>();
                    for (int r = 0; r < k; r++) {
                        CandidateScore c = candidates.get(r);
                        int rank = r + 1;
                        explained.add(Combinators.combine(confidence(), coverageReport())
                                .as((confidence, coverage) -> new RankedMatch(query, rank, c.candidateId(), c.score(),
                                        confidence, coverage)));
                    }
                    return all(explained).map(list -> new Ranking(query, candidates, list));
                }));
    }

    static Arbitrary<List<Ranking>> rankings() {
        return ranking().list().ofMaxSize(2);
    }

    static Arbitrary<List<ProgramDesign>> programDesigns() {
        Arbitrary<OutcomeLink> link = Combinators.combine(id(), id(), id(), id(), id().list().ofMaxSize(3))
                .as(OutcomeLink::new);
        return Combinators.combine(program(), link.list().ofMaxSize(3), text(80).list().ofMaxSize(2))
                .as(ProgramDesign::new).list().ofMaxSize(2);
    }

    static Arbitrary<List<QaReport>> qaReports() {
        Arbitrary<OutcomeWording> wording = Combinators.combine(id(), Arbitraries.of("kk", "ru", "en"),
                Arbitraries.integers().between(0, 8), Arbitraries.integers().between(0, 8),
                Arbitraries.of(OutcomeWording.Fit.class), id())
                .as((outcome, language, a, b, fit, verb) -> fit == OutcomeWording.Fit.NO_VERB
                        ? new OutcomeWording(outcome, language, null, null, 0, 0, fit)
                        : new OutcomeWording(outcome, language, verb, "analyse", Math.min(a, b), Math.max(a, b), fit));
        Arbitrary<Finding> finding = Combinators.combine(Arbitraries.of(Finding.Severity.class),
                Arbitraries.of(FindingKind.class), id(), Arbitraries.of("", "/outcomes/0/statement/ru", "/credits"),
                stripped(80)).as(Finding::new);
        return Combinators.combine(id(), levelRef(), wording.list().ofMaxSize(3), finding.list().ofMaxSize(3))
                .as(QaReport::new).list().ofMaxSize(2);
    }

    static Arbitrary<List<EffortEstimate>> effortEstimates() {
        Arbitrary<Double> rate = Arbitraries.doubles().between(0, 100).ofScale(2);
        Arbitrary<EffortModel> model = Combinators.combine(rate, rate, rate, rate.list().ofSize(8), rate, rate,
                Arbitraries.integers().between(1, 5), Arbitraries.integers().between(1, 5))
                .as((w, r, m, perCredit, eo, em, experts, rounds) -> EffortModel.DEFAULTS.toBuilder()
                        .hoursToWriteOutcome(w).hoursToRewriteOutcome(r).hoursToDesignModule(m)
                        .developmentHoursPerCredit(perCredit).expertHoursPerOutcome(eo).expertHoursPerModule(em)
                        .experts(experts).reviewRounds(rounds).build());
        Arbitrary<EffortItem> item = Combinators.combine(id(), Arbitraries.of(EffortRole.class),
                Arbitraries.integers().between(0, 500), id(), rate, stripped(80))
                .as((component, role, quantity, unit, perUnit, basis) -> EffortItem.of(component, role, quantity, unit,
                        perUnit, basis));
        return Combinators.combine(id(), id().injectNull(0.3), levelRef(), score().injectNull(0.3),
                item.list().ofMaxSize(4), model).as(EffortEstimate::new).list().ofMaxSize(2);
    }

    static Arbitrary<List<ApplicantRanking>> applicantRankings() {
        Arbitrary<EligibilityCheck> check = Combinators.combine(Arbitraries.of(EligibilityCheck.Status.class), stripped(80))
                .as(EligibilityCheck::new);
        Arbitrary<EvidenceUse> use = Combinators.combine(id(), Arbitraries.of(EvidenceKind.class), Arbitraries.of(true, false),
                score(), id().list().ofMaxSize(3), stripped(80)).as(EvidenceUse::new);
        Arbitrary<EvidenceFlag> flag = Combinators.combine(id(), Arbitraries.of(EvidenceFlag.Type.class),
                Arbitraries.of(true, false), stripped(80)).as(EvidenceFlag::new);
        Arbitrary<ApplicantAssessment> assessment = Combinators.combine(id(), id(), id(), date(), score(), coverageReport(),
                Combinators.combine(check, check).as(Eligibility::new), recognitionResult().injectNull(0.5))
                .flatAs((applicant, standard, card, date, score, skills, eligibility, recognition) -> Combinators.combine(
                        Arbitraries.doubles().between(0, 40).ofScale(3), use.list().ofMaxSize(3), flag.list().ofMaxSize(3),
                        employmentCheck().injectNull(0.5))
                        .as((years, uses, flags, employment) -> new ApplicantAssessment(applicant, standard, card, date,
                                score, skills, eligibility, recognition, years, uses, flags, employment)));
        return Combinators.combine(id(), id(), assessment.list().ofMaxSize(3), Arbitraries.longs().between(0, 1_000_000))
                .as((standard, card, top, more) -> new ApplicantRanking(standard, card, top, top.size() + more))
                .list().ofMaxSize(2);
    }

    static Arbitrary<EmploymentCheck> employmentCheck() {
        Arbitrary<EmploymentDecision.Reason> reason = Combinators.combine(Arbitraries.of(EmploymentDecision.Ground.class),
                stripped(80).filter(t -> !t.isBlank())).as(EmploymentDecision.Reason::new);
        Arbitrary<EmploymentDecision> decision = reason.list().ofMaxSize(3)
                .map(reasons -> new EmploymentDecision(reasons.isEmpty(), reasons));
        return Combinators.combine(Arbitraries.of(EmploymentCheck.Status.class), job(), job().injectNull(0.3),
                decision.injectNull(0.3), stripped(80).list().ofMaxSize(3)).as(EmploymentCheck::new);
    }

    static Arbitrary<RecognitionPolicy> recognitionPolicy() {
        Arbitrary<Double> unit = Arbitraries.doubles().between(0, 1).ofScale(2);
        return Combinators.combine(Arbitraries.of(EvidenceKind.class).set(), unit, unit, Arbitraries.integers().between(1, 20),
                hours(), Arbitraries.integers().between(1, 10), Arbitraries.of(true, false),
                Arbitraries.integers().between(1, 10).injectNull(0.5))
                .as((kinds, kindWeight, floor, halfLife, minimumHours, lifetime, recognition, experience) -> {
                    RecognitionPolicy.Builder b = RecognitionPolicy.builder();
                    kinds.forEach(k -> b.kindWeight(k, kindWeight));
                    return b.verificationWeight(VerificationStatus.PENDING, floor).recencyFloor(floor)
                            .recencyHalfLife(Period.ofYears(halfLife)).recencyKinds(kinds)
                            .minimumCertificateHours(minimumHours).certificateLifetime(Period.ofMonths(lifetime * 6))
                            .recognitionSubstitutesEducation(recognition)
                            .experienceSubstitutingEducation(experience == null ? null : Period.ofYears(experience))
                            .build();
                });
    }

    /** A generated value of each document type, by type. */
    @SuppressWarnings("unchecked")
    static <T> Arbitrary<T> of(DocumentType<T> type) {
        Map<DocumentType<?>, Arbitrary<?>> byType = new LinkedHashMap<>();
        byType.put(DocumentType.FRAMEWORK, framework());
        byType.put(DocumentType.LEVEL_MAPPINGS, levelMappings());
        byType.put(DocumentType.SECTORAL_FRAMEWORK, sectoralFramework());
        byType.put(DocumentType.STANDARDS, standards());
        byType.put(DocumentType.PROGRAMS, programs());
        byType.put(DocumentType.APPLICANTS, applicants());
        byType.put(DocumentType.COVERAGE_REPORTS, coverageReports());
        byType.put(DocumentType.RANKINGS, rankings());
        byType.put(DocumentType.PROGRAM_DESIGNS, programDesigns());
        byType.put(DocumentType.QA_REPORTS, qaReports());
        byType.put(DocumentType.EFFORT_ESTIMATES, effortEstimates());
        byType.put(DocumentType.APPLICANT_RANKINGS, applicantRankings());
        byType.put(DocumentType.RECOGNITION_POLICY, recognitionPolicy());
        return (Arbitrary<T>) byType.get(type);
    }

    /** One value of each arbitrary, in order; the empty list of none. */
    static <T> Arbitrary<List<T>> all(List<Arbitrary<T>> each) {
        return each.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(each).as(List::copyOf);
    }
}
