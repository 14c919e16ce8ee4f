package io.github.opennqf.framework;

import io.github.opennqf.internal.Check;
import io.github.opennqf.text.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A qualifications framework edition: a ranked scale of levels, each described by learning
 * outcomes in a fixed set of categories. The Kazakhstan NQF, the EQF and the ISCED 2011 levels are
 * bundled ({@link Frameworks}); any other framework can be read from the same definition format or
 * built in code.
 *
 * <pre>{@code
 * QualificationsFramework nqf = Frameworks.kazakhstanNqf();
 * nqf.ref();                                                        // kz-nqf:2025
 * nqf.descriptor(Level.of(6), DescriptorCategory.KZ_KNOWLEDGE)
 *    .map(t -> t.resolve(LanguagePriority.of("ru")));
 * }</pre>
 *
 * <p>The constructor checks the framework is complete and consistent: every category belongs to
 * one scheme; levels are distinct and sorted; every level has a descriptor in every category (and
 * in no other), and every title and descriptor has text in every declared language. A violation
 * gets an {@link io.github.opennqf.InvalidValueException} naming the level, category and language.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ref the framework id and edition
 * @param title the framework's name
 * @param languages the languages every text is guaranteed to have
 * @param categories the descriptor categories, all of one scheme; empty for a framework of levels
 *     only, such as ISCED
 * @param levels the levels, in ascending order
 * @param textOrigin whether the texts are official or a paraphrase
 * @param provenance where the texts come from
 * @since 0.1.0
 */
public record QualificationsFramework(
        @NotNull @Valid FrameworkRef ref,
        @NotNull MultilingualText title,
        @NotEmpty Set<String> languages,
        @NotNull List<DescriptorCategory> categories,
        @NotEmpty List<@Valid FrameworkLevel> levels,
        @NotNull TextOrigin textOrigin,
        @NotNull @Valid Provenance provenance) {

    /** Validates completeness and consistency. */
    public QualificationsFramework {
        Check.notNull(ref, "ref");
        Check.notNull(title, "title");
        Check.notNull(textOrigin, "textOrigin");
        Check.notNull(provenance, "provenance");
        Set<String> langs = new TreeSet<>();
        for (String tag : Check.setOf(languages, "languages")) {
            langs.add(MultilingualText.normaliseTag(tag));
        }
        if (langs.isEmpty()) {
            throw Check.invalid("languages", null, "must name at least one language");
        }
        languages = Set.copyOf(langs);
        categories = Check.listOf(categories, "categories");
        if (Set.copyOf(categories).size() != categories.size()) {
            throw Check.invalid("categories", categories, "must not repeat a category");
        }
        if (categories.stream().map(DescriptorCategory::scheme).distinct().count() > 1) {
            throw Check.invalid("categories", categories, "must all belong to one scheme");
        }
        List<FrameworkLevel> sorted = new ArrayList<>(Check.listOf(levels, "levels"));
        if (sorted.isEmpty()) {
            throw Check.invalid("levels", null, "must hold at least one level");
        }
        sorted.sort((a, b) -> a.level().compareTo(b.level()));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).level().equals(sorted.get(i - 1).level())) {
                throw Check.invalid("levels", sorted.get(i).level(), "appears more than once");
            }
        }
        requireLanguages(title, langs, "title");
        Set<DescriptorCategory> expected = categories.isEmpty()
                ? EnumSet.noneOf(DescriptorCategory.class) : EnumSet.copyOf(categories);
        for (FrameworkLevel level : sorted) {
            String where = "level " + level.level();
            requireLanguages(level.title(), langs, where + " title");
            if (level.description() != null) {
                requireLanguages(level.description(), langs, where + " description");
            }
            if (!level.descriptors().keySet().equals(expected)) {
                throw Check.invalid(where + " descriptors", level.descriptors().keySet(),
                        "must have exactly the categories " + categories);
            }
            level.descriptors().forEach((category, text) ->
                    requireLanguages(text, langs, where + " " + category));
        }
        levels = List.copyOf(sorted);
    }

    private static void requireLanguages(MultilingualText text, Set<String> languages, String field) {
        for (String tag : languages) {
            if (!text.has(tag)) {
                throw Check.invalid(field, null, "has no text in language '" + tag + "'");
            }
        }
    }

    /**
     * @param level a level
     * @return that level of this framework, if it has it
     */
    public Optional<FrameworkLevel> level(Level level) {
        for (FrameworkLevel l : levels) {
            if (l.level().equals(level)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /**
     * @param rank a level number
     * @return that level of this framework, if it has it
     */
    public Optional<FrameworkLevel> level(int rank) {
        return rank < 0 || rank > 8 ? Optional.empty() : level(Level.of(rank));
    }

    /**
     * @param level a level
     * @param category a category
     * @return the descriptor, if this framework has that level and category
     */
    public Optional<MultilingualText> descriptor(Level level, DescriptorCategory category) {
        return level(level).flatMap(l -> l.descriptor(category));
    }

    /**
     * @param level a level of this framework
     * @return a reference to it
     * @throws io.github.opennqf.InvalidValueException if the framework has no such level
     */
    public LevelRef ref(Level level) {
        if (level(level).isEmpty()) {
            throw Check.invalid("level", level, "is not a level of " + ref);
        }
        return LevelRef.of(ref, level);
    }
}
