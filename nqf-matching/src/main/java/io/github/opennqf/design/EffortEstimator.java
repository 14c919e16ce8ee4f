package io.github.opennqf.design;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.design.internal.OutcomeGroup;
import io.github.opennqf.design.internal.Programs;
import io.github.opennqf.design.internal.StandardCoverage;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.internal.Check;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.program.CreditSystem;
import io.github.opennqf.program.Credits;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Estimates the labour of developing a new program, or of aligning an existing one with a
 * professional standard, listing every component so a user can check it.
 *
 * <pre>{@code
 * EffortEstimator estimator = EffortEstimator.withDefaults();
 * EffortEstimate align = estimator.estimate(program, standard);          // existing program
 * EffortEstimate build = estimator.estimateNew(design.program());        // a new program from a skeleton
 * System.out.printf("%.0f person-hours (%.1f days)%n", align.totalHours(), align.totalDays());
 * }</pre>
 *
 * <p>Aligning a program with a standard counts, from the matcher's coverage of the standard and
 * from {@link ProgramQualityCheck}:
 * <ul>
 *   <li><b>outcomes to add</b>: the uncovered requirements, grouped as {@link ProgramDesigner}
 *       groups them (per labour function and group, at most
 *       {@link EffortModel#requirementsPerOutcome()} per outcome);</li>
 *   <li><b>outcomes to rewrite</b>: the nearest outcomes of weakly covered requirements, and the
 *       outcomes QA finds worded below the level, each counted once;</li>
 *   <li><b>modules to add</b>: one per {@link EffortModel#outcomesPerModule()} outcomes to add;</li>
 *   <li><b>credits to develop</b>: the program's credits times the weighted share of uncovered
 *       requirements plus {@link EffortModel#weakRedevelopmentShare()} of the weakly covered ones,
 *       at the level's {@linkplain EffortModel#developmentHoursPerCredit(int) hours per credit};</li>
 *   <li><b>expert review</b> of the outcomes added or rewritten and of the modules added, by
 *       {@link EffortModel#experts()} experts in {@link EffortModel#reviewRounds()} rounds.</li>
 * </ul>
 * A program that covers every requirement and has no outcome below its level needs nothing: every
 * component is zero. A new program counts all its outcomes and modules as to add and all its
 * credits as to develop.
 *
 * <p>Immutable and thread-safe. A program without a level or outcomes, at an unknown level, or
 * with no credits and no norm for its level gets an {@link InvalidValueException} saying which
 * and why.
 *
 * @since 0.1.0
 */
public final class EffortEstimator {
    private final EffortModel model;
    private final ProgramQualityCheck qualityCheck;
    private final @Nullable Matcher matcher;

    private EffortEstimator(Builder b) {
        this.model = b.model;
        this.qualityCheck = b.qualityCheck;
        this.matcher = b.matcher;
    }

    /** @return an estimator with {@link EffortModel#DEFAULTS} and the bundled QA data */
    public static EffortEstimator withDefaults() {
        return builder().build();
    }

    /** @return a builder; builders are not thread-safe */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the model */
    public EffortModel model() {
        return model;
    }

    /**
     * Estimates the work to align a program with a standard.
     *
     * @param program the program, with a level and outcomes
     * @param standard the standard
     * @return the estimate
     */
    public EffortEstimate estimate(EducationalProgram program, ProfessionalStandard standard) {
        Check.notNull(program, "program");
        Check.notNull(standard, "standard");
        Programs.requireLevel(program, "an effort estimate");
        Programs.requireOutcomes(program, "an effort estimate");
        QaReport qa = qualityCheck.check(program);
        LevelRef level = qa.level();
        int rank = level.level().rank();
        int credits = credits(program, level);
        StandardCoverage.Result coverage = StandardCoverage.of(matcher, program, standard);

        Map<String, Integer> uncoveredGroups = new LinkedHashMap<>();
        Set<String> rewrite = new LinkedHashSet<>();
        double total = 0;
        double toDevelop = 0;
        int uncovered = 0;
        int weak = 0;
        for (StandardCoverage.RequirementState r : coverage.requirements()) {
            double w = r.requirement().weight();
            total += w;
            if (r.state() == StandardCoverage.State.UNCOVERED) {
                uncovered++;
                toDevelop += w;
                uncoveredGroups.merge(r.cardId() + "\u0000" + r.labourFunctionId() + "\u0000"
                        + OutcomeGroup.of(r.requirement().category()), 1, Integer::sum);
            } else if (r.state() == StandardCoverage.State.WEAK) {
                weak++;
                toDevelop += model.weakRedevelopmentShare() * w;
                if (r.nearestOutcomeId() != null) {
                    rewrite.add(r.nearestOutcomeId());
                }
            }
        }
        int belowLevel = 0;
        for (OutcomeWording wording : qa.wordings()) {
            if (wording.fit() == OutcomeWording.Fit.BELOW && rewrite.add(wording.outcomeId())) {
                belowLevel++;
            }
        }
        int toAdd = 0;
        for (int n : uncoveredGroups.values()) {
            toAdd += (n + model.requirementsPerOutcome() - 1) / model.requirementsPerOutcome();
        }
        int modules = (toAdd + model.outcomesPerModule() - 1) / model.outcomesPerModule();
        double share = total == 0 ? 0 : toDevelop / total;
        double creditsToDevelop = Math.round(credits * share * 100) / 100.0;

        List<EffortItem> items = new ArrayList<>();
        items.add(EffortItem.of("outcomes to add", EffortRole.DESIGNER, toAdd, "outcome", model.hoursToWriteOutcome(),
                uncovered + " uncovered requirements of " + standard.code() + ", grouped per labour function and"
                        + " category, at most " + model.requirementsPerOutcome() + " per outcome"));
        items.add(EffortItem.of("outcomes to rewrite", EffortRole.DESIGNER, rewrite.size(), "outcome",
                model.hoursToRewriteOutcome(), (rewrite.size() - belowLevel) + " nearest outcomes of " + weak
                        + " weakly covered requirements, and " + belowLevel + " more worded below level " + rank));
        items.add(EffortItem.of("modules to add", EffortRole.DESIGNER, modules, "module", model.hoursToDesignModule(),
                "one module per " + model.outcomesPerModule() + " outcomes to add"));
        items.add(EffortItem.of("credits to develop", EffortRole.DESIGNER, creditsToDevelop, "credit",
                model.developmentHoursPerCredit(rank), String.format(Locale.ROOT,
                        "%d credits × %.1f%% (uncovered weight, plus %.0f%% of weakly covered weight); %.1f h per"
                                + " credit at level %d", credits, share * 100, model.weakRedevelopmentShare() * 100,
                        model.developmentHoursPerCredit(rank), rank)));
        reviews(items, toAdd + rewrite.size(), modules);
        return new EffortEstimate(program.id(), standard.code(), level, Math.min(1, Math.max(0, coverage.score())),
                items, model);
    }

    /**
     * Estimates the work to develop a new program, such as a {@link ProgramDesigner} skeleton:
     * every outcome and module to write, every credit to develop.
     *
     * @param program the program, with a level and outcomes
     * @return the estimate
     */
    public EffortEstimate estimateNew(EducationalProgram program) {
        Check.notNull(program, "program");
        LevelRef level = Programs.requireLevel(program, "an effort estimate");
        Programs.requireOutcomes(program, "an effort estimate");
        int rank = level.level().rank();
        int credits = credits(program, level);
        int outcomes = program.outcomes().size();
        int modules = program.modules().size();
        List<EffortItem> items = new ArrayList<>();
        items.add(EffortItem.of("outcomes to add", EffortRole.DESIGNER, outcomes, "outcome",
                model.hoursToWriteOutcome(), "every outcome of the new program"));
        items.add(EffortItem.of("outcomes to rewrite", EffortRole.DESIGNER, 0, "outcome",
                model.hoursToRewriteOutcome(), "none: a new program is written, not rewritten"));
        items.add(EffortItem.of("modules to add", EffortRole.DESIGNER, modules, "module", model.hoursToDesignModule(),
                "every module of the new program"));
        items.add(EffortItem.of("credits to develop", EffortRole.DESIGNER, credits, "credit",
                model.developmentHoursPerCredit(rank), "all " + credits + " credits; "
                        + model.developmentHoursPerCredit(rank) + " h per credit at level " + rank));
        reviews(items, outcomes, modules);
        return new EffortEstimate(program.id(), null, level, null, items, model);
    }

    private void reviews(List<EffortItem> items, int outcomes, int modules) {
        int passes = model.experts() * model.reviewRounds();
        String who = model.experts() + " experts × " + model.reviewRounds() + " rounds";
        items.add(EffortItem.of("expert review of outcomes", EffortRole.EXPERT, (double) outcomes * passes,
                "outcome review", model.expertHoursPerOutcome(), outcomes + " outcomes added or rewritten, " + who));
        items.add(EffortItem.of("expert review of modules", EffortRole.EXPERT, (double) modules * passes,
                "module review", model.expertHoursPerModule(), modules + " modules added, " + who));
    }

    private int credits(EducationalProgram program, LevelRef level) {
        Credits credits = program.credits();
        if (credits != null && credits.system() != CreditSystem.KZ_NATIONAL_LEGACY) {
            return credits.amount().intValue();
        }
        return qualityCheck.creditNorms().norm(level).map(CreditNorm::designDefault)
                .orElseThrow(() -> new InvalidValueException("program " + program.id() + " credits", null,
                        "the program states no academic credits and no norm is known for " + level
                                + "; state its credits to estimate the work"));
    }

    /** Collects an estimator's settings. Not thread-safe; build once and share the result. */
    public static final class Builder {
        private EffortModel model = EffortModel.DEFAULTS;
        private ProgramQualityCheck qualityCheck = ProgramQualityCheck.withDefaults();
        private @Nullable Matcher matcher;

        private Builder() {}

        /** @param value the model (default {@link EffortModel#DEFAULTS}) @return this builder */
        public Builder model(EffortModel value) {
            this.model = Check.notNull(value, "model");
            return this;
        }

        /** @param value the QA that finds outcomes below level (default: bundled data) @return this builder */
        public Builder qualityCheck(ProgramQualityCheck value) {
            this.qualityCheck = Check.notNull(value, "qualityCheck");
            return this;
        }

        /**
         * @param value a matcher compiled with the standards to estimate against, to reuse its
         *     vocabulary and configuration; {@code null} (the default) compiles one per standard
         * @return this builder
         */
        public Builder matcher(@Nullable Matcher value) {
            this.matcher = value;
            return this;
        }

        /** @return the estimator */
        public EffortEstimator build() {
            return new EffortEstimator(this);
        }
    }
}
