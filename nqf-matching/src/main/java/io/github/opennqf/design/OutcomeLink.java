package io.github.opennqf.design;

import io.github.opennqf.internal.Check;
import java.util.List;

/**
 * A link from a designed outcome back to the requirements it serves: which standard, profession
 * card and labour function, and which requirements. An outcome added only to cover a descriptor
 * category of the framework links to no requirement.
 *
 * <p>Immutable and thread-safe. Nulls or blank ids get an
 * {@link io.github.opennqf.InvalidValueException}.
 *
 * @param outcomeId the outcome
 * @param standardCode the standard's code
 * @param professionCardId the profession card
 * @param labourFunctionId the labour function
 * @param requirementIds the requirements the outcome serves; may be empty
 * @since 0.1.0
 */
public record OutcomeLink(String outcomeId, String standardCode, String professionCardId, String labourFunctionId,
        List<String> requirementIds) {
    /** Validates and copies. */
    public OutcomeLink {
        outcomeId = Check.notBlank(outcomeId, "outcomeId");
        standardCode = Check.notBlank(standardCode, "standardCode");
        professionCardId = Check.notBlank(professionCardId, "professionCardId");
        labourFunctionId = Check.notBlank(labourFunctionId, "labourFunctionId");
        requirementIds = Check.listOf(requirementIds, "requirementIds");
        for (int i = 0; i < requirementIds.size(); i++) {
            Check.notBlank(requirementIds.get(i), "requirementIds[" + i + "]");
        }
    }
}
