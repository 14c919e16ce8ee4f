package io.github.opennqf.design;

import io.github.opennqf.internal.Check;
import io.github.opennqf.text.MultilingualText;
import org.jspecify.annotations.Nullable;

/**
 * The choices of a {@link ProgramDesigner}: the draft program's id and title, its total credits,
 * how credits are shared among modules, how modules are formed, and how many requirements one
 * outcome may serve.
 *
 * <pre>{@code
 * DesignConfig config = DesignConfig.DEFAULTS
 *         .withProgramId("7M06101")
 *         .withTotalCredits(90)                        // a profile master program
 *         .withAllocation(CreditAllocation.EQUAL);
 * }</pre>
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>setting</th><th>default</th><th>why</th></tr>
 *   <tr><td>{@code programId}</td><td>{@code DRAFT-} and the first card's id</td><td>a draft is renamed by its designer</td></tr>
 *   <tr><td>{@code title}</td><td>the cards' titles</td><td>the profession is the program's subject</td></tr>
 *   <tr><td>{@code totalCredits}</td><td>the level's {@link CreditNorm#designDefault()} (240 bachelor, 120 master, 180 doctorate)</td>
 *       <td>the norm of the level; other levels must be given</td></tr>
 *   <tr><td>{@code allocation}</td><td>{@link CreditAllocation#PROPORTIONAL_TO_WEIGHT}</td><td>heavier requirements need more study</td></tr>
 *   <tr><td>{@code grouping}</td><td>{@link ModuleGrouping#PER_LABOUR_FUNCTION}</td><td>a module per coherent part of the work</td></tr>
 *   <tr><td>{@code maxRequirementsPerOutcome}</td><td>3</td><td>keeps each outcome statement short enough to assess and
 *       close enough to each requirement to match it back</td></tr>
 *   <tr><td>{@code minModuleCredits}</td><td>1</td><td>no module without credits; raise it to your institution's minimum</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe. A blank id, credits outside 1..10,000, a maximum outside 1..50 or
 * a minimum module size outside 0..1,000 get an {@link io.github.opennqf.InvalidValueException}.
 *
 * @param programId the draft's id, or {@code null} for {@code DRAFT-} and the first card's id
 * @param title the draft's title, or {@code null} for the cards' titles
 * @param totalCredits the total Kazakh academic credits, or {@code null} for the level's norm
 * @param allocation how credits are shared among modules
 * @param grouping how modules are formed
 * @param maxRequirementsPerOutcome the most requirements one outcome serves, 1 to 50
 * @param minModuleCredits the fewest credits a module gets, 0 to 1,000
 * @since 0.1.0
 */
public record DesignConfig(
        @Nullable String programId,
        @Nullable MultilingualText title,
        @Nullable Integer totalCredits,
        CreditAllocation allocation,
        ModuleGrouping grouping,
        int maxRequirementsPerOutcome,
        int minModuleCredits) {

    /** The defaults in the table above. */
    public static final DesignConfig DEFAULTS = new DesignConfig(null, null, null,
            CreditAllocation.PROPORTIONAL_TO_WEIGHT, ModuleGrouping.PER_LABOUR_FUNCTION, 3, 1);

    /** Validates. */
    public DesignConfig {
        programId = Check.optionalNotBlank(programId, "programId");
        if (totalCredits != null) {
            Check.inRange(totalCredits, 1, 10_000, "totalCredits");
        }
        Check.notNull(allocation, "allocation");
        Check.notNull(grouping, "grouping");
        Check.inRange(maxRequirementsPerOutcome, 1, 50, "maxRequirementsPerOutcome");
        Check.inRange(minModuleCredits, 0, 1_000, "minModuleCredits");
    }

    /** @param value the draft's id, or {@code null} @return a copy with it */
    public DesignConfig withProgramId(@Nullable String value) {
        return new DesignConfig(value, title, totalCredits, allocation, grouping, maxRequirementsPerOutcome,
                minModuleCredits);
    }

    /** @param value the draft's title, or {@code null} @return a copy with it */
    public DesignConfig withTitle(@Nullable MultilingualText value) {
        return new DesignConfig(programId, value, totalCredits, allocation, grouping, maxRequirementsPerOutcome,
                minModuleCredits);
    }

    /** @param value the total credits, or {@code null} for the level's norm @return a copy with it */
    public DesignConfig withTotalCredits(@Nullable Integer value) {
        return new DesignConfig(programId, title, value, allocation, grouping, maxRequirementsPerOutcome,
                minModuleCredits);
    }

    /** @param value how credits are shared @return a copy with it */
    public DesignConfig withAllocation(CreditAllocation value) {
        return new DesignConfig(programId, title, totalCredits, value, grouping, maxRequirementsPerOutcome,
                minModuleCredits);
    }

    /** @param value how modules are formed @return a copy with it */
    public DesignConfig withGrouping(ModuleGrouping value) {
        return new DesignConfig(programId, title, totalCredits, allocation, value, maxRequirementsPerOutcome,
                minModuleCredits);
    }

    /** @param value the most requirements per outcome, 1 to 50 @return a copy with it */
    public DesignConfig withMaxRequirementsPerOutcome(int value) {
        return new DesignConfig(programId, title, totalCredits, allocation, grouping, value, minModuleCredits);
    }

    /** @param value the fewest credits per module, 0 to 1,000 @return a copy with it */
    public DesignConfig withMinModuleCredits(int value) {
        return new DesignConfig(programId, title, totalCredits, allocation, grouping, maxRequirementsPerOutcome,
                value);
    }
}
