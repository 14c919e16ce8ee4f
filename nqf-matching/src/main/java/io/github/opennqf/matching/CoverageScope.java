package io.github.opennqf.matching;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.standard.ProfessionalStandard;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which requirements of a standard a coverage report scores: all of them, one profession card's,
 * or one labour function's. Level checks, gaps and explanations work the same for each; the score
 * is the weighted coverage of the requirements in scope.
 *
 * <pre>{@code
 * matcher.coverage(query, standard);                                          // the whole standard
 * matcher.coverage(query, standard, CoverageScope.card("PC-02"));              // one profession card
 * matcher.coverage(query, standard, CoverageScope.labourFunction("PC-02", "LF-1"));
 * }</pre>
 *
 * <p>Immutable and thread-safe. A scope naming a card or function the standard lacks is refused
 * with an {@link InvalidValueException} when used.
 *
 * @param professionCardId the card, or {@code null} for the whole standard
 * @param labourFunctionId the labour function of that card, or {@code null} for the whole card
 * @since 0.1.0
 */
public record CoverageScope(@Nullable String professionCardId, @Nullable String labourFunctionId) {
    /** Every requirement of the standard. */
    public static final CoverageScope WHOLE_STANDARD = new CoverageScope(null, null);

    /** Validates. */
    public CoverageScope {
        if (professionCardId == null && labourFunctionId != null) {
            throw new InvalidValueException("labourFunctionId", labourFunctionId, "needs the profession card it belongs to");
        }
        if (professionCardId != null && professionCardId.isBlank()) {
            throw new InvalidValueException("professionCardId", professionCardId, "must not be blank");
        }
        if (labourFunctionId != null && labourFunctionId.isBlank()) {
            throw new InvalidValueException("labourFunctionId", labourFunctionId, "must not be blank");
        }
    }

    /** @param professionCardId the card @return the requirements of that card */
    public static CoverageScope card(String professionCardId) {
        return new CoverageScope(Objects.requireNonNull(professionCardId, "professionCardId"), null);
    }

    /**
     * @param professionCardId the card
     * @param labourFunctionId one of its labour functions
     * @return the requirements of that labour function
     */
    public static CoverageScope labourFunction(String professionCardId, String labourFunctionId) {
        return new CoverageScope(Objects.requireNonNull(professionCardId, "professionCardId"),
                Objects.requireNonNull(labourFunctionId, "labourFunctionId"));
    }

    /** @return whether this is the whole standard */
    public boolean isWholeStandard() {
        return professionCardId == null;
    }

    /**
     * @param cardId a card's id
     * @param functionId one of its functions' ids
     * @return whether that function's requirements are in scope
     */
    public boolean includes(String cardId, String functionId) {
        return professionCardId == null
                || (professionCardId.equals(cardId) && (labourFunctionId == null || labourFunctionId.equals(functionId)));
    }

    /**
     * @param standard a standard
     * @throws InvalidValueException if the card or function is not in the standard
     */
    public void requireIn(ProfessionalStandard standard) {
        if (professionCardId == null) {
            return;
        }
        var card = standard.professionCard(professionCardId).orElseThrow(() -> new InvalidValueException(
                "professionCardId", professionCardId, "is not a profession card of standard " + standard.code()));
        if (labourFunctionId != null && card.labourFunctions().stream().noneMatch(f -> f.id().equals(labourFunctionId))) {
            throw new InvalidValueException("labourFunctionId", labourFunctionId,
                    "is not a labour function of profession card " + professionCardId + " of standard " + standard.code());
        }
    }

    @Override
    public String toString() {
        return professionCardId == null ? "whole standard"
                : labourFunctionId == null ? "card " + professionCardId
                : "card " + professionCardId + ", labour function " + labourFunctionId;
    }
}
