package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.evidence.CourseCertificate;
import io.github.opennqf.evidence.Diploma;
import io.github.opennqf.evidence.RecognitionResult;
import io.github.opennqf.evidence.VerifiedSkill;
import io.github.opennqf.evidence.WorkExperience;
import io.github.opennqf.framework.FrameworkRef;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.text.MultilingualText;
import jakarta.validation.constraints.NotEmpty;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;

/**
 * The generators reach what the round-trip properties are meant to cover: walking a few hundred
 * generated documents of every type, every optional ({@code @Nullable}) component of every model
 * record is seen absent and present, every list or map that may be empty is seen empty and not,
 * every boolean both ways, every enum constant, all five kinds of evidence, the languages and the
 * bundled frameworks' levels.
 */
class ModelArbitrariesTest {
    private static final int SAMPLES = 50;

    /** What was seen of each record component, by "Record.component". */
    private static final Map<String, Set<String>> SEEN = new TreeMap<>();
    private static final Map<String, Set<Object>> ENUMS = new TreeMap<>();
    private static final Set<Class<?>> RECORDS = new LinkedHashSet<>();
    private static final Set<String> LANGUAGES = new TreeSet<>();
    private static final Set<FrameworkRef> FRAMEWORKS = new LinkedHashSet<>();
    private static boolean walked;

    /**
     * Walks {@link #SAMPLES} documents of each type from a fixed seed, once. Runs inside a jqwik
     * example, where generators are memoized (sampling outside a property is many times slower).
     */
    private static synchronized void walkGeneratedDocuments() throws ReflectiveOperationException {
        if (walked) {
            return;
        }
        Random random = new Random(20_251_123L);
        for (DocumentType<?> type : DocumentType.all()) {
            RandomGenerator<?> generator = ModelArbitraries.of(type).generator(1000);
            for (int i = 0; i < SAMPLES; i++) {
                walk(generator.next(random).value());
            }
        }
        walked = true;
    }

    private static void walk(@Nullable Object value) throws ReflectiveOperationException {
        if (value instanceof Collection<?> c) {
            for (Object element : c) {
                walk(element);
            }
        } else if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                walk(e.getKey());
                walk(e.getValue());
            }
        } else if (value instanceof MultilingualText text) {
            LANGUAGES.addAll(text.languages());
        } else if (value instanceof LevelRef ref) {
            FRAMEWORKS.add(ref.framework());
            walkRecord(ref);
        } else if (value != null && value.getClass().isRecord()) {
            walkRecord(value);
        }
    }

    private static void walkRecord(Object record) throws ReflectiveOperationException {
        RECORDS.add(record.getClass());
        for (RecordComponent rc : record.getClass().getRecordComponents()) {
            Object v = rc.getAccessor().invoke(record);
            String key = record.getClass().getSimpleName() + "." + rc.getName();
            Set<String> seen = SEEN.computeIfAbsent(key, k -> new TreeSet<>());
            if (rc.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                seen.add(v == null ? "null" : "present");
            }
            boolean mayBeEmpty = !rc.getAccessor().isAnnotationPresent(NotEmpty.class)
                    && !rc.getAnnotatedType().isAnnotationPresent(NotEmpty.class);
            if (v instanceof Collection<?> c && mayBeEmpty) {
                seen.add(c.isEmpty() ? "empty" : "not empty");
            }
            if (v instanceof Map<?, ?> m && mayBeEmpty) {
                seen.add(m.isEmpty() ? "empty" : "not empty");
            }
            if (v instanceof Boolean b) {
                seen.add(b.toString());
            }
            if (v instanceof Enum<?> e) {
                ENUMS.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(e);
            }
            walk(v);
        }
    }

    @Example
    void everyOptionalComponentIsGeneratedAbsentAndPresent() throws ReflectiveOperationException {
        walkGeneratedDocuments();
        assertThat(SEEN).allSatisfy((component, seen) -> {
            if (seen.contains("null") || seen.contains("present")) {
                assertThat(seen).as(component).contains("null", "present");
            }
        });
        assertThat(SEEN).containsKeys("ProfessionCard.requiredExperience", "Diploma.programCode", "LevelCheck.queryLevel",
                "Level.subLevel", "WorkExperience.end", "ValidityPeriod.until");
    }

    @Example
    void everyListOrMapThatMayBeEmptyIsGeneratedEmptyAndNot() throws ReflectiveOperationException {
        walkGeneratedDocuments();
        assertThat(SEEN).allSatisfy((component, seen) -> {
            if (seen.contains("empty") || seen.contains("not empty")) {
                assertThat(seen).as(component).contains("empty", "not empty");
            }
        });
        assertThat(SEEN.get("ProgramModule.outcomeIds")).contains("empty", "not empty");
        assertThat(SEEN.get("FrameworkLevel.descriptors")).contains("empty", "not empty");
    }

    @Example
    void everyBooleanIsGeneratedBothWays() throws ReflectiveOperationException {
        walkGeneratedDocuments();
        for (String component : new String[] {"Requirement.essential", "StatementSupport.categoryCompatible",
                "StatementSupport.belowLevel"}) {
            assertThat(SEEN.get(component)).as(component).contains("true", "false");
        }
    }

    @Example
    void everyEnumConstantIsGenerated() throws ReflectiveOperationException {
        walkGeneratedDocuments();
        assertThat(ENUMS).isNotEmpty().allSatisfy((component, seen) -> {
            Class<?> type = seen.iterator().next().getClass();
            Class<?> enumType = type.isEnum() ? type : type.getSuperclass();
            assertThat(seen).as(component).containsExactlyInAnyOrder(enumType.getEnumConstants());
        });
        assertThat(ENUMS).containsKeys("Requirement.category", "Credits.system", "Diploma.verification",
                "RequirementMatch.status", "LevelCheck.status", "LevelMapping.status", "QualificationsFramework.textOrigin");
    }

    @Example
    void everyKindOfEvidenceAndEveryRecordOfTheModelIsGenerated() throws ReflectiveOperationException {
        walkGeneratedDocuments();
        assertThat(RECORDS).contains(Diploma.class, CourseCertificate.class, WorkExperience.class,
                RecognitionResult.class, VerifiedSkill.class);
        assertThat(RECORDS.stream().map(Class::getSimpleName)).contains("QualificationsFramework", "FrameworkLevel",
                "Provenance", "LevelMapping", "LevelCorrespondence", "SectoralFramework", "SectoralLevel",
                "ProfessionPlacement", "ProfessionalStandard", "StandardPassport", "ProfessionCard", "LabourFunction",
                "Requirement", "EducationalProgram", "ProgramModule", "Credits", "LearningOutcome", "ApplicantProfile",
                "ValidityPeriod", "CoverageReport", "RequirementMatch", "StatementSupport", "StatementSource", "CoverageScope", "LevelCheck", "Confidence",
                "Ranking", "RankedMatch", "CandidateScore", "ConceptRef", "IscoCode", "OkedCode", "IscedField",
                "ProgramCode", "TvetSpecialtyCode", "TvetQualificationCode");
    }

    @Example
    void textIsInEveryLanguageAndLevelsAreOfEveryBundledFramework() throws ReflectiveOperationException {
        walkGeneratedDocuments();
        assertThat(LANGUAGES).contains("und", "kk", "ru", "en", "en-GB");
        assertThat(FRAMEWORKS).containsExactlyInAnyOrder(FrameworkRef.KZ_NQF_2025, FrameworkRef.EQF_2017,
                FrameworkRef.ISCED_2011);
    }
}
