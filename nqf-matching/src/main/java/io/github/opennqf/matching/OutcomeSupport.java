package io.github.opennqf.matching;

import io.github.opennqf.code.ConceptRef;
import java.util.List;
import java.util.Objects;

/**
 * One learning outcome's support for one requirement, and why: the words the two statements
 * share, the taxonomy concepts they share, and the category and level checks.
 *
 * <p>The statements are compared after analysis (lower case, stop words removed, stemmed), but
 * {@link #matchedTerms()} shows the shared terms as the outcome's statement writes them, so that a
 * reader finds them in {@link #statement()}:
 * <ul>
 *   <li>a shared word appears as its first occurrence in the outcome, in its original case and
 *       without the punctuation around it: requirement "Design relational databases" and outcome
 *       "Designing databases for business" share {@code [databases, Designing]}; the requirement's
 *       own form of the word ("Design") is not shown, as the requirement's text is at hand;</li>
 *   <li>a shared phrase (two words adjacent once stop words are removed) appears with the stop
 *       words between its words ({@code design of databases}); across punctuation, as its two words
 *       joined by a space;</li>
 *   <li>a word the outcome holds only in another language version of its statement appears as
 *       that version writes it;</li>
 *   <li>when the two statements share no word but only parts of Kazakh words (character n-grams),
 *       up to three of the outcome's words holding those parts, marked with {@code ~}
 *       ({@code ~Білімім}).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param outcomeId the outcome's id
 * @param statement the outcome's statement, in the explanation language
 * @param score the similarity after category and level adjustment, in [0, 1]
 * @param matchedTerms the shared words and phrases as the outcome's statement writes them, most
 *     important first, without repeats
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

    /** @return a one-line explanation, for example {@code LO4 0.62 terms [databases, Designing]} */
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
