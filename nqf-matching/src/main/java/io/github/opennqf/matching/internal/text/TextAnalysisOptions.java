package io.github.opennqf.matching.internal.text;

import io.github.opennqf.internal.Check;

/**
 * How {@link TextAnalysis} analyses text: stemming on or off per language, and the sizes of the
 * character n-grams it adds for Kazakh.
 *
 * <pre>{@code
 * TextAnalysisOptions.DEFAULTS                           // stem en, ru, kk; Kazakh n-grams 3..5
 * TextAnalysisOptions.DEFAULTS.withRussianStemming(false) // to measure whether stemming helps
 * }</pre>
 *
 * <p>Immutable and thread-safe. Gram sizes outside {@code 1..}{@value #MAX_GRAM}, or a maximum
 * below the minimum, get an {@link io.github.opennqf.InvalidValueException}.
 *
 * @param englishStemming whether English terms are stemmed (Porter, then {@link EnglishDerivation})
 * @param russianStemming whether Russian terms are stemmed (Snowball, then {@link RussianDerivation});
 *     stop words go either way
 * @param kazakhStemming whether Kazakh terms are stemmed ({@link KazakhLightStemmer})
 * @param kazakhMinGram the shortest Kazakh character n-gram, counting the word-boundary markers
 * @param kazakhMaxGram the longest Kazakh character n-gram, at least {@code kazakhMinGram}
 * @since 0.1.0
 */
public record TextAnalysisOptions(
        boolean englishStemming,
        boolean russianStemming,
        boolean kazakhStemming,
        int kazakhMinGram,
        int kazakhMaxGram) {
    /** The largest n-gram size allowed. */
    public static final int MAX_GRAM = 10;

    /** Stemming for all three languages; Kazakh n-grams of 3 to 5 characters. */
    public static final TextAnalysisOptions DEFAULTS = new TextAnalysisOptions(true, true, true, 3, 5);

    /** Validates the gram sizes. */
    public TextAnalysisOptions {
        Check.inRange(kazakhMinGram, 1, MAX_GRAM, "kazakhMinGram");
        Check.inRange(kazakhMaxGram, kazakhMinGram, MAX_GRAM, "kazakhMaxGram");
    }

    /**
     * @param stemming whether English terms are stemmed
     * @return a copy with that setting
     */
    public TextAnalysisOptions withEnglishStemming(boolean stemming) {
        return new TextAnalysisOptions(stemming, russianStemming, kazakhStemming, kazakhMinGram, kazakhMaxGram);
    }

    /**
     * @param stemming whether Russian terms are stemmed
     * @return a copy with that setting
     */
    public TextAnalysisOptions withRussianStemming(boolean stemming) {
        return new TextAnalysisOptions(englishStemming, stemming, kazakhStemming, kazakhMinGram, kazakhMaxGram);
    }

    /**
     * @param stemming whether Kazakh terms are stemmed
     * @return a copy with that setting
     */
    public TextAnalysisOptions withKazakhStemming(boolean stemming) {
        return new TextAnalysisOptions(englishStemming, russianStemming, stemming, kazakhMinGram, kazakhMaxGram);
    }

    /**
     * @param minGram the shortest Kazakh n-gram
     * @param maxGram the longest Kazakh n-gram
     * @return a copy with those sizes
     */
    public TextAnalysisOptions withKazakhGrams(int minGram, int maxGram) {
        return new TextAnalysisOptions(englishStemming, russianStemming, kazakhStemming, minGram, maxGram);
    }
}
