package io.github.opennqf.design;

import io.github.opennqf.internal.Check;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import java.util.stream.Collectors;

/**
 * One profession card of a professional standard, chosen as a basis of a program design.
 *
 * <pre>{@code
 * CardSelection.of(standard, "C1").card().title();
 * }</pre>
 *
 * <p>Immutable and thread-safe. A card id the standard does not have gets an
 * {@link io.github.opennqf.InvalidValueException} naming the standard and listing its cards.
 *
 * @param standard the standard
 * @param cardId the id of one of its profession cards
 * @since 0.1.0
 */
public record CardSelection(ProfessionalStandard standard, String cardId) {
    /** Validates that the standard has the card. */
    public CardSelection {
        Check.notNull(standard, "standard");
        cardId = Check.notBlank(cardId, "cardId");
        if (standard.professionCard(cardId).isEmpty()) {
            throw Check.invalid("cardId", cardId, "standard " + standard.code() + " has no profession card '" + cardId
                    + "'; its cards are " + standard.professionCards().stream().map(ProfessionCard::id)
                            .collect(Collectors.joining(", ")));
        }
    }

    /**
     * @param standard the standard
     * @param cardId the id of one of its profession cards
     * @return the selection
     */
    public static CardSelection of(ProfessionalStandard standard, String cardId) {
        return new CardSelection(standard, cardId);
    }

    /** @return the selected card */
    public ProfessionCard card() {
        return standard.professionCard(cardId).orElseThrow();
    }
}
