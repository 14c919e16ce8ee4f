package io.github.opennqf.matching;

import io.github.opennqf.code.ConceptRef;
import java.util.List;
import java.util.Objects;

/**
 * One learning outcome's support for one requirement, and why: the terms the two statements
 * share (after stemming), the taxonomy concepts they share, and the category and level checks.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outcomeId the outcome's id
 * @param statement the outcome's statement, in the explanation language
 * @param score the similarity after category and level adjustment, in [0, 1]
 * @param matchedTerms the shared analysed terms, most important first
 * @param sharedConcepts concept URIs present on both sides (a match whatever the wording)
 * @param categoryCompatible whether the categories are compatible (else the score was reduced)
 * @param belowLevel whether the outcome is below the required level (else the score was capped)
 * @since 0.1.0
 */
public record OutcomeSupport(
        String outcomeId,
        String statement,
        double score,
        List<String> matchedTerms,
        List<ConceptRef> sharedConcepts,
        boolean categoryCompatible,
        boolean belowLevel) {

    /** Validates and copies. */
    public OutcomeSupport {
        Objects.requireNonNull(outcomeId, "outcomeId");
        Objects.requireNonNull(statement, "statement");
        matchedTerms = List.copyOf(matchedTerms);
        sharedConcepts = List.copyOf(sharedConcepts);
    }

    /** @return a one-line explanation, for example {@code LO4 0.62 [databas, design]} */
    public String why() {
        StringBuilder sb = new StringBuilder(outcomeId).append(' ').append(String.format(java.util.Locale.ROOT, "%.2f", score));
        if (!sharedConcepts.isEmpty()) {
            sb.append(" same concept ").append(sharedConcepts);
        }
        if (!matchedTerms.isEmpty()) {
            sb.append(" terms ").append(matchedTerms);
        }
        if (!categoryCompatible) {
            sb.append(" (other category)");
        }
        if (belowLevel) {
            sb.append(" (below required level)");
        }
        return sb.toString();
    }
}
