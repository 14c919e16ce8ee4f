package io.github.opennqf.matching;

import io.github.opennqf.standard.Requirement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one requirement of a standard is met by a query (a program, a person's evidence, free text):
 * its score, status, the statements that support it (best first) and whether the score needs review.
 *
 * <p>When no statement reaches the weak threshold, {@link #supports()} holds the single nearest
 * statement (the near miss), if any statement is similar at all.
 *
 * <p>Immutable and thread-safe.
 *
 * @param requirement the requirement
 * @param professionCardId the card it belongs to
 * @param labourFunctionId the labour function it belongs to
 * @param weight its weight in coverage (its own weight, times the essential factor if essential)
 * @param score the best support, in [0, 1]
 * @param status covered, weak or uncovered
 * @param supports the supporting statements, best first; at most three
 * @param confidence whether the score needs review
 * @since 0.1.0
 */
public record RequirementMatch(
        Requirement requirement,
        String professionCardId,
        String labourFunctionId,
        double weight,
        double score,
        CoverageStatus status,
        List<StatementSupport> supports,
        Confidence confidence) {

    /** Validates and copies. */
    public RequirementMatch {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(status, "status");
        supports = List.copyOf(supports);
        Objects.requireNonNull(confidence, "confidence");
    }

    /** @return the best supporting or nearest statement, if any statement is similar at all */
    public Optional<StatementSupport> nearest() {
        return supports.isEmpty() ? Optional.empty() : Optional.of(supports.get(0));
    }
}
