package io.github.opennqf.matching.internal;

/**
 * The pairwise similarity rule shared by ranking, coverage reports and matrices, so that all three
 * give identical numbers: cosine of the statement vectors (1 when the statements share a taxonomy
 * concept), times the cross-category credit when the categories are incompatible, capped at the
 * below-level cap when the outcome is below the requirement's level.
 */
public record Scoring(float crossCategoryCredit, float belowLevelCap) {

    /**
     * @param cosine the dot product of the two normalised vectors
     * @param sharedConcept whether the statements share a concept
     * @param outcomeCategory category mask of the outcome
     * @param requirementCategory category mask of the requirement
     * @param outcomeLevel level key of the outcome
     * @param requirementLevel level key of the requirement
     * @return the similarity in [0, 1]
     */
    float combine(float cosine, boolean sharedConcept, byte outcomeCategory, byte requirementCategory,
            int outcomeLevel, int requirementLevel) {
        float s = sharedConcept ? 1f : Math.min(1f, cosine);
        if ((outcomeCategory & requirementCategory) == 0) {
            s *= crossCategoryCredit;
        }
        if (Corpus.below(outcomeLevel, requirementLevel)) {
            s = Math.min(s, belowLevelCap);
        }
        return s;
    }
}
