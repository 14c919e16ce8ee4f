package io.github.opennqf.matching;

import io.github.opennqf.internal.Check;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * Tells Kazakh, Russian and English text apart by the letters it is written in, for texts that
 * come without a language tag.
 *
 * <pre>{@code
 * LanguageDetector.detect("Деректер қорын жобалау білімі");                // "kk"
 * LanguageDetector.detect("Разработка программного обеспечения");         // "ru"
 * LanguageDetector.detect("Develop and test software");                   // "en"
 * LanguageDetector.detect("2025");                                        // "und"
 * LanguageDetector.detect("2025", "kk");                                  // "kk"
 * }</pre>
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>Only letters count; digits, punctuation, symbols and emoji are ignored.</li>
 *   <li>Letters are counted per script: Cyrillic, Latin and any other script. The script with the
 *       most letters wins; a tie between Cyrillic and Latin goes to Cyrillic (Kazakh and Russian
 *       texts often quote English terms such as "SQL", rarely the other way round). Another script
 *       wins only with strictly more letters than both, and then the result is {@code "und"}.</li>
 *   <li>A mostly Cyrillic text with any Kazakh-specific letter (ә ғ қ ң ө ұ ү һ і, either case) is
 *       Kazakh ({@code "kk"}); without one it is Russian ({@code "ru"}). A mostly Latin text is
 *       English ({@code "en"}).</li>
 *   <li>Fewer than {@value #MIN_LETTERS} letters in the winning script is too little evidence:
 *       {@code "und"}.</li>
 * </ol>
 *
 * <p>Known limits, by design of a letter-based detector: a short Kazakh phrase written only with
 * letters shared with Russian ("Деректер базасы") is detected as Russian; Ukrainian, whose
 * {@code і} is the same character as Kazakh {@code і}, is detected as Kazakh; a Russian text that
 * quotes one Kazakh name ("ул. Әуезова") is detected as Kazakh. Callers that know the language
 * should pass it rather than detect it.
 *
 * <p>Immutable and thread-safe (static methods, no state). A {@code null} text or an ill-formed
 * fallback tag gets an {@link io.github.opennqf.InvalidValueException}; any other text, however
 * long or odd, gets an answer.
 *
 * @since 0.1.0
 */
public final class LanguageDetector {
    /** BCP 47 tag for Kazakh. */
    public static final String KAZAKH = "kk";
    /** BCP 47 tag for Russian. */
    public static final String RUSSIAN = "ru";
    /** BCP 47 tag for English. */
    public static final String ENGLISH = "en";
    /** BCP 47 tag for an undetermined language. */
    public static final String UNDETERMINED = "und";
    /** The fewest letters of the winning script that still count as evidence. */
    public static final int MIN_LETTERS = 2;

    private LanguageDetector() {}

    /**
     * Detects the language of a text.
     *
     * @param text the text; may be empty
     * @return {@code "kk"}, {@code "ru"}, {@code "en"} or {@code "und"} (no letters, too few letters,
     *     or mostly another script)
     * @throws io.github.opennqf.InvalidValueException if {@code text} is {@code null}
     */
    public static String detect(CharSequence text) {
        Check.notNull(text, "text");
        int cyrillic = 0;
        int latin = 0;
        int other = 0;
        boolean kazakhLetter = false;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript script = scriptOfLetter(cp);
            if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
                kazakhLetter |= isKazakhSpecific(cp);
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            } else {
                other++;
            }
        }
        if (other > cyrillic && other > latin) {
            return UNDETERMINED;
        }
        if (cyrillic >= latin) {
            if (cyrillic < MIN_LETTERS) {
                return UNDETERMINED;
            }
            return kazakhLetter ? KAZAKH : RUSSIAN;
        }
        return latin < MIN_LETTERS ? UNDETERMINED : ENGLISH;
    }

    /**
     * {@link Character.UnicodeScript#of} for a letter, without its table search for the letters of
     * the two scripts these texts are written in: every letter below U+0250 (Basic Latin, Latin-1,
     * Latin Extended-A and -B) is Latin, and every letter of the Cyrillic block (U+0400 to U+04FF)
     * is Cyrillic. {@code LanguageDetectorTest} checks this against the JDK for every letter.
     */
    static Character.UnicodeScript scriptOfLetter(int letter) {
        if (letter < 0x250) {
            return letter < 0x80 || letter >= 0xC0 ? Character.UnicodeScript.LATIN : Character.UnicodeScript.of(letter);
        }
        if (letter >= 0x400 && letter <= 0x4FF) {
            return Character.UnicodeScript.CYRILLIC;
        }
        return Character.UnicodeScript.of(letter);
    }

    /**
     * Detects the language of a text, answering {@code fallbackTag} instead of {@code "und"}.
     *
     * @param text the text; may be empty
     * @param fallbackTag a well-formed BCP 47 tag to return when the language is undetermined
     * @return {@code "kk"}, {@code "ru"}, {@code "en"}, or the fallback tag in canonical case
     *     ({@code "EN"} becomes {@code "en"})
     * @throws io.github.opennqf.InvalidValueException if {@code text} is {@code null}, or the
     *     fallback tag is {@code null}, blank or not well-formed BCP 47
     */
    public static String detect(CharSequence text, String fallbackTag) {
        String fallback = canonicalTag(fallbackTag);
        String detected = detect(text);
        return detected.equals(UNDETERMINED) ? fallback : detected;
    }

    /**
     * Whether a code point is one of the Cyrillic letters Kazakh has and Russian has not:
     * ә ғ қ ң ө ұ ү һ і, in either case.
     *
     * @param codePoint a Unicode code point
     * @return {@code true} for a Kazakh-specific letter
     */
    public static boolean isKazakhSpecific(int codePoint) {
        switch (codePoint) {
            case 'ә': case 'Ә':
            case 'ғ': case 'Ғ':
            case 'қ': case 'Қ':
            case 'ң': case 'Ң':
            case 'ө': case 'Ө':
            case 'ұ': case 'Ұ':
            case 'ү': case 'Ү':
            case 'һ': case 'Һ':
            case 'і': case 'І':
                return true;
            default:
                return false;
        }
    }

    private static String canonicalTag(String tag) {
        String stripped = Check.notBlank(tag, "fallbackTag");
        try {
            return new Locale.Builder().setLanguageTag(stripped.replace('_', '-')).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw Check.invalid("fallbackTag", tag, "is not a well-formed BCP 47 language tag");
        }
    }
}
