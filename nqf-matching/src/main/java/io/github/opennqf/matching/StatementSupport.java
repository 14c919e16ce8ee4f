package io.github.opennqf.matching;

import io.github.opennqf.code.ConceptRef;
import java.util.List;
import java.util.Objects;

/**
 * One query statement's support for one requirement, and why: which statement and its source (a
 * learning outcome, an evidence item), the words the two statements share, the taxonomy concepts
 * they share, and the category and level checks.
 *
 * <p>The statements are compared after analysis (lower case, stop words removed, stemmed), but
 * {@link #matchedTerms()} shows the shared terms as the query's statement writes them, so that a
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
 * @param statementId the query statement's id (for a program, the outcome's id)
 * @param source where the statement comes from (the learning outcome, the evidence item)
 * @param statement the statement's text, in the explanation language
 * @param score the similarity after category, level and statement-weight adjustment, in [0, 1]
 * @param matchedTerms the shared words and phrases as the statement writes them, most
 *     important first, without repeats
 * @param sharedConcepts concept URIs present on both sides (a match whatever the wording)
 * @param categoryCompatible whether the categories are compatible (else the score was reduced)
 * @param belowLevel whether the statement is below the required level (then the score was capped)
 * @since 0.1.0
 */
public record StatementSupport(
        String statementId,
        StatementSource source,
        String statement,
        double score,
        List<String> matchedTerms,
        List<ConceptRef> sharedConcepts,
        boolean categoryCompatible,
        boolean belowLevel) {

    /** Validates and copies. */
    public StatementSupport {
        Objects.requireNonNull(statementId, "statementId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(statement, "statement");
        matchedTerms = List.copyOf(matchedTerms);
        sharedConcepts = List.copyOf(sharedConcepts);
    }

    /**
     * @return a one-line explanation, for example {@code LO4 0.62 terms [databases, Designing]}, or
     *     {@code s2 (course-certificate:cert-7) 0.48 terms [SQL]} when the statement's id is not its
     *     source's
     */
    public String why() {
        StringBuilder sb = new StringBuilder(statementId);
        if (!source.id().equals(statementId)) {
            sb.append(" (").append(source).append(')');
        }
        sb.append(' ').append(String.format(java.util.Locale.ROOT, "%.2f", score));
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
