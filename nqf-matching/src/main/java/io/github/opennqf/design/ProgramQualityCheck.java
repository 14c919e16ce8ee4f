package io.github.opennqf.design;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.design.internal.Programs;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.framework.QualificationsFramework;
import io.github.opennqf.internal.Check;
import io.github.opennqf.matching.internal.text.TextAnalysis;
import io.github.opennqf.program.CreditSystem;
import io.github.opennqf.program.Credits;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.program.ProgramModule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Level-consistency quality assurance of an educational program against its qualifications
 * framework. It finds:
 * <ul>
 *   <li>outcomes worded below the program's level (a {@link FindingKind#WORDING_BELOW_LEVEL}
 *       warning: "knows", "знает", "біледі" in a master program) or above it (information), from
 *       the action verb {@link VerbLexicon} finds in each language version of the statement; an
 *       outcome's own level, when set, is used instead of the program's;</li>
 *   <li>descriptor categories of the framework (knowledge, skills, competences) that no outcome
 *       falls in (an error);</li>
 *   <li>credit totals missing (a warning), outside the {@link CreditNorms norm} of the level (an
 *       error), in a credit system the norms cannot check (a warning), or different from the sum
 *       of the modules' credits (a warning);</li>
 *   <li>outcomes that no module covers, and modules without outcomes (warnings).</li>
 * </ul>
 * A program {@linkplain QaReport#passed() passes} when no finding is an error or a warning.
 *
 * <pre>{@code
 * QaReport report = ProgramQualityCheck.withDefaults().check(program);
 * for (Finding f : report.findings()) {
 *     System.out.println(f.severity() + " " + f.element() + ": " + f.reason());
 * }
 * // WARNING outcome LO2 (kk): "біледі" is remember (levels 1-4), below the level 7 it is written for; ...
 * }</pre>
 *
 * <p>Immutable and thread-safe: build once, check any number of programs from any threads.
 * A program without a level, without outcomes, or at a level its framework lacks, and a framework
 * that is not known, get an {@link InvalidValueException} naming the program and the field.
 *
 * @since 0.1.0
 */
public final class ProgramQualityCheck {
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity);

    private final VerbLexicon lexicon;
    private final CreditNorms norms;
    private final List<QualificationsFramework> frameworks;

    private ProgramQualityCheck(Builder b) {
        this.lexicon = b.lexicon;
        this.norms = b.norms;
        this.frameworks = List.copyOf(b.frameworks);
    }

    /** @return a check with the bundled verb lists, credit norms and frameworks */
    public static ProgramQualityCheck withDefaults() {
        return builder().build();
    }

    /** @return a builder starting from the bundled data; builders are not thread-safe */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the verb lists */
    public VerbLexicon lexicon() {
        return lexicon;
    }

    /** @return the credit norms */
    public CreditNorms creditNorms() {
        return norms;
    }

    /**
     * Checks a program.
     *
     * @param program the program; it needs a level and at least one outcome
     * @return the report
     * @throws InvalidValueException if the program has no level or no outcomes, or its level is not
     *     a level of a known framework
     */
    public QaReport check(EducationalProgram program) {
        Check.notNull(program, "program");
        LevelRef level = Programs.requireLevel(program, "QA");
        Programs.requireOutcomes(program, "QA");
        QualificationsFramework framework = Programs.framework(frameworks, level, "program " + program.id());
        int rank = level.level().rank();

        List<Finding> findings = new ArrayList<>();
        List<OutcomeWording> wordings = new ArrayList<>();
        List<LearningOutcome> outcomes = program.outcomes();
        for (int i = 0; i < outcomes.size(); i++) {
            LearningOutcome outcome = outcomes.get(i);
            int outcomeRank = outcome.level() != null ? outcome.level().level().rank() : rank;
            for (Map.Entry<String, String> text : outcome.statement().asMap().entrySet()) {
                wordings.add(wording(outcome, i, text.getKey(), text.getValue(), outcomeRank, findings));
            }
        }
        categories(program, framework, findings);
        credits(program, level, findings);
        modules(program, findings);
        findings.sort(ORDER);
        return new QaReport(program.id(), level, wordings, findings);
    }

    private OutcomeWording wording(LearningOutcome outcome, int index, String language, String text, int rank,
            List<Finding> findings) {
        String element = "outcome " + outcome.id() + " (" + language + ")";
        String pointer = "/outcomes/" + index + "/statement/" + language;
        boolean listed = lexicon.languages().contains(TextAnalysis.primaryLanguage(language));
        Optional<ActionVerb> found = listed ? lexicon.find(text, language) : Optional.empty();
        if (found.isEmpty()) {
            String why = listed
                    ? "no action verb of the " + language + " list was found; begin (kk: end) the statement with"
                            + " a verb fitting level " + rank
                    : "there is no verb list for language '" + language + "', so its wording was not checked";
            findings.add(new Finding(Finding.Severity.INFO, FindingKind.NO_ACTION_VERB, element, pointer, why));
            return new OutcomeWording(outcome.id(), language, null, null, 0, 0, OutcomeWording.Fit.NO_VERB);
        }
        ActionVerb verb = found.get();
        CognitiveLevel cognitive = verb.level();
        OutcomeWording.Fit fit = OutcomeWording.Fit.FITS;
        if (cognitive.isBelow(rank)) {
            fit = OutcomeWording.Fit.BELOW;
            findings.add(new Finding(Finding.Severity.WARNING, FindingKind.WORDING_BELOW_LEVEL, element, pointer,
                    "\"" + verb.written() + "\" is " + cognitive.describe() + ", below the level " + rank
                            + " it is written for; use a verb of a higher cognitive level"));
        } else if (cognitive.isAbove(rank)) {
            fit = OutcomeWording.Fit.ABOVE;
            findings.add(new Finding(Finding.Severity.INFO, FindingKind.WORDING_ABOVE_LEVEL, element, pointer,
                    "\"" + verb.written() + "\" is " + cognitive.describe() + ", above the level " + rank
                            + " it is written for; check that the program can deliver it"));
        }
        return new OutcomeWording(outcome.id(), language, verb.written(), cognitive.name(), cognitive.lowestFit(),
                cognitive.highestFit(), fit);
    }

    private static void categories(EducationalProgram program, QualificationsFramework framework,
            List<Finding> findings) {
        for (DescriptorCategory category : framework.categories()) {
            boolean covered = program.outcomes().stream().map(LearningOutcome::category).anyMatch(c -> c == category
                    || c.correspondingIn(category.scheme()).contains(category));
            if (!covered) {
                findings.add(new Finding(Finding.Severity.ERROR, FindingKind.CATEGORY_NOT_COVERED,
                        "category " + category, "/outcomes", "no outcome falls in the " + framework.ref()
                                + " descriptor category " + category + " ('" + category.code()
                                + "'); every category of the framework needs at least one outcome at the level"));
            }
        }
    }

    private void credits(EducationalProgram program, LevelRef level, List<Finding> findings) {
        Credits total = program.credits();
        if (total == null) {
            findings.add(new Finding(Finding.Severity.WARNING, FindingKind.CREDITS_MISSING, "program", "/credits",
                    "the program states no total credits, so its volume cannot be checked against level " + level));
            return;
        }
        if (total.system() == CreditSystem.KZ_NATIONAL_LEGACY) {
            findings.add(new Finding(Finding.Severity.WARNING, FindingKind.CREDIT_SYSTEM, "program", "/credits/system",
                    "the credits (" + total + ") are older national credits, which have no fixed hours; convert them"
                            + " to KZ_ACADEMIC (Credits.convertTo) before checking them against the norm"));
            return;
        }
        Optional<CreditNorm> norm = norms.norm(level);
        if (norm.isEmpty()) {
            findings.add(new Finding(Finding.Severity.INFO, FindingKind.NO_CREDIT_NORM, "program", "/credits",
                    "no credit norm is known for " + level + ", so the total of " + total + " was not checked"));
        } else if (!norm.get().allows(total.amount().doubleValue())) {
            findings.add(new Finding(Finding.Severity.ERROR, FindingKind.CREDITS_OUTSIDE_NORM, "program",
                    "/credits/amount", "the program has " + total + ", but a program at " + level + " needs "
                            + norm.get().describe() + " credits (" + norm.get().source() + ")"));
        }
        if (!program.modules().isEmpty()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (ProgramModule module : program.modules()) {
                if (!module.credits().system().isOneToOneWith(total.system())) {
                    return;
                }
                sum = sum.add(module.credits().amount());
            }
            if (sum.compareTo(total.amount()) != 0) {
                findings.add(new Finding(Finding.Severity.WARNING, FindingKind.MODULE_CREDITS_MISMATCH, "program",
                        "/modules", "the modules add up to " + sum.stripTrailingZeros().toPlainString()
                                + " credits, but the program has " + total));
            }
        }
    }

    private static void modules(EducationalProgram program, List<Finding> findings) {
        List<ProgramModule> modules = program.modules();
        if (modules.isEmpty()) {
            findings.add(new Finding(Finding.Severity.WARNING, FindingKind.OUTCOME_WITHOUT_MODULE, "program", "/modules",
                    "the program has no modules, so no module covers any of its "
                            + program.outcomes().size() + " outcomes"));
            return;
        }
        Set<String> covered = new HashSet<>();
        for (int m = 0; m < modules.size(); m++) {
            ProgramModule module = modules.get(m);
            covered.addAll(module.outcomeIds());
            if (module.outcomeIds().isEmpty()) {
                findings.add(new Finding(Finding.Severity.WARNING, FindingKind.MODULE_WITHOUT_OUTCOMES,
                        "module " + module.id(), "/modules/" + m + "/outcomeIds",
                        "the module serves no program outcome; link it to the outcomes it develops or remove it"));
            }
        }
        List<LearningOutcome> outcomes = program.outcomes();
        for (int i = 0; i < outcomes.size(); i++) {
            if (!covered.contains(outcomes.get(i).id())) {
                findings.add(new Finding(Finding.Severity.WARNING, FindingKind.OUTCOME_WITHOUT_MODULE,
                        "outcome " + outcomes.get(i).id(), "/outcomes/" + i,
                        "no module covers this outcome; add it to the outcomeIds of the module that develops it"));
            }
        }
    }

    /** Collects a check's data. Not thread-safe; build once and share the result. */
    public static final class Builder {
        private VerbLexicon lexicon = VerbLexicon.bundled();
        private CreditNorms norms = CreditNorms.bundled();
        private List<QualificationsFramework> frameworks = io.github.opennqf.framework.Frameworks.bundled();

        private Builder() {}

        /** @param value the verb lists (default: bundled) @return this builder */
        public Builder lexicon(VerbLexicon value) {
            this.lexicon = Check.notNull(value, "lexicon");
            return this;
        }

        /** @param value the credit norms (default: bundled) @return this builder */
        public Builder creditNorms(CreditNorms value) {
            this.norms = Check.notNull(value, "creditNorms");
            return this;
        }

        /**
         * @param values the frameworks programs' levels may refer to (default: the bundled ones)
         * @return this builder
         */
        public Builder frameworks(List<QualificationsFramework> values) {
            this.frameworks = Check.listOf(values, "frameworks");
            return this;
        }

        /** @return the check */
        public ProgramQualityCheck build() {
            return new ProgramQualityCheck(this);
        }
    }
}
