package io.github.opennqf.matching.internal.text;

import java.util.List;

/**
 * The word terms of one text together with where each was written, from
 * {@link TextAnalysis#spans(String, String)}: term {@code i} was analysed from the characters
 * {@code [start(i), end(i))} of {@link #text()}. Used to show the words a user wrote instead of
 * their stems.
 *
 * <pre>{@code
 * TermSpans s = TextAnalysis.ofDefaults().spans("Designing databases, for business.", "en");
 * s.term(1);        // "databas"
 * s.written(1);     // "databases"
 * s.written(0, 1);  // "Designing databases"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TermSpans {
    private static final char SOFT_HYPHEN = '\u00AD';

    private final String language;
    private final String text;
    private final String[] terms;
    private final int[] starts;
    private final int[] ends;
    private final boolean truncated;

    TermSpans(String language, String text, String[] terms, int[] starts, int[] ends, boolean truncated) {
        this.language = language;
        this.text = text;
        this.terms = terms;
        this.starts = starts;
        this.ends = ends;
        this.truncated = truncated;
    }

    /** @return the language the text was analysed as, as in {@link AnalyzedText#language()} */
    public String language() {
        return language;
    }

    /** @return the analysed text: the input, or its beginning when it was truncated */
    public String text() {
        return text;
    }

    /** @return whether the input was longer than {@link TextAnalysis#MAX_ANALYZED_CHARS}, so {@link #text()} is its beginning */
    public boolean truncated() {
        return truncated;
    }

    /** @return the terms in text order, as {@link AnalyzedText#terms()} */
    List<String> terms() {
        return List.of(terms);
    }

    /** @return the number of terms; the same terms, in the same order, as {@link AnalyzedText#terms()} */
    public int size() {
        return terms.length;
    }

    /** @return term {@code i} as analysed */
    public String term(int i) {
        return terms[i];
    }

    /** @return where term {@code i} starts in {@link #text()} */
    public int start(int i) {
        return starts[i];
    }

    /** @return where term {@code i} ends in {@link #text()}, exclusive */
    public int end(int i) {
        return ends[i];
    }

    /**
     * @param i a term
     * @return the word term {@code i} was analysed from, as written: original case and accents, soft
     *     hyphens deleted, leading and trailing punctuation trimmed
     */
    public String written(int i) {
        return written(i, i);
    }

    /**
     * @param first a term
     * @param last the same or a later term
     * @return the text from term {@code first} to term {@code last} as written, white space
     *     collapsed to single spaces, soft hyphens deleted, leading and trailing punctuation trimmed
     */
    public String written(int first, int last) {
        int from = starts[first];
        int to = ends[last];
        // trim what is neither a letter nor a digit (nor a mark attached to one); never trim to nothing
        int a = from;
        int b = to;
        while (a < b && !wordChar(text, a)) {
            a++;
        }
        while (b > a && !wordChar(text, b - 1)) {
            b--;
        }
        if (a < b) {
            from = a;
            to = b;
        }
        String span = text.substring(from, to);
        if (isClean(span)) {
            return span;
        }
        StringBuilder sb = new StringBuilder(span.length());
        boolean space = false;
        for (int k = 0; k < span.length(); k++) {
            char c = span.charAt(k);
            if (c == SOFT_HYPHEN) {
                continue;
            }
            if (isWhite(c)) {
                if (!space) {
                    sb.append(' ');
                }
                space = true;
            } else {
                sb.append(c);
                space = false;
            }
        }
        return sb.toString();
    }

    /** Whether a span has no soft hyphen and no white space other than single spaces. */
    private static boolean isClean(String span) {
        for (int k = 0; k < span.length(); k++) {
            char c = span.charAt(k);
            if (c == SOFT_HYPHEN || (isWhite(c) && (c != ' ' || (k > 0 && span.charAt(k - 1) == ' ')))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhite(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean wordChar(String text, int k) {
        char c = text.charAt(k);
        if (Character.isHighSurrogate(c)) {
            // a letter outside the BMP; an unpaired surrogate is no word character
            return Character.isLetterOrDigit(text.codePointAt(k));
        }
        if (Character.isLowSurrogate(c)) {
            return k > 0 && Character.isHighSurrogate(text.charAt(k - 1))
                    && Character.isLetterOrDigit(text.codePointAt(k - 1));
        }
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("TermSpans[").append(language);
        for (int i = 0; i < terms.length; i++) {
            sb.append(i == 0 ? " " : ", ").append(terms[i]).append('@').append(starts[i]).append('-').append(ends[i]);
        }
        return sb.append(']').toString();
    }
}
