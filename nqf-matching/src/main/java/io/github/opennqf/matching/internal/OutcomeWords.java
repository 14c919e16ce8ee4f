package io.github.opennqf.matching.internal;

import io.github.opennqf.matching.LanguageDetector;
import io.github.opennqf.matching.internal.text.TermSpans;
import io.github.opennqf.matching.internal.text.TextAnalysis;
import io.github.opennqf.text.LanguagePriority;
import io.github.opennqf.text.MultilingualText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The words of one outcome statement as its author wrote them, to show in explanations instead of
 * the analysed terms ({@code "Designing"}, not {@code design}). A term is looked up in the spans
 * ({@link TermSpans}: terms with their offsets) of each language version, first the version shown
 * in the explanation, then the others in tag order, since an outcome's terms come from every
 * version. The spans are the ones the scoring analysis kept, for a program vectorised as a query;
 * else a version is analysed again, with offsets, only when a term is looked up in it.
 *
 * <ul>
 *   <li>A word term shows as its first occurrence, as written: original case, accents and ё,
 *       punctuation around it trimmed.</li>
 *   <li>A phrase term (two words adjacent after stop-word removal, joined by
 *       {@link Corpus#BIGRAM_JOINER}) shows as the text from its first word to its second, with the
 *       stop words between ("design of databases"), white space collapsed; when punctuation or
 *       more than {@value #MAX_PHRASE_GAP} characters separate the two words, as the two words
 *       joined by a space ("SQL), databases" shows as "SQL databases").</li>
 * </ul>
 *
 * <p>Not thread-safe (it caches the analyses); one instance belongs to one {@link OutcomeIndex} or
 * one explanation.
 */
final class OutcomeWords {
    /** Longest gap between the two words of a phrase shown as written. */
    static final int MAX_PHRASE_GAP = 40;

    private final TextAnalysis analysis;
    private final String[] tags;
    private final String[] texts;
    private final @Nullable TermSpans[] spans;

    /**
     * @param analysis the analysis the corpus was built with, so the terms are the same
     * @param statement the outcome's statement
     * @param languages the explanation languages: the version they resolve to is searched first
     * @param analysed the spans of the statement's versions in tag order, when the scoring analysis
     *     kept them, else {@code null}
     */
    OutcomeWords(TextAnalysis analysis, MultilingualText statement, LanguagePriority languages,
            @Nullable TermSpans @Nullable [] analysed) {
        this.analysis = analysis;
        Map<String, String> versions = statement.asMap();
        this.tags = new String[versions.size()];
        this.texts = new String[versions.size()];
        this.spans = new TermSpans[versions.size()];
        boolean kept = analysed != null && analysed.length == versions.size();
        String shown = statement.resolveTag(languages);
        int v = 1;
        int i = 0;
        for (Map.Entry<String, String> e : versions.entrySet()) {
            int at = e.getKey().equals(shown) ? 0 : v++;
            tags[at] = e.getKey();
            texts[at] = e.getValue();
            spans[at] = kept ? analysed[i] : null;
            i++;
        }
    }

    private TermSpans version(int v) {
        @Nullable TermSpans s = spans[v];
        if (s == null) {
            // analysed as Corpus#features analyses it, so the terms are the ones scored
            s = analysis.spans(texts[v], tags[v].equals(MultilingualText.UNDETERMINED) ? null : tags[v]);
            spans[v] = s;
        }
        return s;
    }

    /**
     * @param term an analysed term of the statement: a word or a phrase of two
     * @return how it was first written, or {@code null} if no version of the statement has it
     */
    @Nullable String written(String term) {
        for (int v = 0; v < spans.length; v++) {
            TermSpans s = version(v);
            int n = s.size();
            for (int i = 0; i < n; i++) {
                if (s.term(i).equals(term)) {
                    return s.written(i);
                }
            }
            for (int i = 1; i < n; i++) {
                if (isPhrase(term, s.term(i - 1), s.term(i))) {
                    return onlyWordsBetween(s, i - 1, i)
                            ? s.written(i - 1, i)
                            : s.written(i - 1) + ' ' + s.written(i);
                }
            }
        }
        return null;
    }

    /** Whether only letters, digits and white space, and at most {@value #MAX_PHRASE_GAP} characters, separate two terms. */
    private static boolean onlyWordsBetween(TermSpans s, int first, int second) {
        int from = s.end(first);
        int to = s.start(second);
        if (to - from > MAX_PHRASE_GAP) {
            return false;
        }
        String text = s.text();
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPhrase(String term, String first, String second) {
        int a = first.length();
        return term.length() == a + Corpus.BIGRAM_JOINER.length() + second.length()
                && term.startsWith(first)
                && term.startsWith(Corpus.BIGRAM_JOINER, a)
                && term.endsWith(second);
    }

    /**
     * The Kazakh words holding shared character n-grams, for a match made only by n-grams: each
     * distinct word scores the sum of the contributions of the n-grams of its term, and the best
     * {@code limit} are returned, best first (ties in text order), as written.
     *
     * @param grams n-grams, marked as in {@link io.github.opennqf.matching.internal.text.AnalyzedText#charNgrams()}
     * @param contribution each n-gram's contribution to the similarity
     * @param n how many of the arrays' entries are used
     * @param limit how many words at most
     * @return the words, as written
     */
    List<String> wordsWithGrams(String[] grams, float[] contribution, int n, int limit) {
        List<String> words = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        List<String> seenTerms = new ArrayList<>();
        for (int v = 0; v < spans.length; v++) {
            TermSpans s = version(v);
            if (!s.language().equals(LanguageDetector.KAZAKH)) {
                continue;
            }
            for (int i = 0; i < s.size(); i++) {
                String term = s.term(i);
                if (seenTerms.contains(term)) {
                    continue;
                }
                seenTerms.add(term);
                String marked = '^' + term + '$';
                float score = 0f;
                for (int g = 0; g < n; g++) {
                    if (marked.contains(grams[g])) {
                        score += contribution[g];
                    }
                }
                String word = s.written(i);
                if (score > 0f && !words.contains(word)) {
                    words.add(word);
                    scores.add(score);
                }
            }
        }
        List<String> best = new ArrayList<>(Math.min(limit, words.size()));
        boolean[] used = new boolean[words.size()];
        while (best.size() < limit) {
            int pick = -1;
            for (int i = 0; i < words.size(); i++) {
                if (!used[i] && (pick < 0 || scores.get(i) > scores.get(pick))) {
                    pick = i;
                }
            }
            if (pick < 0) {
                break;
            }
            used[pick] = true;
            best.add(words.get(pick));
        }
        return best;
    }
}
