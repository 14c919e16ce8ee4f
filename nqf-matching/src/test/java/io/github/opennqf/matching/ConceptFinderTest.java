package io.github.opennqf.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.code.TaxonomyConcept;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.text.MultilingualText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Skills from text: the concepts a query evidences, through the same engine, in three languages. */
class ConceptFinderTest {
    static TaxonomyConcept concept(String id, String label, String... alts) {
        List<MultilingualText> altLabels = new ArrayList<>();
        for (String a : alts) {
            altLabels.add(MultilingualText.of("und", a));
        }
        return new TaxonomyConcept(ConceptRef.parse("http://example.org/skill/" + id), MultilingualText.of("en", label),
                altLabels, DescriptorCategory.ESCO_SKILL_COMPETENCE);
    }

    static final List<TaxonomyConcept> SKILLS = List.of(
            concept("sql", "SQL", "structured query language", "язык запросов SQL"),
            concept("java", "Java (computer programming)", "программирование на Java", "Java бағдарламалау"),
            concept("nursing", "administer medication", "give medicines to patients"),
            concept("teach", "teach mathematics"),
            concept("test", "software testing", "тестирование программного обеспечения", "бағдарламалық жасақтаманы тестілеу"));

    private final ConceptFinder finder = ConceptFinder.of(SKILLS);

    @Test
    void findsTheSkillsATextEvidencesWithTheMatchedWords() {
        List<ConceptMatch> found = finder.find(Query.ofTexts("cv", "und", List.of(
                "Wrote SQL queries for monthly reports", "Программирование на Java и тестирование программного обеспечения")), 3);
        assertThat(found).extracting(m -> m.concept().ref().toString()).containsExactlyInAnyOrder(
                "http://example.org/skill/java", "http://example.org/skill/test", "http://example.org/skill/sql");
        ConceptMatch sql = found.stream().filter(m -> m.concept().ref().toString().endsWith("/sql")).findFirst().orElseThrow();
        ConceptMatch java = found.stream().filter(m -> m.concept().ref().toString().endsWith("/java")).findFirst().orElseThrow();
        assertThat(sql.support().statementId()).isEqualTo("s1");
        assertThat(sql.support().matchedTerms()).contains("SQL");
        assertThat(sql.score()).isStrictlyBetween(0.0, 1.0);
        // the Russian statement matched the concept's Russian label, not its English one
        assertThat(java.matchedLabel()).isEqualTo(MultilingualText.of("und", "программирование на Java"));
        assertThat(java.support().statementId()).isEqualTo("s2");
        for (int i = 1; i < found.size(); i++) {
            assertThat(found.get(i).score()).isLessThanOrEqualTo(found.get(i - 1).score());
        }
    }

    @Test
    void kazakhEvidenceFindsItsSkillAndNothingUnrelated() {
        List<ConceptMatch> found = finder.find(Query.ofTexts("kk", "kk", List.of("Бағдарламалық жасақтаманы тестілейді")), 5);
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).concept().ref().toString()).endsWith("/test");
        assertThat(found).noneMatch(m -> m.concept().ref().toString().endsWith("/nursing"));
    }

    @Test
    void theResultDependsOnlyOnTheQueryNotOnTheTaxonomysOrderOfOtherConcepts() {
        List<TaxonomyConcept> shuffled = new ArrayList<>(SKILLS);
        Collections.reverse(shuffled);
        Query q = Query.ofTexts("q", "en", List.of("administered medication to patients on the ward"));
        ConceptMatch a = finder.find(q, 1).get(0);
        ConceptMatch b = ConceptFinder.of(shuffled).find(q, 1).get(0);
        assertThat(a.concept()).isEqualTo(b.concept());
        assertThat(a.score()).isEqualTo(b.score());
        // a statement of weight 0.5 finds the same concept at half the score
        Query half = q.withStatements(q.statements().stream().map(s -> s.withWeight(0.5)).toList());
        assertThat(finder.find(half, 1).get(0).score()).isCloseTo(a.score() * 0.5, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> finder.find(Query.ofTexts("q", "en", List.of("x")), 0)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("k");
        assertThat(finder.find(Query.builder("empty").build(), 3)).isEmpty();
        assertThat(ConceptFinder.of(List.of()).find(Query.ofTexts("q", "en", List.of("SQL")), 3)).isEmpty();
        assertThatThrownBy(() -> new TaxonomyConcept(null, MultilingualText.of("en", "x"), List.of(), null))
                .isInstanceOf(InvalidValueException.class);
    }
}
