package io.github.opennqf.design;

import io.github.opennqf.internal.Check;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The parameters of {@link EffortEstimator}: person-hours per unit of work, how many experts
 * review in how many rounds, and how work is counted.
 *
 * <p>No official norm for the labour of developing an educational program exists in Kazakhstan
 * (nor, as far as we found, elsewhere), so every default below is OpenNQF's stated assumption,
 * with its reasoning. Replace them with your institution's own figures, measured from its past
 * work; the estimate lists every component so that you can see which figure drives it.
 *
 * <table>
 *   <caption>Defaults and where they come from</caption>
 *   <tr><th>parameter</th><th>default</th><th>reasoning</th></tr>
 *   <tr><td>{@code hoursToWriteOutcome}</td><td>2 h</td><td>drafting one outcome statement in three languages, checking
 *       it against the standard's requirements and the level descriptor: about half an hour per language plus a check</td></tr>
 *   <tr><td>{@code hoursToRewriteOutcome}</td><td>1 h</td><td>half of writing one: the object stays, the verb and scope change</td></tr>
 *   <tr><td>{@code hoursToDesignModule}</td><td>6 h</td><td>a module description: aims, outcomes served, content outline,
 *       assessment and credits; about a working day with its review</td></tr>
 *   <tr><td>{@code developmentHoursPerCredit}</td><td>levels 1-4: 8 h; 5-6: 10 h; 7: 12 h; 8: 15 h</td><td>a Kazakh academic
 *       credit is 30 hours of a student's work, about a third of them in contact with a teacher; developing the syllabus
 *       and teaching materials is assumed to take about one hour per contact hour at vocational levels, more at higher
 *       levels, whose content must follow current research</td></tr>
 *   <tr><td>{@code expertHoursPerOutcome}</td><td>0.5 h</td><td>one expert reading one new or changed outcome against the
 *       standard and the descriptor, with a written remark</td></tr>
 *   <tr><td>{@code expertHoursPerModule}</td><td>1 h</td><td>one expert reading one new module description</td></tr>
 *   <tr><td>{@code experts}</td><td>2</td><td>an employers' representative and an academic peer: programs are meant to be
 *       agreed with employers</td></tr>
 *   <tr><td>{@code reviewRounds}</td><td>2</td><td>a review, then a check of the corrections</td></tr>
 *   <tr><td>{@code requirementsPerOutcome}</td><td>3</td><td>as {@link DesignConfig#maxRequirementsPerOutcome()}: uncovered
 *       requirements of one labour function and group are served by one outcome per three</td></tr>
 *   <tr><td>{@code outcomesPerModule}</td><td>3</td><td>a module commonly develops two to four outcomes</td></tr>
 *   <tr><td>{@code weakRedevelopmentShare}</td><td>0.5</td><td>a weakly covered requirement's content exists in part: half
 *       of its share of credits is redeveloped</td></tr>
 *   <tr><td>{@code hoursPerDay}</td><td>8 h</td><td>a working day, for {@link EffortEstimate#totalDays()}</td></tr>
 * </table>
 *
 * <pre>{@code
 * EffortModel model = EffortModel.DEFAULTS.toBuilder().experts(3).reviewRounds(1).build();
 * EffortEstimator estimator = EffortEstimator.builder().model(model).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. A negative or non-finite rate, a count below 1, a share outside
 * [0, 1], or a per-credit list that does not hold exactly 8 rates get an
 * {@link io.github.opennqf.InvalidValueException}.
 *
 * @param hoursToWriteOutcome designer hours to write one new outcome
 * @param hoursToRewriteOutcome designer hours to rewrite one outcome
 * @param hoursToDesignModule designer hours to describe one new module
 * @param developmentHoursPerCredit designer hours to develop one credit of content, for levels 1 to 8
 * @param expertHoursPerOutcome hours of one expert per new or changed outcome per round
 * @param expertHoursPerModule hours of one expert per new module per round
 * @param experts how many experts review
 * @param reviewRounds how many rounds of review
 * @param requirementsPerOutcome how many uncovered requirements one new outcome serves
 * @param outcomesPerModule how many new outcomes one new module develops
 * @param weakRedevelopmentShare the share of a weakly covered requirement's credits to redevelop
 * @param hoursPerDay working hours a day
 * @since 0.1.0
 */
public record EffortModel(
        double hoursToWriteOutcome,
        double hoursToRewriteOutcome,
        double hoursToDesignModule,
        @NotEmpty @Size(min = 8, max = 8) List<Double> developmentHoursPerCredit,
        double expertHoursPerOutcome,
        double expertHoursPerModule,
        int experts,
        int reviewRounds,
        int requirementsPerOutcome,
        int outcomesPerModule,
        double weakRedevelopmentShare,
        double hoursPerDay) {

    /** The defaults in the table above. */
    public static final EffortModel DEFAULTS = new EffortModel(2, 1, 6, List.of(8.0, 8.0, 8.0, 8.0, 10.0, 10.0, 12.0,
            15.0), 0.5, 1, 2, 2, 3, 3, 0.5, 8);

    /** Validates and copies. */
    public EffortModel {
        rate(hoursToWriteOutcome, "hoursToWriteOutcome");
        rate(hoursToRewriteOutcome, "hoursToRewriteOutcome");
        rate(hoursToDesignModule, "hoursToDesignModule");
        developmentHoursPerCredit = Check.listOf(developmentHoursPerCredit, "developmentHoursPerCredit");
        if (developmentHoursPerCredit.size() != 8) {
            throw Check.invalid("developmentHoursPerCredit", developmentHoursPerCredit,
                    "must hold 8 rates, one per level from 1 to 8");
        }
        for (int i = 0; i < 8; i++) {
            rate(developmentHoursPerCredit.get(i), "developmentHoursPerCredit[" + i + "]");
        }
        rate(expertHoursPerOutcome, "expertHoursPerOutcome");
        rate(expertHoursPerModule, "expertHoursPerModule");
        Check.inRange(experts, 1, 100, "experts");
        Check.inRange(reviewRounds, 1, 100, "reviewRounds");
        Check.inRange(requirementsPerOutcome, 1, 50, "requirementsPerOutcome");
        Check.inRange(outcomesPerModule, 1, 50, "outcomesPerModule");
        if (!(weakRedevelopmentShare >= 0 && weakRedevelopmentShare <= 1)) {
            throw Check.invalid("weakRedevelopmentShare", weakRedevelopmentShare, "must be between 0 and 1");
        }
        if (!(hoursPerDay > 0 && hoursPerDay <= 24)) {
            throw Check.invalid("hoursPerDay", hoursPerDay, "must be greater than 0 and at most 24");
        }
    }

    private static void rate(double value, String field) {
        if (!Double.isFinite(value) || value < 0 || value > 10_000) {
            throw Check.invalid(field, value, "must be a number of hours from 0 to 10000");
        }
    }

    /**
     * @param level a framework level, 1 to 8
     * @return the designer hours to develop one credit at that level
     */
    public double developmentHoursPerCredit(int level) {
        return developmentHoursPerCredit.get(Check.inRange(level, 1, 8, "level") - 1);
    }

    /** @return a builder holding these values; builders are not thread-safe */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Collects a model's values, starting from another model's. Not thread-safe. */
    public static final class Builder {
        private double hoursToWriteOutcome;
        private double hoursToRewriteOutcome;
        private double hoursToDesignModule;
        private List<Double> developmentHoursPerCredit;
        private double expertHoursPerOutcome;
        private double expertHoursPerModule;
        private int experts;
        private int reviewRounds;
        private int requirementsPerOutcome;
        private int outcomesPerModule;
        private double weakRedevelopmentShare;
        private double hoursPerDay;

        private Builder(EffortModel m) {
            hoursToWriteOutcome = m.hoursToWriteOutcome;
            hoursToRewriteOutcome = m.hoursToRewriteOutcome;
            hoursToDesignModule = m.hoursToDesignModule;
            developmentHoursPerCredit = m.developmentHoursPerCredit;
            expertHoursPerOutcome = m.expertHoursPerOutcome;
            expertHoursPerModule = m.expertHoursPerModule;
            experts = m.experts;
            reviewRounds = m.reviewRounds;
            requirementsPerOutcome = m.requirementsPerOutcome;
            outcomesPerModule = m.outcomesPerModule;
            weakRedevelopmentShare = m.weakRedevelopmentShare;
            hoursPerDay = m.hoursPerDay;
        }

        /** @param v hours @return this builder */
        public Builder hoursToWriteOutcome(double v) {
            hoursToWriteOutcome = v;
            return this;
        }

        /** @param v hours @return this builder */
        public Builder hoursToRewriteOutcome(double v) {
            hoursToRewriteOutcome = v;
            return this;
        }

        /** @param v hours @return this builder */
        public Builder hoursToDesignModule(double v) {
            hoursToDesignModule = v;
            return this;
        }

        /** @param v hours per credit for levels 1 to 8 @return this builder */
        public Builder developmentHoursPerCredit(List<Double> v) {
            developmentHoursPerCredit = v;
            return this;
        }

        /**
         * @param level a level, 1 to 8
         * @param v hours per credit at that level
         * @return this builder
         */
        public Builder developmentHoursPerCredit(int level, double v) {
            Double[] rates = developmentHoursPerCredit.toArray(new Double[0]);
            rates[Check.inRange(level, 1, 8, "level") - 1] = v;
            developmentHoursPerCredit = List.of(rates);
            return this;
        }

        /** @param v hours @return this builder */
        public Builder expertHoursPerOutcome(double v) {
            expertHoursPerOutcome = v;
            return this;
        }

        /** @param v hours @return this builder */
        public Builder expertHoursPerModule(double v) {
            expertHoursPerModule = v;
            return this;
        }

        /** @param v how many experts @return this builder */
        public Builder experts(int v) {
            experts = v;
            return this;
        }

        /** @param v how many rounds @return this builder */
        public Builder reviewRounds(int v) {
            reviewRounds = v;
            return this;
        }

        /** @param v requirements per new outcome @return this builder */
        public Builder requirementsPerOutcome(int v) {
            requirementsPerOutcome = v;
            return this;
        }

        /** @param v new outcomes per new module @return this builder */
        public Builder outcomesPerModule(int v) {
            outcomesPerModule = v;
            return this;
        }

        /** @param v share in [0, 1] @return this builder */
        public Builder weakRedevelopmentShare(double v) {
            weakRedevelopmentShare = v;
            return this;
        }

        /** @param v hours in a working day @return this builder */
        public Builder hoursPerDay(double v) {
            hoursPerDay = v;
            return this;
        }

        /** @return the model */
        public EffortModel build() {
            return new EffortModel(hoursToWriteOutcome, hoursToRewriteOutcome, hoursToDesignModule,
                    developmentHoursPerCredit, expertHoursPerOutcome, expertHoursPerModule, experts, reviewRounds,
                    requirementsPerOutcome, outcomesPerModule, weakRedevelopmentShare, hoursPerDay);
        }
    }
}
