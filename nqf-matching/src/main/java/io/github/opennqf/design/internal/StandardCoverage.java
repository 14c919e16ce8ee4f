package io.github.opennqf.design.internal;

import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.CoverageStatus;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.StatementSupport;
import io.github.opennqf.matching.RequirementMatch;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a program covers a standard, in the design package's own terms. The one place the design
 * package uses the matcher's result types, so that a change there touches only this class.
 */
public final class StandardCoverage {
    private StandardCoverage() {}

    /** How one requirement is covered. */
    public enum State {
        COVERED,
        WEAK,
        UNCOVERED
    }

    /** One requirement's coverage and the outcome nearest to it. */
    public record RequirementState(Requirement requirement, String cardId, String labourFunctionId, State state,
            @Nullable String nearestOutcomeId) {}

    /** A program's coverage of a standard: the matcher's score and every requirement's state. */
    public record Result(double score, List<RequirementState> requirements) {}

    /**
     * @param matcher a matcher to reuse, or {@code null} to compile one for the standard
     * @return the coverage
     */
    public static Result of(@Nullable Matcher matcher, EducationalProgram program, ProfessionalStandard standard) {
        Matcher m = matcher != null ? matcher : Matcher.builder().standards(List.of(standard)).build();
        CoverageReport report = m.coverage(program, standard);
        List<RequirementState> states = new ArrayList<>();
        for (RequirementMatch match : report.requirements()) {
            State state = match.status() == CoverageStatus.COVERED ? State.COVERED
                    : match.status() == CoverageStatus.WEAK ? State.WEAK : State.UNCOVERED;
            states.add(new RequirementState(match.requirement(), match.professionCardId(), match.labourFunctionId(),
                    state, match.nearest().map(StatementSupport::statementId).orElse(null)));
        }
        return new Result(report.score(), List.copyOf(states));
    }
}
