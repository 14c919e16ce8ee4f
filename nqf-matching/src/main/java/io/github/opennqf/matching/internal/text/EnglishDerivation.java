package io.github.opennqf.matching.internal.text;

import org.tartarus.snowball.ext.PorterStemmer;

/**
 * Conflates a field of study with the name of its practitioner after Porter stemming, which keeps
 * them apart: "biology" and "biologist" stem to {@code biologi} and {@code biologist}, "history"
 * and "historian" to {@code histori} and {@code historian}. Both become one root:
 * <ul>
 *   <li>agent nouns lose {@code -ist} ({@code biologist → biolog}, {@code chemist → chem}) and
 *       {@code -ian} becomes {@code -i} ({@code historian → histori}, {@code librarian → librari});
 *       {@code -ician} is re-stemmed as {@code -ic} ({@code mathematician → mathemat},
 *       {@code technician → technic});</li>
 *   <li>field names lose the {@code -i} Porter leaves of a final y after {@code log}, {@code graph},
 *       {@code soph}, {@code nom}, {@code metr}, {@code iatr}, {@code ap}, {@code ac}
 *       ({@code biologi → biolog}, {@code pharmaci → pharmac}), and {@code -istri} becomes the agent's
 *       root ({@code chemistri → chem}, {@code dentistri → dent}).</li>
 * </ul>
 * Roots shorter than four letters, and {@code -ist} roots ending in s ("assist", "consist"), are
 * left alone. Stateless and thread-safe; {@link RootFilter} applies it in an analysis chain.
 */
public final class EnglishDerivation {
    private static final String[] FIELD_ENDINGS = {"logi", "graphi", "sophi", "nomi", "metri", "iatri", "api", "aci"};
    private static final int MIN_ROOT = 4;

    private EnglishDerivation() {}

    /**
     * @param stem a Porter stem
     * @return its root, or the stem itself
     */
    public static String root(String stem) {
        int n = stem.length();
        if (stem.endsWith("ician")) {
            String restemmed = porter(stem.substring(0, n - 3));
            return restemmed.length() >= 7 ? root(restemmed) : stem;
        }
        if (stem.endsWith("istri") && n - 5 >= MIN_ROOT) {
            return agentRoot(stem.substring(0, n - 2), stem);
        }
        if (stem.endsWith("ist")) {
            return agentRoot(stem, stem);
        }
        if (stem.endsWith("ian") && n - 3 >= MIN_ROOT) {
            return stem.substring(0, n - 2);
        }
        for (String ending : FIELD_ENDINGS) {
            if (stem.endsWith(ending) && n - 1 >= MIN_ROOT + 1) {
                return stem.substring(0, n - 1);
            }
        }
        return stem;
    }

    private static String agentRoot(String ist, String fallback) {
        String rest = ist.substring(0, ist.length() - 3);
        if (rest.length() < MIN_ROOT || rest.endsWith("s")) {
            return fallback;
        }
        return porter(rest);
    }

    private static String porter(String word) {
        PorterStemmer stemmer = new PorterStemmer();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
