package io.github.opennqf.matching.internal.text;


/**
 * Conflates a Russian verb with its verbal noun, its participles and related adjectives after
 * Snowball stemming, which keeps them apart: "разрабатывает", "разработка", "разработанный" stem to
 * {@code разрабатыва}, {@code разработк}, {@code разработа}; "тестирует", "тестировать",
 * "тестирование" to {@code тестир}, {@code тестирова}, {@code тестирован}. Professional standards
 * name labour actions with verbal nouns ("Разработка…", "Проведение…") and abilities with
 * infinitives, while learning outcomes mostly use the present tense ("Разрабатывает…"). Each family
 * here becomes one root ({@code разработ}, {@code тест}).
 *
 * <p>Suffixes are removed from the end of the Snowball stem, one at a time, until none of the rules
 * below applies; the first rule that applies, in this order, is the one taken:
 * <ol>
 *   <li>adjectives in {@code -ционн-} become the noun in {@code -ция}, which loses {@code -ац-}
 *       ({@code информацион → информац → информ}, like {@code информир(ует) → информ});</li>
 *   <li>{@code -ован-}, {@code -ова-}, {@code -еван-}, {@code -ева-}: verbs in {@code -овать} and
 *       their nouns and participles ({@code тестирован}, {@code тестирова → тестир};
 *       {@code использован → использ}, as in {@code использ(ует)});</li>
 *   <li>the imperfective suffix {@code -ыва-}/{@code -ива-} ({@code оценива → оцен},
 *       {@code обслуживан → обслуж}); the root vowel о that this suffix turns into а comes back
 *       where a т, тр, вл or nothing follows it ({@code разрабатыва → разработ},
 *       {@code просматрива → просмотр}, {@code подготавлива → подготовл},
 *       {@code настраива → настро}), but not before other consonants ({@code показыва → показ});</li>
 *   <li>{@code -ва-} after а or я in {@code -авать} verbs ({@code создава → созда},
 *       {@code преподаван → препода});</li>
 *   <li>verbal nouns and participles in {@code -ен-}/{@code -ан-} after a consonant
 *       ({@code выполнен → выполн}, {@code создан → созд}, {@code обществен → обществ});</li>
 *   <li>nouns in {@code -ка} after a consonant other than с, or after й, their genitive plural in
 *       {@code -ок} (after a consonant) or {@code -ек}, and adjectives in {@code -очн-}
 *       ({@code разработк}, {@code разработок} {@code → разработ}; {@code оценочн → оцен};
 *       {@code настройк → настрой → настро}, {@code настроек → настро});</li>
 *   <li>present passive participles in {@code -уем-} ({@code контролируем → контролир → контрол});</li>
 *   <li>agent nouns in {@code -чик}, {@code -щик}, {@code -атор}, {@code -тель}, {@code -ист}
 *       ({@code разработчик → разработ}, {@code администратор → администр},
 *       {@code руководител → руководи → руковод}, {@code программист → программ});</li>
 *   <li>adjectives in {@code -н-} after a consonant other than л, н, ь, when at least five
 *       letters remain ({@code программн → программ}, {@code системн → систем}; but
 *       {@code выполн}, {@code специальн} stay), and in {@code -ов-}/{@code -ев-}
 *       ({@code тестов → тест}, {@code отраслев → отрасл});</li>
 *   <li>the verb's theme vowel а, я, е, и, or the у of {@code -уя}, after a consonant
 *       ({@code разработа → разработ}, {@code выполня → выполн}, {@code использу → использ});</li>
 *   <li>й after a vowel ({@code настрой → настро});</li>
 *   <li>the verb-forming {@code -ир-} ({@code тестир → тест}, {@code проектир → проект},
 *       {@code администрир → администр});</li>
 *   <li>the л inserted after б, в, м, п, ф, when at least five letters remain
 *       ({@code осуществл → осуществ}, {@code управл → управ}; {@code подготовл → подготов},
 *       which the {@code -ов-} rule takes on to {@code подгот}, the root of every form of
 *       "подготовка", "подготавливать", "подготовить").</li>
 * </ol>
 * Each example shows one step; a root is what remains when no rule applies.
 * No rule leaves fewer than four letters, so short stems stay as they are ({@code план},
 * {@code знан}, {@code газов}; {@code создан → созд} is as short as a root gets). The rules
 * are general Russian word formation, not a list of words; they conflate some unrelated words that
 * share a form ({@code участок} and {@code участие} both become {@code участ}), rarely among the
 * words of professional standards. Applying {@link #root} to a root gives it back.
 *
 * <p>Stateless and thread-safe; {@link RootFilter} applies it in an analysis chain.
 */
public final class RussianDerivation {
    /** The fewest letters a rule may leave. */
    static final int MIN_ROOT = 4;
    /** The fewest letters the adjectival -н- and the inserted л rules may leave. */
    private static final int MIN_LONG_ROOT = 5;

    private static final String[] OVA = {"ован", "еван", "ова", "ева"};
    private static final String[] IMPERFECTIVE = {"ыван", "иван", "ыва", "ива"};
    private static final String[] VA = {"аван", "яван", "ава", "ява"};
    private static final String[] AGENTS = {"атор", "чик", "щик", "тел", "ист"};
    /** Where a т, тр or вл follows it, the а of an imperfective root was о. */
    private static final String[] ALTERNATING = {"атр", "авл", "ат"};

    private RussianDerivation() {}

    /**
     * @param stem a Snowball Russian stem, lower case, ё folded to е
     * @return its root, or the stem itself
     */
    public static String root(String stem) {
        String current = stem;
        String next = step(current);
        while (!next.equals(current)) {
            current = next;
            next = step(current);
        }
        return current;
    }

    /** Applies the first rule that applies, or returns the stem unchanged. */
    private static String step(String s) {
        int n = s.length();
        if (n <= MIN_ROOT) {
            return s;
        }
        if (s.endsWith("цион") && n - 3 > MIN_ROOT) {
            return s.substring(0, n - 3);
        }
        if (s.endsWith("ац") && n - 2 >= MIN_ROOT) {
            return s.substring(0, n - 2);
        }
        for (String suffix : OVA) {
            if (s.endsWith(suffix) && n - suffix.length() >= MIN_ROOT) {
                return s.substring(0, n - suffix.length());
            }
        }
        for (String suffix : IMPERFECTIVE) {
            if (s.endsWith(suffix) && n - suffix.length() >= MIN_ROOT) {
                return withRootO(s.substring(0, n - suffix.length()));
            }
        }
        for (String suffix : VA) {
            int cut = suffix.length() - 1;
            if (s.endsWith(suffix) && n - cut - 1 >= MIN_ROOT) {
                return s.substring(0, n - cut);
            }
        }
        if ((s.endsWith("ен") || s.endsWith("ан")) && consonantAt(s, n - 3) && n - 2 >= MIN_ROOT) {
            return s.substring(0, n - 2);
        }
        if (s.endsWith("очн") && consonantAt(s, n - 4) && n - 3 >= MIN_ROOT) {
            return s.substring(0, n - 3);
        }
        if ((s.endsWith("ок") && consonantAt(s, n - 3) || s.endsWith("ек")) && n - 2 >= MIN_ROOT) {
            return s.substring(0, n - 2);
        }
        if (s.endsWith("к") && (consonantAt(s, n - 2) && s.charAt(n - 2) != 'с' || s.charAt(n - 2) == 'й')
                && n - 1 >= MIN_ROOT) {
            return s.substring(0, n - 1);
        }
        if (s.endsWith("уем") && n - 3 >= MIN_ROOT) {
            return s.substring(0, n - 3);
        }
        for (String suffix : AGENTS) {
            if (s.endsWith(suffix) && n - suffix.length() >= MIN_ROOT) {
                return s.substring(0, n - suffix.length());
            }
        }
        if (s.endsWith("н") && consonantAt(s, n - 2) && "лн".indexOf(s.charAt(n - 2)) < 0 && n - 1 >= MIN_LONG_ROOT) {
            return s.substring(0, n - 1);
        }
        if ((s.endsWith("ов") || s.endsWith("ев")) && n - 2 >= MIN_ROOT) {
            return s.substring(0, n - 2);
        }
        char last = s.charAt(n - 1);
        if ("аяеиу".indexOf(last) >= 0 && consonantAt(s, n - 2) && n - 1 >= MIN_ROOT) {
            return s.substring(0, n - 1);
        }
        if (last == 'й' && n >= 2 && vowel(s.charAt(n - 2)) && n - 1 >= MIN_ROOT) {
            return s.substring(0, n - 1);
        }
        if (s.endsWith("ир") && n - 2 >= MIN_ROOT) {
            return s.substring(0, n - 2);
        }
        if (last == 'л' && n >= 2 && "бвмпф".indexOf(s.charAt(n - 2)) >= 0 && n - 1 >= MIN_LONG_ROOT) {
            return s.substring(0, n - 1);
        }
        return s;
    }

    /** Restores the root vowel о of an imperfective in -ыва-/-ива- where it became а. */
    private static String withRootO(String root) {
        int n = root.length();
        if (root.charAt(n - 1) == 'а') {
            return root.substring(0, n - 1) + 'о';
        }
        for (String tail : ALTERNATING) {
            if (root.endsWith(tail)) {
                return root.substring(0, n - tail.length()) + 'о' + tail.substring(1);
            }
        }
        return root;
    }

    private static boolean vowel(char c) {
        return "аеиоуыэюя".indexOf(c) >= 0;
    }

    /** Whether the letter at {@code i} is a Russian consonant (not й, ь or ъ). */
    private static boolean consonantAt(String s, int i) {
        if (i < 0) {
            return false;
        }
        char c = s.charAt(i);
        return c >= 'а' && c <= 'я' && !vowel(c) && c != 'й' && c != 'ь' && c != 'ъ';
    }
}
