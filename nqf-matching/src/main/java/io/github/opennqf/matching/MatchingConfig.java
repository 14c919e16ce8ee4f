package io.github.opennqf.matching;

import io.github.opennqf.text.LanguagePriority;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thresholds, weights and policies of a {@link Matcher}, with documented defaults.
 *
 * <pre>{@code
 * MatchingConfig config = MatchingConfig.builder()
 *         .coveredThreshold(0.4)
 *         .weakThreshold(0.25)
 *         .crossCategoryCredit(0.0)           // knowledge never supports a skill
 *         .build();
 * MatchingConfig lexicalRussian = MatchingConfig.DEFAULTS.withRussianStemming(false);   // one change
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
 * <p>Immutable and thread-safe; equal when every setting is equal. Values outside their range get
 * an {@link IllegalArgumentException} naming the setting. Settings that depend on each other are
 * checked together and never adjusted silently: a weak threshold above the covered threshold is
 * refused, whether it comes from {@link Builder#build()} or from a {@code withX} copy (to move
 * both, use {@link #toBuilder()}). New settings are added to the builder, so code written against
 * this class keeps compiling.
 *
 * @since 0.1.0
 */
public final class MatchingConfig {

    /** The documented defaults. */
    public static final MatchingConfig DEFAULTS = new Builder().build();

    private final double coveredThreshold;
    private final double weakThreshold;
    private final double essentialFactor;
    private final double crossCategoryCredit;
    private final double belowLevelCap;
    private final double reviewMargin;
    private final RankingWeights ranking;
    private final double hybridWeight;
    private final boolean russianStemming;
    private final boolean kazakhStemming;
    private final LanguagePriority explanationLanguages;

    private MatchingConfig(Builder b) {
        unit(b.coveredThreshold, "coveredThreshold");
        if (b.coveredThreshold == 0) {
            throw new IllegalArgumentException("coveredThreshold must be greater than 0");
        }
        unit(b.weakThreshold, "weakThreshold");
        if (b.weakThreshold > b.coveredThreshold) {
            throw new IllegalArgumentException("weakThreshold (" + b.weakThreshold
                    + ") must not exceed coveredThreshold (" + b.coveredThreshold
                    + "); to change both, set both on MatchingConfig.builder() or toBuilder()");
        }
        if (!(b.essentialFactor >= 1) || Double.isInfinite(b.essentialFactor) || b.essentialFactor > 1000) {
            throw new IllegalArgumentException("essentialFactor must be between 1 and 1000, was " + b.essentialFactor);
        }
        unit(b.crossCategoryCredit, "crossCategoryCredit");
        unit(b.belowLevelCap, "belowLevelCap");
        unit(b.reviewMargin, "reviewMargin");
        unit(b.hybridWeight, "hybridWeight");
        this.coveredThreshold = b.coveredThreshold;
        this.weakThreshold = b.weakThreshold;
        this.essentialFactor = b.essentialFactor;
        this.crossCategoryCredit = b.crossCategoryCredit;
        this.belowLevelCap = b.belowLevelCap;
        this.reviewMargin = b.reviewMargin;
        this.ranking = b.ranking;
        this.hybridWeight = b.hybridWeight;
        this.russianStemming = b.russianStemming;
        this.kazakhStemming = b.kazakhStemming;
        this.explanationLanguages = b.explanationLanguages;
    }

    private static void unit(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
        }
    }

    /** @return a builder holding the defaults; builders are not thread-safe */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this configuration's settings */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the score from which a requirement counts as covered, in (0, 1] */
    public double coveredThreshold() {
        return coveredThreshold;
    }

    /** @return the score from which a requirement counts as weakly covered, in [0, coveredThreshold] */
    public double weakThreshold() {
        return weakThreshold;
    }

    /** @return the weight multiplier of essential requirements, at least 1 */
    public double essentialFactor() {
        return essentialFactor;
    }

    /** @return the similarity factor across incompatible categories, in [0, 1] */
    public double crossCategoryCredit() {
        return crossCategoryCredit;
    }

    /** @return the highest score a statement below the required level can give, in [0, 1] */
    public double belowLevelCap() {
        return belowLevelCap;
    }

    /** @return the closeness that calls for human review, in [0, 1] */
    public double reviewMargin() {
        return reviewMargin;
    }

    /** @return how the ranking signals are blended */
    public RankingWeights ranking() {
        return ranking;
    }

    /**
     * @return the share of the ranking score from embedding similarity, in [0, 1], when an embedder
     *     is set and covers both texts' language; elsewhere the lexical score is used alone
     */
    public double hybridWeight() {
        return hybridWeight;
    }

    /** @return whether Russian text is stemmed */
    public boolean russianStemming() {
        return russianStemming;
    }

    /** @return whether Kazakh text is stemmed (character n-grams are added either way) */
    public boolean kazakhStemming() {
        return kazakhStemming;
    }

    /** @return the languages for texts quoted in explanations */
    public LanguagePriority explanationLanguages() {
        return explanationLanguages;
    }

    /**
     * @param v the threshold
     * @return a copy with it
     * @throws IllegalArgumentException if it is below the weak threshold (set both with {@link #toBuilder()})
     */
    public MatchingConfig withCoveredThreshold(double v) {
        return toBuilder().coveredThreshold(v).build();
    }

    /** @param v the threshold @return a copy with it @throws IllegalArgumentException if above the covered threshold */
    public MatchingConfig withWeakThreshold(double v) {
        return toBuilder().weakThreshold(v).build();
    }

    /** @param v the factor @return a copy with it */
    public MatchingConfig withEssentialFactor(double v) {
        return toBuilder().essentialFactor(v).build();
    }

    /** @param v the credit @return a copy with it */
    public MatchingConfig withCrossCategoryCredit(double v) {
        return toBuilder().crossCategoryCredit(v).build();
    }

    /** @param v the cap @return a copy with it */
    public MatchingConfig withBelowLevelCap(double v) {
        return toBuilder().belowLevelCap(v).build();
    }

    /** @param v the margin @return a copy with it */
    public MatchingConfig withReviewMargin(double v) {
        return toBuilder().reviewMargin(v).build();
    }

    /**
     * @param v share of the ranking score taken by embedding similarity when a
     *     {@link SentenceEmbedder} is set and covers both texts' language
     * @return a copy with it
     */
    public MatchingConfig withHybridWeight(double v) {
        return toBuilder().hybridWeight(v).build();
    }

    /** @param v how ranking signals are blended @return a copy with it */
    public MatchingConfig withRanking(RankingWeights v) {
        return toBuilder().ranking(v).build();
    }

    /** @param v whether to stem Russian @return a copy with it */
    public MatchingConfig withRussianStemming(boolean v) {
        return toBuilder().russianStemming(v).build();
    }

    /** @param v whether to stem Kazakh @return a copy with it */
    public MatchingConfig withKazakhStemming(boolean v) {
        return toBuilder().kazakhStemming(v).build();
    }

    /** @param v languages for explanations @return a copy with them */
    public MatchingConfig withExplanationLanguages(LanguagePriority v) {
        return toBuilder().explanationLanguages(v).build();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof MatchingConfig c
                && Double.compare(coveredThreshold, c.coveredThreshold) == 0
                && Double.compare(weakThreshold, c.weakThreshold) == 0
                && Double.compare(essentialFactor, c.essentialFactor) == 0
                && Double.compare(crossCategoryCredit, c.crossCategoryCredit) == 0
                && Double.compare(belowLevelCap, c.belowLevelCap) == 0
                && Double.compare(reviewMargin, c.reviewMargin) == 0
                && ranking.equals(c.ranking)
                && Double.compare(hybridWeight, c.hybridWeight) == 0
                && russianStemming == c.russianStemming
                && kazakhStemming == c.kazakhStemming
                && explanationLanguages.equals(c.explanationLanguages);
    }

    @Override
    public int hashCode() {
        return Objects.hash(coveredThreshold, weakThreshold, essentialFactor, crossCategoryCredit, belowLevelCap,
                reviewMargin, ranking, hybridWeight, russianStemming, kazakhStemming, explanationLanguages);
    }

    @Override
    public String toString() {
        return "MatchingConfig[coveredThreshold=" + coveredThreshold + ", weakThreshold=" + weakThreshold
                + ", essentialFactor=" + essentialFactor + ", crossCategoryCredit=" + crossCategoryCredit
                + ", belowLevelCap=" + belowLevelCap + ", reviewMargin=" + reviewMargin + ", ranking=" + ranking
                + ", hybridWeight=" + hybridWeight + ", russianStemming=" + russianStemming
                + ", kazakhStemming=" + kazakhStemming + ", explanationLanguages=" + explanationLanguages + "]";
    }

    /**
     * Collects settings, starting from the defaults; {@link #build()} checks them all together.
     * Not thread-safe; the configuration it builds is.
     */
    public static final class Builder {
        private double coveredThreshold = 0.35;
        private double weakThreshold = 0.20;
        private double essentialFactor = 2.0;
        private double crossCategoryCredit = 0.5;
        private double belowLevelCap = 0.5;
        private double reviewMargin = 0.05;
        private RankingWeights ranking = RankingWeights.DEFAULTS;
        private double hybridWeight = 0.5;
        private boolean russianStemming = true;
        private boolean kazakhStemming = true;
        private LanguagePriority explanationLanguages = LanguagePriority.ENGLISH_FIRST;

        private Builder() {}

        private Builder(MatchingConfig c) {
            coveredThreshold = c.coveredThreshold;
            weakThreshold = c.weakThreshold;
            essentialFactor = c.essentialFactor;
            crossCategoryCredit = c.crossCategoryCredit;
            belowLevelCap = c.belowLevelCap;
            reviewMargin = c.reviewMargin;
            ranking = c.ranking;
            hybridWeight = c.hybridWeight;
            russianStemming = c.russianStemming;
            kazakhStemming = c.kazakhStemming;
            explanationLanguages = c.explanationLanguages;
        }

        /** @param v score from which a requirement counts as covered, in (0, 1] @return this builder */
        public Builder coveredThreshold(double v) {
            coveredThreshold = v;
            return this;
        }

        /** @param v score from which a requirement counts as weakly covered, in [0, coveredThreshold] @return this builder */
        public Builder weakThreshold(double v) {
            weakThreshold = v;
            return this;
        }

        /** @param v weight multiplier of essential requirements, in [1, 1000] @return this builder */
        public Builder essentialFactor(double v) {
            essentialFactor = v;
            return this;
        }

        /** @param v similarity factor across incompatible categories, in [0, 1] @return this builder */
        public Builder crossCategoryCredit(double v) {
            crossCategoryCredit = v;
            return this;
        }

        /** @param v the highest score a statement below the required level can give, in [0, 1] @return this builder */
        public Builder belowLevelCap(double v) {
            belowLevelCap = v;
            return this;
        }

        /** @param v closeness that calls for human review, in [0, 1] @return this builder */
        public Builder reviewMargin(double v) {
            reviewMargin = v;
            return this;
        }

        /** @param v how the ranking signals are blended @return this builder */
        public Builder ranking(RankingWeights v) {
            ranking = Objects.requireNonNull(v, "ranking");
            return this;
        }

        /** @param v share of the ranking score from embedding similarity, in [0, 1] @return this builder */
        public Builder hybridWeight(double v) {
            hybridWeight = v;
            return this;
        }

        /** @param v whether Russian text is stemmed @return this builder */
        public Builder russianStemming(boolean v) {
            russianStemming = v;
            return this;
        }

        /** @param v whether Kazakh text is stemmed @return this builder */
        public Builder kazakhStemming(boolean v) {
            kazakhStemming = v;
            return this;
        }

        /** @param v languages for texts quoted in explanations @return this builder */
        public Builder explanationLanguages(LanguagePriority v) {
            explanationLanguages = Objects.requireNonNull(v, "explanationLanguages");
            return this;
        }

        /**
         * @return the configuration
         * @throws IllegalArgumentException naming the setting, if one is out of range or the two
         *     thresholds are out of order
         */
        public MatchingConfig build() {
            return new MatchingConfig(this);
        }
    }
}
