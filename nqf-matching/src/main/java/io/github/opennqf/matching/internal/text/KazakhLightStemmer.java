package io.github.opennqf.matching.internal.text;

import io.github.opennqf.internal.Check;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;

/**
 * A light stemmer for Kazakh (Cyrillic script): it strips the common inflectional suffixes of
 * nouns so that inflected forms of one word meet on one stem. It is a light stemmer in the sense of
 * Lucene's {@code RussianLightStemmer}, not a morphological analyser: it has no dictionary, does not
 * know parts of speech, leaves verbs alone and may cut a stem that merely looks inflected. What it
 * promises is consistency: the inflected forms below reduce to the stem their base form gets.
 *
 * <pre>{@code
 * KazakhLightStemmer.stem("білімдерін")      // "білім"  (білім-дер-і-н: plural, possessive, accusative)
 * KazakhLightStemmer.stem("бағдарламасының") // "бағдарлама"
 * KazakhLightStemmer.stem("мамандығы")       // "мамандық"
 * KazakhLightStemmer.stem("білім")           // "білім"  (never over-stripped to "біл")
 * }</pre>
 *
 * <h2>What is stripped</h2>
 * Each round strips at most one suffix from each slot, outermost first: a <em>case</em> ending, then
 * a <em>possessive</em>, then a <em>plural</em>; rounds repeat while something was stripped, so a
 * base form that itself looks inflected is reduced the same way whether or not it carries more
 * suffixes. In each slot the longest suffix that fits wins. A suffix fits only when the letter
 * before it is one the suffix really follows (Kazakh picks the suffix's first consonant by the
 * stem's last sound: {@code -лар} after vowels and р, у, й; {@code -дар} after л, з, ж and nasals;
 * {@code -тар} after voiceless consonants), when at least {@value #MIN_STEM_LENGTH} characters
 * remain, and when what remains still has a vowel.
 * <ul>
 *   <li>Case: genitive -ның/-нің, -дың/-дің, -тың/-тің; dative -ға/-ге, -қа/-ке; accusative -ны/-ні,
 *       -ды/-ді, -ты/-ті; locative -да/-де, -та/-те; ablative -дан/-ден, -тан/-тен, -нан/-нен;
 *       instrumental -мен/-бен/-пен; and the locative-relative -дағы/-дегі/-тағы/-тегі ("in the …").
 *       After a third-person possessive the case takes an extra н (accusative -н, dative -на/-не,
 *       locative -нда/-нде, ablative -нан/-нен, -ндағы/-ндегі); these are stripped together with
 *       the possessive ({@code -сына}, {@code -інде}, …) or not at all, so "орын" ("place") keeps
 *       its н.</li>
 *   <li>Possessive: third person -ы/-і (after a consonant other than д, which no Kazakh stem ends
 *       in, so verbs such as "біледі" keep their ending), -сы/-сі (after a vowel other than ы, і, so
 *       "әдісі" is "әдіс" + "і", not "әді" + "сі"); first person plural -ымыз/-іміз, -мыз/-міз;
 *       second person plural -ыңыз/-іңіз, -ңыз/-ңіз.</li>
 *   <li>Plural: -лар/-лер, -дар/-дер, -тар/-тер.</li>
 * </ul>
 * A handful of common words that these rules would cut wrongly are kept whole, and stripping
 * stops when a word has been reduced to one of them: the stems ending in ы, і "дағды", "үлгі",
 * "желі" (so "дағдысы" is "дағды" + "сы"), and "тұлға", "сауда", "мағына", "экзамен",
 * "қазақстан", whose endings look like case suffixes.
 *
 * <p>Finally a stem-final ғ, г or б becomes қ, к or п: Kazakh voices these before a vowel
 * ("мамандық" / "мамандығы", "кітап" / "кітабы"), and the rule is applied to every word so base and
 * inflected forms agree.
 *
 * <h2>What is deliberately not stripped</h2>
 * <ul>
 *   <li>First and second person singular possessives -(ы)м/-(і)м, -(ы)ң/-(і)ң and the dative -а/-е
 *       that follows them: they collide with very common stems ending in м, ң and а ("білім",
 *       "бөлім", "кезең", "бағдарлама"), and formal texts rarely use them.</li>
 *   <li>The verbal noun -у ("бағалау", "тестілеу"): these are dictionary words of outcome texts;
 *       cutting -у only helps when verbs are stemmed too, and it would merge short words
 *       ("қазу" with "қаз").</li>
 *   <li>Derivational suffixes such as -лық/-лік, -шы/-ші, -лы/-лі, -сыз/-сіз: they change meaning
 *       ("қауіпсіз", safe, is not "қауіп", danger).</li>
 *   <li>Verb endings: {@link KazakhVerbForms} follows this stemmer in {@link KazakhAnalyzer} and
 *       brings the forms of a verb to one root.</li>
 *   <li>Vowel-dropping stems ("орын" / "орны"): the character n-grams that {@link TextAnalysis}
 *       adds for Kazakh give such forms partial overlap instead.</li>
 * </ul>
 * Vowel harmony is not checked: loanwords break it, and the consonant rules above already keep
 * most false cuts out.
 *
 * <p>The input must be lower case (put a lower-case filter first). Characters that are not Kazakh
 * Cyrillic letters never match a suffix, so Latin words and numbers come back unchanged.
 *
 * <p>Immutable and thread-safe: the stemmer has no state. A {@code null} word gets an
 * {@link io.github.opennqf.InvalidValueException}.
 *
 * @since 0.1.0
 */
public final class KazakhLightStemmer {
    /** The fewest characters a stem keeps. */
    public static final int MIN_STEM_LENGTH = 3;

    /** Kazakh Cyrillic vowels (у, a glide, is not one here). */
    static final String VOWELS = "аәеёиоөұүыіэюя";
    /** Vowels a third-person -сы/-сі can follow: not ы, і, which end stems in -ыс/-іс instead. */
    private static final String VOWELS_BEFORE_SY = "аәеёиоөұүэюя";
    private static final String NASALS = "мнң";
    private static final String SONORANTS = "лруйзж";
    /** Voiceless consonants, plus the voiced ones that loanwords end in and Kazakh devoices. */
    private static final String VOICELESS = "птқкшсщфхцчһбвгд";
    static final String CONSONANTS = "бвгғджзйклмнңпрстуфхһцчшщ";
    /**
     * Consonants a third-person -ы/-і can follow: not д, which Kazakh does not end a stem in, so
     * "біледі", "қолданады" (verbs) keep their ending.
     */
    private static final String CONSONANTS_BEFORE_I = CONSONANTS.replace("д", "");

    /**
     * Common words of education and labour texts that the rules would cut wrongly; once a word has
     * been reduced to one of these, stripping stops.
     */
    private static final CharArraySet KEPT = CharArraySet.unmodifiableSet(new CharArraySet(List.of(
            "дағды", "үлгі", "желі", // stems ending in ы, і: "дағдысы" is дағды + сы
            "тұлға", "сауда", "мағына", "экзамен", "қазақстан"), false));

    private static final List<Rule> CASE = caseRules();
    private static final List<Rule> POSSESSIVE = possessiveRules();
    private static final List<Rule> PLURAL = pluralRules();

    private static final KazakhLightStemmer INSTANCE = new KazakhLightStemmer();

    /** Creates a stemmer; all instances behave the same. */
    public KazakhLightStemmer() {}

    /**
     * Stems one lower-case word.
     *
     * @param word the word, lower case
     * @return its stem; the word itself when nothing fits
     * @throws io.github.opennqf.InvalidValueException if {@code word} is {@code null}
     */
    public static String stem(String word) {
        Check.notNull(word, "word");
        char[] buffer = word.toCharArray();
        int length = INSTANCE.stem(buffer, buffer.length);
        return new String(buffer, 0, length);
    }

    /**
     * Stems a word held in a buffer, in place, the way Lucene's stemmers do.
     *
     * @param s the buffer; its first {@code len} characters are the word, lower case. A stem-final
     *     ғ, г or б is rewritten in place.
     * @param len the length of the word
     * @return the length of the stem, at most {@code len}
     */
    public int stem(char[] s, int len) {
        int length = len;
        int before;
        do { // ends: every round that goes on has made the word shorter
            before = length;
            length = strip(CASE, s, length);
            length = strip(POSSESSIVE, s, length);
            length = strip(PLURAL, s, length);
        } while (length < before);
        if (length > 0) {
            s[length - 1] = devoiced(s[length - 1]);
        }
        return length;
    }

    private static int strip(List<Rule> rules, char[] s, int len) {
        if (KEPT.contains(s, 0, len)) {
            return len;
        }
        for (Rule rule : rules) {
            int stemLength = len - rule.suffix.length();
            if (stemLength >= MIN_STEM_LENGTH
                    && endsWith(s, len, rule.suffix)
                            && (rule.follows.indexOf(soundBefore(s, stemLength)) >= 0
                            || KEPT.contains(s, 0, stemLength))
                    && hasVowel(s, stemLength)) {
                return stemLength;
            }
        }
        return len;
    }

    private static boolean endsWith(char[] s, int len, String suffix) {
        int start = len - suffix.length();
        for (int i = 0; i < suffix.length(); i++) {
            if (s[start + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The last sound of a stem: its last letter, looking through a soft or hard sign ("модуль"). */
    private static char soundBefore(char[] s, int stemLength) {
        int i = stemLength - 1;
        while (i > 0 && (s[i] == 'ь' || s[i] == 'ъ')) {
            i--;
        }
        return s[i];
    }

    private static boolean hasVowel(char[] s, int len) {
        for (int i = 0; i < len; i++) {
            if (VOWELS.indexOf(s[i]) >= 0 || s[i] == 'у') {
                return true;
            }
        }
        return false;
    }

    private static char devoiced(char c) {
        switch (c) {
            case 'ғ':
                return 'қ';
            case 'г':
                return 'к';
            case 'б':
                return 'п';
            default:
                return c;
        }
    }

    private static List<Rule> caseRules() {
        List<Rule> rules = new ArrayList<>();
        // Third-person possessive + the case forms that only follow it, stripped as one unit.
        for (String possessive : new String[] {"ы", "і", "сы", "сі"}) {
            boolean back = possessive.endsWith("ы");
            String follows = possessive.length() == 1 ? CONSONANTS_BEFORE_I : VOWELS_BEFORE_SY;
            for (String ending : back
                    ? new String[] {"н", "на", "нда", "нан", "ндағы"}
                    : new String[] {"н", "не", "нде", "нен", "ндегі"}) {
                rules.add(new Rule(possessive + ending, follows));
            }
        }
        // Genitive.
        add(rules, VOWELS + NASALS, "ның", "нің");
        add(rules, SONORANTS, "дың", "дің");
        add(rules, VOICELESS, "тың", "тің");
        // Accusative.
        add(rules, VOWELS, "ны", "ні");
        add(rules, SONORANTS + NASALS, "ды", "ді");
        add(rules, VOICELESS, "ты", "ті");
        // Dative.
        add(rules, VOWELS + SONORANTS + NASALS, "ға", "ге");
        add(rules, VOICELESS, "қа", "ке");
        // Locative, and locative-relative ("жүйедегі", "in the system").
        add(rules, VOWELS + SONORANTS + NASALS, "да", "де", "дағы", "дегі");
        add(rules, VOICELESS, "та", "те", "тағы", "тегі");
        // Ablative.
        add(rules, VOWELS + SONORANTS, "дан", "ден");
        add(rules, NASALS, "нан", "нен");
        add(rules, VOICELESS, "тан", "тен");
        // Instrumental.
        add(rules, VOWELS + SONORANTS + NASALS, "мен");
        add(rules, "зж" + NASALS, "бен");
        add(rules, VOICELESS, "пен");
        return sorted(rules);
    }

    private static List<Rule> possessiveRules() {
        List<Rule> rules = new ArrayList<>();
        add(rules, CONSONANTS, "ымыз", "іміз", "ыңыз", "іңіз");
        add(rules, CONSONANTS_BEFORE_I, "ы", "і");
        add(rules, VOWELS, "мыз", "міз", "ңыз", "ңіз");
        add(rules, VOWELS_BEFORE_SY, "сы", "сі");
        return sorted(rules);
    }

    private static List<Rule> pluralRules() {
        List<Rule> rules = new ArrayList<>();
        add(rules, VOWELS + "руй", "лар", "лер");
        add(rules, "лзж" + NASALS, "дар", "дер");
        add(rules, VOICELESS, "тар", "тер");
        return sorted(rules);
    }

    private static void add(List<Rule> rules, String follows, String... suffixes) {
        for (String suffix : suffixes) {
            rules.add(new Rule(suffix, follows));
        }
    }

    /** Longest suffix first; equal lengths keep their order, so the tables read top-down. */
    private static List<Rule> sorted(List<Rule> rules) {
        List<Rule> copy = new ArrayList<>(rules);
        copy.sort(Comparator.comparingInt((Rule rule) -> rule.suffix.length()).reversed());
        return List.copyOf(copy);
    }

    /** A suffix and the last sounds of a stem it can follow. */
    private static final class Rule {
        final String suffix;
        final String follows;

        Rule(String suffix, String follows) {
            this.suffix = suffix;
            this.follows = follows;
        }
    }
}
