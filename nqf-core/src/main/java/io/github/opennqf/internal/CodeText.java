package io.github.opennqf.internal;

import org.jspecify.annotations.Nullable;

/**
 * The shared first steps of parsing a national or international code as found in data: bounds,
 * white space, letter case and Cyrillic look-alike letters. Not API.
 */
public final class CodeText {
    /** Input longer than this is rejected before any other processing. */
    public static final int MAX_INPUT_LENGTH = 64;

    private CodeText() {}

    /**
     * Rejects {@code null}, input longer than {@link #MAX_INPUT_LENGTH} and blank text.
     *
     * @return the text with surrounding white space stripped
     */
    public static String read(@Nullable String text, String field) {
        Check.notNull(text, field);
        if (text.length() > MAX_INPUT_LENGTH) {
            throw Check.invalid(field, text,
                    "must be at most " + MAX_INPUT_LENGTH + " characters long, was " + text.length());
        }
        return Check.notBlank(text, field);
    }

    /**
     * Upper-cases ASCII letters and replaces each character of {@code cyrillic} by the character
     * at the same position of {@code latin}.
     */
    public static String toLatin(String text, String cyrillic, String latin) {
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int index = cyrillic.indexOf(c);
            if (index >= 0) {
                c = latin.charAt(index);
            } else if (c >= 'a' && c <= 'z') {
                c = (char) (c - 'a' + 'A');
            }
            result.append(c);
        }
        return result.toString();
    }
}
