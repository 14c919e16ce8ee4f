package io.github.opennqf.io.esco;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.code.TaxonomyConcept;
import io.github.opennqf.matching.ConceptFinder;
import io.github.opennqf.matching.ConceptMatch;
import io.github.opennqf.matching.Query;
import io.github.opennqf.text.LanguagePriority;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Skills from text on the real ESCO skills: free text and a program's outcomes find the skills they name. */
class EscoSkillsFromTextTest {
    private static ConceptFinder finder;

    @BeforeAll
    static void compile() {
        List<TaxonomyConcept> skills = EscoFormat.csv().read(EscoRealDataTest.directory()).skillConcepts();
        assertThat(skills).hasSize(13_896);
        finder = ConceptFinder.of(skills);
    }

    private static List<String> labels(List<ConceptMatch> found) {
        return found.stream().map(m -> m.concept().label().resolve(LanguagePriority.ENGLISH_FIRST).toLowerCase(Locale.ROOT))
                .toList();
    }

    @Test
    void aCvLineFindsTheSkillsItNamesWithTheirWords() {
        List<ConceptMatch> found = finder.find(Query.ofTexts("cv", "en", List.of("Wrote SQL queries for the sales database")), 5);
        assertThat(found).hasSize(5);
        assertThat(labels(found)).anyMatch(l -> l.contains("sql"));
        ConceptMatch sql = found.stream().filter(m -> m.concept().label().resolve(LanguagePriority.ENGLISH_FIRST).contains("SQL"))
                .findFirst().orElseThrow();
        assertThat(sql.support().matchedTerms()).contains("SQL");
        assertThat(sql.concept().ref().toString()).startsWith("http://data.europa.eu/esco/skill/");
    }

    @Test
    void nursingEvidenceFindsNursingSkillsNotProgrammingOnes() {
        List<ConceptMatch> found = finder.find(Query.ofTexts("nurse", "en",
                List.of("Administered medication to patients", "Monitored patients' vital signs")), 10);
        assertThat(labels(found)).anyMatch(l -> l.contains("medication")).anyMatch(l -> l.contains("vital signs"))
                .noneMatch(l -> l.contains("programming"));
    }
}
