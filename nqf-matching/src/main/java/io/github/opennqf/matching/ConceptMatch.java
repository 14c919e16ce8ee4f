package io.github.opennqf.matching;

import io.github.opennqf.code.TaxonomyConcept;
import io.github.opennqf.text.MultilingualText;
import java.util.Objects;

/**
 * A taxonomy concept that a text evidences, with the score, the concept's label that matched, and
 * the query statement that matched it with the words they share ({@link StatementSupport#why()}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param concept the concept
 * @param score the best similarity of a query statement to one of its labels, in [0, 1]
 * @param matchedLabel the label (preferred or alternative) that scored it
 * @param support the statement that matched, its source and the shared words
 * @since 0.1.0
 */
public record ConceptMatch(TaxonomyConcept concept, double score, MultilingualText matchedLabel, StatementSupport support) {
    /** Validates. */
    public ConceptMatch {
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(matchedLabel, "matchedLabel");
        Objects.requireNonNull(support, "support");
    }
}
