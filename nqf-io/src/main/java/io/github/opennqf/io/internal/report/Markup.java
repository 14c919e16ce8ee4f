package io.github.opennqf.io.internal.report;

import java.util.Locale;

/**
 * An HTML (and inline SVG) text being built: markup the caller writes as it is, and text and
 * attribute values that are always escaped. Not thread-safe: one instance per page.
 *
 * <p>Escaping turns {@code & < > " '} into character references, so escaped text can stand in
 * element content and in double- or single-quoted attribute values alike, and replaces the
 * characters HTML forbids (C0 controls other than TAB, LF and CR; DEL and C1 controls;
 * noncharacters; unpaired surrogates) with U+FFFD.
 */
final class Markup {
    private final StringBuilder html = new StringBuilder(16_384);

    /** Appends trusted markup, such as tags with constant attributes. */
    Markup raw(String markup) {
        html.append(markup);
        return this;
    }

    /** Appends text, escaped. */
    Markup text(String text) {
        escapeTo(text, html);
        return this;
    }

    /** Appends {@code <tag class="cls">text</tag>}, the text escaped. */
    Markup element(String tag, String cls, String text) {
        html.append('<').append(tag);
        if (!cls.isEmpty()) {
            html.append(" class=\"").append(cls).append('"');
        }
        html.append('>');
        escapeTo(text, html);
        html.append("</").append(tag).append('>');
        return this;
    }

    /** Appends {@code  name="value"}, the value escaped; for use inside a start tag. */
    Markup attr(String name, String value) {
        html.append(' ').append(name).append("=\"");
        escapeTo(value, html);
        html.append('"');
        return this;
    }

    /** Appends a {@code lang} attribute: the tag, or empty (unknown) for {@code und}. */
    Markup lang(String languageTag) {
        return attr("lang", languageTag.equals("und") ? "" : languageTag);
    }

    /** Appends an integer. */
    Markup number(long value) {
        html.append(value);
        return this;
    }

    @Override
    public String toString() {
        return html.toString();
    }

    /** @return the text escaped for HTML content and attribute values */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        escapeTo(text, sb);
        return sb.toString();
    }

    private static void escapeTo(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n', '\r' -> out.append(c);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        int cp = text.codePointAt(i);
                        if ((cp & 0xFFFE) == 0xFFFE) {
                            out.append('\uFFFD');
                        } else {
                            out.append(c).append(text.charAt(i + 1));
                        }
                        i++;
                    } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c)
                            || (c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** @return the score with two decimals, such as {@code 0.62} */
    static String score(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** @return the share as a whole percentage, such as {@code 55 %} */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f\u00a0%%", share * 100);
    }
}
