package io.github.opennqf.matching.internal.text;

/**
 * Conflates the forms of a Kazakh verb that education and labour texts use, after
 * {@link KazakhLightStemmer}, which leaves verbs alone. Kazakh professional standards name labour
 * actions with the verbal noun in {@code -у} ("Деректер қорын жобалау"), while learning outcomes say
 * the same with the present tense ("жобалайды", "басқарады"), the ability form ("жобалай алады")
 * or a participle ("әзірлеген"). Each becomes the verb's root: {@code жобала}, {@code басқар},
 * {@code әзірле}.
 *
 * <p>The first rule that applies, in this order, is the one taken, once:
 * <ol>
 *   <li>the agent noun {@code -ушы}/{@code -уші}, which the stemmer leaves as {@code -уш}
 *       ({@code тестілеуш → тестіле});</li>
 *   <li>the habitual participle of a verb ending in а or е, {@code -йтын}/{@code -йтін}, which the
 *       stemmer leaves as {@code -йт} ({@code жобалайт → жобала});</li>
 *   <li>the past participle {@code -ған}/{@code -ген}/{@code -қан}/{@code -кен} when at least four
 *       letters remain ({@code әзірлеген → әзірле}; {@code мекен}, "place", stays);</li>
 *   <li>the present tense {@code -ады}/{@code -еді} after a consonant ({@code басқарады → басқар},
 *       {@code жүргізеді → жүргіз}) and {@code -йды}/{@code -йді} after a vowel;</li>
 *   <li>the {@code й} of the present tense and of the ability form after а or е, which is what the
 *       stemmer leaves of {@code -йды} ({@code жобалай → жобала});</li>
 *   <li>the verbal noun {@code -у} ({@code жобалау → жобала}, {@code басқару → басқар}).</li>
 * </ol>
 * No rule leaves fewer than {@value #MIN_ROOT} letters or a root without a vowel, so short words
 * stay whole ({@code оқу}, "study", is not {@code оқ}, "bullet"). The rules are general Kazakh
 * morphology, not a list of words; a noun that merely looks like a verb form gets a shorter term
 * too ({@code жағдай}, "situation", becomes {@code жағда}), which matters only where it meets a
 * different word's root. Left out on purpose: the converb in {@code -а}/{@code -е}
 * ("басқара алады"), because countless nouns end in а and е ("жоба", "мекеме"); the habitual
 * participle after a consonant ({@code басқаратын}, stemmed {@code басқарат}), because as many
 * nouns end in {@code -ат}/{@code -ет} ("ақпарат", "қызмет"); the passive and
 * reflexive voices ("әзірленген"); and the verb-forming {@code -ла}/{@code -ле}
 * ({@code жоспарла} is not reduced to {@code жоспар}, "plan"). The character n-grams added for Kazakh
 * give such pairs partial overlap instead.
 *
 * <p>Stateless and thread-safe; {@link RootFilter} applies it in {@link KazakhAnalyzer}'s chain.
 */
public final class KazakhVerbForms {
    /** The fewest letters a rule may leave. */
    static final int MIN_ROOT = 3;
    /** The fewest letters the past participle rule may leave. */
    private static final int MIN_PARTICIPLE_ROOT = 4;

    private static final String[] PAST_PARTICIPLE = {"ған", "ген", "қан", "кен"};

    private KazakhVerbForms() {}

    /**
     * @param stem a word after {@link KazakhLightStemmer}, lower case
     * @return the verb root it is a form of, or the stem itself
     */
    public static String root(String stem) {
        int n = stem.length();
        if (stem.endsWith("уш")) {
            return cut(stem, 2, MIN_ROOT);
        }
        if (stem.endsWith("айт") || stem.endsWith("ейт")) {
            return cut(stem, 2, MIN_ROOT);
        }
        for (String suffix : PAST_PARTICIPLE) {
            if (stem.endsWith(suffix)) {
                return cut(stem, 3, MIN_PARTICIPLE_ROOT);
            }
        }
        if ((stem.endsWith("ады") || stem.endsWith("еді")) && n > 3 && consonant(stem.charAt(n - 4))) {
            return cut(stem, 3, MIN_ROOT);
        }
        if ((stem.endsWith("йды") || stem.endsWith("йді")) && n > 3 && vowel(stem.charAt(n - 4))) {
            return cut(stem, 3, MIN_ROOT);
        }
        if (n >= 2 && stem.charAt(n - 1) == 'й' && (stem.charAt(n - 2) == 'а' || stem.charAt(n - 2) == 'е')) {
            return cut(stem, 1, MIN_ROOT);
        }
        if (n >= 1 && stem.charAt(n - 1) == 'у') {
            return cut(stem, 1, MIN_ROOT);
        }
        return stem;
    }

    /** The stem without its last {@code letters}, or the stem itself when too little would remain. */
    private static String cut(String stem, int letters, int minRoot) {
        int keep = stem.length() - letters;
        if (keep < minRoot || !hasVowel(stem, keep)) {
            return stem;
        }
        return stem.substring(0, keep);
    }

    private static boolean hasVowel(String s, int len) {
        for (int i = 0; i < len; i++) {
            if (vowel(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean vowel(char c) {
        return KazakhLightStemmer.VOWELS.indexOf(c) >= 0;
    }

    private static boolean consonant(char c) {
        return KazakhLightStemmer.CONSONANTS.indexOf(c) >= 0;
    }
}
