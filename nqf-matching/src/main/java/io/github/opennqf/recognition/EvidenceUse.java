package io.github.opennqf.recognition;

import java.util.List;
import java.util.Objects;

/**
 * How one piece of evidence entered an assessment: its weight and how the weight was made, and
 * the ids of the statements drawn from it (what explanations name), or why it was left out.
 *
 * <p>Immutable and thread-safe.
 *
 * @param evidenceId the item
 * @param kind its kind
 * @param counted whether it counts
 * @param weight its weight, in [0, 1]; 0 when not counted
 * @param statementIds the statements drawn from it, possibly none (a recognition result, a diploma
 *     of an unknown program)
 * @param reason how the weight was made, or why it was left out
 * @since 0.1.0
 */
public record EvidenceUse(String evidenceId, EvidenceKind kind, boolean counted, double weight, List<String> statementIds,
        String reason) {
    /** Validates and copies. */
    public EvidenceUse {
        Objects.requireNonNull(evidenceId, "evidenceId");
        Objects.requireNonNull(kind, "kind");
        statementIds = List.copyOf(statementIds);
        Objects.requireNonNull(reason, "reason");
    }
}
