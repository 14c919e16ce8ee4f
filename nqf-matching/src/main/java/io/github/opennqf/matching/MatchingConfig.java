package io.github.opennqf.matching;

import io.github.opennqf.text.LanguagePriority;
import java.util.Objects;

/**
 * Thresholds, weights and policies of a {@link Matcher}, with documented defaults.
 *
 * <pre>{@code
 * MatchingConfig config = MatchingConfig.DEFAULTS
 *         .withCoveredThreshold(0.4)
 *         .withCrossCategoryCredit(0.0);      // knowledge never supports a skill
 * }</pre>
 *
 * <table>
 *   <caption>Settings and defaults</caption>
 *   <tr><th>setting</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code coveredThreshold}</td><td>0.35</td><td>a requirement scoring at least this is covered</td></tr>
 *   <tr><td>{@code weakThreshold}</td><td>0.20</td><td>at least this but below covered is weakly covered; below it, uncovered</td></tr>
 *   <tr><td>{@code essentialFactor}</td><td>2.0</td><td>an essential requirement's weight is multiplied by this in coverage</td></tr>
 *   <tr><td>{@code crossCategoryCredit}</td><td>0.5</td><td>factor on the similarity of an outcome and a requirement of incompatible
 *       categories (knowledge against skill); 1 ignores categories, 0 forbids crossing</td></tr>
 *   <tr><td>{@code belowLevelCap}</td><td>0.5</td><td>the most an outcome below the required level can score for a requirement</td></tr>
 *   <tr><td>{@code reviewMargin}</td><td>0.05</td><td>a score this close to the covered threshold, or a ranked candidate this close to its
 *       runner-up, needs human review</td></tr>
 *   <tr><td>{@code ranking}</td><td>{@link RankingWeights#DEFAULTS}</td><td>how coverage, relevance, titles, whole documents and
 *       BM25 keyword relevance blend into a ranking score</td></tr>
 *   <tr><td>{@code hybridWeight}</td><td>0.5</td><td>with an embedder: the share of embedding similarity in ranking,
 *       on texts in languages the model covers</td></tr>
 *   <tr><td>{@code russianStemming}</td><td>true</td><td>Snowball stemming of Russian text, with verbs and their verbal
 *       nouns conflated ("разрабатывает", "разработка")</td></tr>
 *   <tr><td>{@code kazakhStemming}</td><td>true</td><td>light stemming of Kazakh text (case, possessive and plural
 *       endings), with verb forms conflated ("жобалайды", "жобалау"); character n-grams are added either way</td></tr>
 *   <tr><td>{@code explanationLanguages}</td><td>en, ru, kk</td><td>language of texts quoted in explanations</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe. Values outside their range get an {@link IllegalArgumentException}
 * naming the setting.
 *
 * @param coveredThreshold score from which a requirement counts as covered, in (0, 1]
 * @param weakThreshold score from which a requirement counts as weakly covered, in [0, coveredThreshold]
 * @param essentialFactor weight multiplier of essential requirements, at least 1
 * @param crossCategoryCredit similarity factor across incompatible categories, in [0, 1]
 * @param belowLevelCap the highest score an outcome below the required level can give, in [0, 1]
 * @param reviewMargin closeness that calls for human review, in [0, 1]
 * @param ranking how the ranking signals are blended
 * @param hybridWeight share of the ranking score from embedding similarity, in [0, 1], when an
 *     embedder is set and covers both texts' language; elsewhere the lexical score is used alone
 * @param russianStemming whether Russian text is stemmed
 * @param kazakhStemming whether Kazakh text is stemmed (character n-grams are added either way)
 * @param explanationLanguages languages for texts quoted in explanations
 * @since 0.1.0
 */
public record MatchingConfig(
        double coveredThreshold,
        double weakThreshold,
        double essentialFactor,
        double crossCategoryCredit,
        double belowLevelCap,
        double reviewMargin,
        RankingWeights ranking,
        double hybridWeight,
        boolean russianStemming,
        boolean kazakhStemming,
        LanguagePriority explanationLanguages) {

    /** The documented defaults. */
    public static final MatchingConfig DEFAULTS = new MatchingConfig(0.35, 0.20, 2.0, 0.5, 0.5, 0.05, RankingWeights.DEFAULTS, 0.5,
            true, true, LanguagePriority.ENGLISH_FIRST);

    /** Validates ranges. */
    public MatchingConfig {
        unit(coveredThreshold, "coveredThreshold");
        if (coveredThreshold == 0) {
            throw new IllegalArgumentException("coveredThreshold must be greater than 0");
        }
        unit(weakThreshold, "weakThreshold");
        if (weakThreshold > coveredThreshold) {
            throw new IllegalArgumentException("weakThreshold (" + weakThreshold
                    + ") must not exceed coveredThreshold (" + coveredThreshold + ")");
        }
        if (!(essentialFactor >= 1) || Double.isInfinite(essentialFactor) || essentialFactor > 1000) {
            throw new IllegalArgumentException("essentialFactor must be between 1 and 1000, was " + essentialFactor);
        }
        unit(crossCategoryCredit, "crossCategoryCredit");
        unit(belowLevelCap, "belowLevelCap");
        unit(reviewMargin, "reviewMargin");
        Objects.requireNonNull(ranking, "ranking");
        unit(hybridWeight, "hybridWeight");
        Objects.requireNonNull(explanationLanguages, "explanationLanguages");
    }

    private static void unit(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
        }
    }

    /** @param v the threshold @return a copy with it */
    public MatchingConfig withCoveredThreshold(double v) {
        return new MatchingConfig(v, Math.min(weakThreshold, v), essentialFactor, crossCategoryCredit, belowLevelCap,
                reviewMargin, ranking, hybridWeight, russianStemming, kazakhStemming, explanationLanguages);
    }

    /** @param v the threshold @return a copy with it */
    public MatchingConfig withWeakThreshold(double v) {
        return new MatchingConfig(coveredThreshold, v, essentialFactor, crossCategoryCredit, belowLevelCap,
                reviewMargin, ranking, hybridWeight, russianStemming, kazakhStemming, explanationLanguages);
    }

    /** @param v the factor @return a copy with it */
    public MatchingConfig withEssentialFactor(double v) {
        return new MatchingConfig(coveredThreshold, weakThreshold, v, crossCategoryCredit, belowLevelCap,
                reviewMargin, ranking, hybridWeight, russianStemming, kazakhStemming, explanationLanguages);
    }

    /** @param v the credit @return a copy with it */
    public MatchingConfig withCrossCategoryCredit(double v) {
        return new MatchingConfig(coveredThreshold, weakThreshold, essentialFactor, v, belowLevelCap,
                reviewMargin, ranking, hybridWeight, russianStemming, kazakhStemming, explanationLanguages);
    }

    /** @param v the cap @return a copy with it */
    public MatchingConfig withBelowLevelCap(double v) {
        return new MatchingConfig(coveredThreshold, weakThreshold, essentialFactor, crossCategoryCredit, v,
                reviewMargin, ranking, hybridWeight, russianStemming, kazakhStemming, explanationLanguages);
    }

    /** @param v the margin @return a copy with it */
    public MatchingConfig withReviewMargin(double v) {
        return new MatchingConfig(coveredThreshold, weakThreshold, essentialFactor, crossCategoryCredit, belowLevelCap,
                v, ranking, hybridWeight, russianStemming, kazakhStemming, explanationLanguages);
    }

    /**
     * @param v share of the ranking score taken by embedding similarity when a
     *     {@link SentenceEmbedder} is set and covers both texts' language
     * @return a copy with it
     */
    public MatchingConfig withHybridWeight(double v) {
        return new MatchingConfig(coveredThreshold, weakThreshold, essentialFactor, crossCategoryCredit, belowLevelCap,
                reviewMargin, ranking, v, russianStemming, kazakhStemming, explanationLanguages);
    }

    /** @param v how ranking signals are blended @return a copy with it */
    public MatchingConfig withRanking(RankingWeights v) {
        return new MatchingConfig(coveredThreshold, weakThreshold, essentialFactor, crossCategoryCredit, belowLevelCap,
                reviewMargin, v, hybridWeight, russianStemming, kazakhStemming, explanationLanguages);
    }

    /** @param v whether to stem Russian @return a copy with it */
    public MatchingConfig withRussianStemming(boolean v) {
        return new MatchingConfig(coveredThreshold, weakThreshold, essentialFactor, crossCategoryCredit, belowLevelCap,
                reviewMargin, ranking, hybridWeight, v, kazakhStemming, explanationLanguages);
    }

    /** @param v whether to stem Kazakh @return a copy with it */
    public MatchingConfig withKazakhStemming(boolean v) {
        return new MatchingConfig(coveredThreshold, weakThreshold, essentialFactor, crossCategoryCredit, belowLevelCap,
                reviewMargin, ranking, hybridWeight, russianStemming, v, explanationLanguages);
    }

    /** @param v languages for explanations @return a copy with them */
    public MatchingConfig withExplanationLanguages(LanguagePriority v) {
        return new MatchingConfig(coveredThreshold, weakThreshold, essentialFactor, crossCategoryCredit, belowLevelCap,
                reviewMargin, ranking, hybridWeight, russianStemming, kazakhStemming, v);
    }
}
