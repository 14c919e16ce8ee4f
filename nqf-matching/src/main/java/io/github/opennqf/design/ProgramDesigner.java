package io.github.opennqf.design;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.design.internal.CreditSplit;
import io.github.opennqf.design.internal.OutcomeGroup;
import io.github.opennqf.design.internal.OutcomeTemplates;
import io.github.opennqf.design.internal.Programs;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.FrameworkRef;
import io.github.opennqf.framework.Frameworks;
import io.github.opennqf.framework.Level;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.framework.QualificationsFramework;
import io.github.opennqf.internal.Check;
import io.github.opennqf.matching.internal.text.TextAnalysis;
import io.github.opennqf.program.CreditSystem;
import io.github.opennqf.program.Credits;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.program.ProgramModule;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.text.MultilingualText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Designs a program skeleton from one or more profession cards: the draft a program designer
 * starts from.
 *
 * <pre>{@code
 * ProgramDesign design = ProgramDesigner.withDefaults().design(standard, "C1");
 * EducationalProgram draft = design.program();      // write it with NativeFormat, edit, QA it
 * design.links();                                  // outcome -> the requirements it serves
 *
 * ProgramDesign two = ProgramDesigner.builder()
 *         .config(DesignConfig.DEFAULTS.withProgramId("6B06199").withTotalCredits(240))
 *         .build()
 *         .design(List.of(CardSelection.of(software, "C1"), CardSelection.of(data, "C2")), Level.of(6));
 * }</pre>
 *
 * <p>How a skeleton is made:
 * <ol>
 *   <li><b>Level.</b> The given level, else the cards' level (cards at different levels need one
 *       given), in the cards' framework; the framework must have that level.</li>
 *   <li><b>Outcomes.</b> For each card, each labour function, and each group of its requirements
 *       (knowledge; abilities and skills; competences), one outcome per at most
 *       {@link DesignConfig#maxRequirementsPerOutcome()} requirements. Requirements are noun
 *       phrases; the outcome statement puts them behind an action verb fitting the level, from the
 *       bundled templates ({@code outcome-templates.tsv}), in every language the requirements have
 *       (kk, ru, en; another language keeps the requirements' text and a note says so). The outcome's
 *       category is its requirements' category when they share one, else the Kazakh group
 *       category. An outcome is added for each descriptor category of the framework that no
 *       requirement falls in, so that the draft covers every category.</li>
 *   <li><b>Modules.</b> One per labour function (or per outcome, {@link ModuleGrouping}), with
 *       credits shared by {@link CreditAllocation} among them, whole, at least
 *       {@link DesignConfig#minModuleCredits()} each, totalling the program's credits: the
 *       configured total or the level's {@link CreditNorm#designDefault()}. Credits are Kazakh
 *       academic credits (30 hours each).</li>
 * </ol>
 * The result matched back against its cards covers every requirement, and passes
 * {@link ProgramQualityCheck}.
 *
 * <p>Immutable and thread-safe. An unknown card (see {@link CardSelection}), no cards, cards of
 * different frameworks, no level to design at, a level the framework lacks, a level without a
 * credit norm and no configured total, and a card without requirements get an
 * {@link InvalidValueException} saying which and why.
 *
 * @since 0.1.0
 */
public final class ProgramDesigner {
    private final DesignConfig config;
    private final CreditNorms norms;
    private final List<QualificationsFramework> frameworks;
    private final OutcomeTemplates templates = OutcomeTemplates.bundled();

    private ProgramDesigner(Builder b) {
        this.config = b.config;
        this.norms = b.norms;
        this.frameworks = List.copyOf(b.frameworks);
    }

    /** @return a designer with {@link DesignConfig#DEFAULTS}, the bundled norms and frameworks */
    public static ProgramDesigner withDefaults() {
        return builder().build();
    }

    /** @return a builder; builders are not thread-safe */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the configuration */
    public DesignConfig config() {
        return config;
    }

    /**
     * Designs a program from one card, at the card's level.
     *
     * @param standard the standard
     * @param cardId the id of one of its profession cards
     * @return the design
     */
    public ProgramDesign design(io.github.opennqf.standard.ProfessionalStandard standard, String cardId) {
        return design(List.of(CardSelection.of(standard, cardId)), null);
    }

    /**
     * Designs a program from several cards (a program preparing for several professions).
     *
     * @param cards the cards, at least one
     * @param level the level to design at, or {@code null} for the cards' level
     * @return the design
     */
    public ProgramDesign design(List<CardSelection> cards, @Nullable Level level) {
        List<CardSelection> selected = Check.listOf(cards, "cards");
        if (selected.isEmpty()) {
            throw new InvalidValueException("cards", null, "name at least one profession card to design from");
        }
        LevelRef target = level(selected, level);
        QualificationsFramework framework = Programs.framework(frameworks, target, "design");
        int rank = target.level().rank();
        List<String> notes = new ArrayList<>();

        List<LearningOutcome> outcomes = new ArrayList<>();
        List<OutcomeLink> links = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        /* module key (card + function, or outcome) -> outcome indexes */
        Map<String, List<Integer>> moduleOutcomes = new LinkedHashMap<>();
        Map<String, MultilingualText> moduleTitles = new LinkedHashMap<>();
        for (CardSelection selection : selected) {
            ProfessionCard card = selection.card();
            if (card.requirements().isEmpty()) {
                throw new InvalidValueException("cardId", card.id(), "profession card '" + card.id() + "' of standard "
                        + selection.standard().code() + " has no requirements to design outcomes from");
            }
            for (LabourFunction function : card.labourFunctions()) {
                for (OutcomeGroup group : OutcomeGroup.values()) {
                    List<Requirement> inGroup = function.requirements().stream()
                            .filter(r -> OutcomeGroup.of(r.category()) == group).toList();
                    for (int from = 0; from < inGroup.size(); from += config.maxRequirementsPerOutcome()) {
                        List<Requirement> chunk = inGroup.subList(from,
                                Math.min(inGroup.size(), from + config.maxRequirementsPerOutcome()));
                        String id = "LO" + (outcomes.size() + 1);
                        outcomes.add(LearningOutcome.of(id, category(chunk, group),
                                statement(chunk, group, rank, notes)));
                        links.add(new OutcomeLink(id, selection.standard().code(), card.id(), function.id(),
                                chunk.stream().map(Requirement::id).toList()));
                        weights.add(chunk.stream().mapToDouble(Requirement::weight).sum());
                        String key = config.grouping() == ModuleGrouping.PER_OUTCOME ? id
                                : selection.standard().code() + "\u0000" + card.id() + "\u0000" + function.id();
                        moduleOutcomes.computeIfAbsent(key, k -> new ArrayList<>()).add(outcomes.size() - 1);
                        moduleTitles.putIfAbsent(key, function.title());
                    }
                }
            }
        }
        addMissingCategories(selected, framework, rank, outcomes, links, weights, moduleOutcomes, notes);

        int total = totalCredits(target, notes);
        List<String> keys = new ArrayList<>(moduleOutcomes.keySet());
        double[] moduleWeights = new double[keys.size()];
        for (int m = 0; m < keys.size(); m++) {
            for (int i : moduleOutcomes.get(keys.get(m))) {
                moduleWeights[m] += config.allocation() == CreditAllocation.EQUAL ? 0 : weights.get(i);
            }
            if (config.allocation() == CreditAllocation.EQUAL) {
                moduleWeights[m] = 1;
            }
        }
        int[] credits = CreditSplit.split(total, moduleWeights, config.minModuleCredits());
        EducationalProgram.Builder program = EducationalProgram.builder(programId(selected), title(selected), target)
                .credits(Credits.of(total, CreditSystem.KZ_ACADEMIC))
                .outcomes(outcomes);
        for (int m = 0; m < keys.size(); m++) {
            program.module(new ProgramModule("M" + (m + 1), moduleTitles.get(keys.get(m)),
                    Credits.of(credits[m], CreditSystem.KZ_ACADEMIC),
                    moduleOutcomes.get(keys.get(m)).stream().map(i -> outcomes.get(i).id()).toList()));
        }
        new LinkedHashSet<>(selected.stream().map(s -> s.standard().code()).toList()).forEach(program::standardCode);
        return new ProgramDesign(program.build(), links, notes);
    }

    private LevelRef level(List<CardSelection> cards, @Nullable Level level) {
        Set<FrameworkRef> frameworkRefs = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        Set<Level> levels = new TreeSet<>();
        for (CardSelection c : cards) {
            LevelRef cardLevel = c.card().level();
            if (cardLevel != null) {
                frameworkRefs.add(cardLevel.framework());
                levels.add(cardLevel.level());
            }
        }
        if (frameworkRefs.size() > 1) {
            throw new InvalidValueException("cards", frameworkRefs.toString(), "the cards' levels belong to different"
                    + " frameworks; design from cards of one framework");
        }
        FrameworkRef framework = frameworkRefs.isEmpty() ? FrameworkRef.KZ_NQF_2025 : frameworkRefs.iterator().next();
        if (level != null) {
            return LevelRef.of(framework, level);
        }
        if (levels.isEmpty()) {
            throw new InvalidValueException("level", null, "profession card '" + cards.get(0).cardId()
                    + "' states no level; give the level to design at");
        }
        if (levels.size() > 1) {
            throw new InvalidValueException("level", null, "the cards are at different levels " + levels
                    + "; give the level to design at");
        }
        return LevelRef.of(framework, levels.iterator().next());
    }

    private static DescriptorCategory category(List<Requirement> chunk, OutcomeGroup group) {
        DescriptorCategory first = chunk.get(0).category();
        return chunk.stream().allMatch(r -> r.category() == first) ? first : group.kazakhCategory();
    }

    private MultilingualText statement(List<Requirement> chunk, OutcomeGroup group, int rank, List<String> notes) {
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        for (Requirement r : chunk) {
            r.text().asMap().forEach((tag, text) -> byLanguage.computeIfAbsent(tag, k -> new ArrayList<>()).add(text));
        }
        MultilingualText.Builder statement = MultilingualText.builder();
        byLanguage.forEach((tag, texts) -> {
            String language = tag.equals(MultilingualText.UNDETERMINED) ? tag : TextAnalysis.primaryLanguage(tag);
            Optional<String> text = templates.statement(language, group, rank, texts);
            if (text.isEmpty()) {
                String note = "no outcome template for language '" + tag + "': its statements repeat the requirements'"
                        + " text and need an action verb";
                if (!notes.contains(note)) {
                    notes.add(note);
                }
            }
            statement.put(tag, text.orElse(String.join("; ", texts)));
        });
        return statement.build();
    }

    private void addMissingCategories(List<CardSelection> cards, QualificationsFramework framework, int rank,
            List<LearningOutcome> outcomes, List<OutcomeLink> links, List<Double> weights,
            Map<String, List<Integer>> moduleOutcomes, List<String> notes) {
        for (DescriptorCategory category : framework.categories()) {
            boolean covered = outcomes.stream().map(LearningOutcome::category)
                    .anyMatch(c -> c == category || c.correspondingIn(category.scheme()).contains(category));
            if (covered) {
                continue;
            }
            CardSelection first = cards.get(0);
            ProfessionCard card = first.card();
            List<String> titles = new ArrayList<>();
            MultilingualText.Builder statement = MultilingualText.builder();
            for (Map.Entry<String, String> title : card.title().asMap().entrySet()) {
                String tag = title.getKey();
                String language = tag.equals(MultilingualText.UNDETERMINED) ? tag : TextAnalysis.primaryLanguage(tag);
                titles.add(title.getValue());
                statement.put(tag, templates.statement(language, OutcomeGroup.of(category), rank,
                        List.of(title.getValue())).orElse(title.getValue()));
            }
            String id = "LO" + (outcomes.size() + 1);
            outcomes.add(LearningOutcome.of(id, category, statement.build()));
            LabourFunction function = card.labourFunctions().get(0);
            links.add(new OutcomeLink(id, first.standard().code(), card.id(), function.id(), List.of()));
            weights.add(0.0);
            // into the module with the most weight, so that its credits pay for it
            String heaviest = null;
            double most = -1;
            for (Map.Entry<String, List<Integer>> module : moduleOutcomes.entrySet()) {
                double w = module.getValue().stream().mapToDouble(weights::get).sum();
                if (w > most) {
                    most = w;
                    heaviest = module.getKey();
                }
            }
            if (config.grouping() == ModuleGrouping.PER_OUTCOME || heaviest == null) {
                moduleOutcomes.put(id, new ArrayList<>(List.of(outcomes.size() - 1)));
            } else {
                moduleOutcomes.get(heaviest).add(outcomes.size() - 1);
            }
            notes.add(id + " was added because no requirement of the cards falls in the " + framework.ref()
                    + " category " + category + " ('" + category.code() + "'); it names the profession ("
                    + String.join(" / ", titles) + ") and needs a designer's wording");
        }
    }

    private int totalCredits(LevelRef level, List<String> notes) {
        if (config.totalCredits() != null) {
            notes.add("credits: " + config.totalCredits() + " (configured)");
            return config.totalCredits();
        }
        CreditNorm norm = norms.norm(level).orElseThrow(() -> new InvalidValueException("totalCredits", null,
                "no credit norm is known for " + level + "; give the program's total credits"));
        notes.add("credits: " + norm.designDefault() + " Kazakh academic credits (" + norm.designDefault() * 30
                + " hours), the norm of " + level + ": " + norm.source());
        return norm.designDefault();
    }

    private String programId(List<CardSelection> cards) {
        return config.programId() != null ? config.programId() : "DRAFT-" + cards.get(0).cardId();
    }

    private MultilingualText title(List<CardSelection> cards) {
        if (config.title() != null) {
            return config.title();
        }
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        for (CardSelection c : cards) {
            c.card().title().asMap().forEach((tag, text) -> {
                List<String> list = byLanguage.computeIfAbsent(tag, k -> new ArrayList<>());
                if (!list.contains(text)) {
                    list.add(text);
                }
            });
        }
        MultilingualText.Builder title = MultilingualText.builder();
        byLanguage.forEach((tag, texts) -> title.put(tag, String.join(" / ", texts)));
        return title.build();
    }

    /** Collects a designer's settings. Not thread-safe; build once and share the result. */
    public static final class Builder {
        private DesignConfig config = DesignConfig.DEFAULTS;
        private CreditNorms norms = CreditNorms.bundled();
        private List<QualificationsFramework> frameworks = Frameworks.bundled();

        private Builder() {}

        /** @param value the configuration (default {@link DesignConfig#DEFAULTS}) @return this builder */
        public Builder config(DesignConfig value) {
            this.config = Check.notNull(value, "config");
            return this;
        }

        /** @param value the credit norms (default: bundled) @return this builder */
        public Builder creditNorms(CreditNorms value) {
            this.norms = Check.notNull(value, "creditNorms");
            return this;
        }

        /** @param values the frameworks cards' levels may refer to (default: bundled) @return this builder */
        public Builder frameworks(List<QualificationsFramework> values) {
            this.frameworks = Check.listOf(values, "frameworks");
            return this;
        }

        /** @return the designer */
        public ProgramDesigner build() {
            return new ProgramDesigner(this);
        }
    }
}
