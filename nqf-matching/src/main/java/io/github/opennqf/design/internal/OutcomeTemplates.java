package io.github.opennqf.design.internal;

import io.github.opennqf.design.DesignDataException;
import io.github.opennqf.matching.internal.text.TextAnalysis;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The outcome-statement templates of {@code outcome-templates.tsv}: per language, group and level,
 * a sentence with an action verb fitting the level and an {@code {object}} slot. Immutable and
 * thread-safe.
 */
public final class OutcomeTemplates {
    private static final String BUNDLED = "/io/github/opennqf/design/data/outcome-templates.tsv";
    private static final String OBJECT = "{object}";

    /** language -> group code + level -> template. */
    private final Map<String, Map<String, String>> templates;

    private OutcomeTemplates(Map<String, Map<String, String>> templates) {
        this.templates = templates;
    }

    private static final class Bundled {
        static final OutcomeTemplates INSTANCE = load(DataTable.resource(OutcomeTemplates.class, BUNDLED, 5));
    }

    /** @return the bundled templates, in kk, ru and en */
    public static OutcomeTemplates bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * @return templates read from a file of the bundled format
     * @throws DesignDataException listing every problem with its line
     */
    public static OutcomeTemplates read(Reader reader, String source) {
        return load(DataTable.read(reader, source, 5));
    }

    private static OutcomeTemplates load(DataTable table) {
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        for (DataTable.Row row : table.rows()) {
            String language;
            try {
                language = TextAnalysis.primaryLanguage(row.cell(0));
            } catch (io.github.opennqf.InvalidValueException e) {
                table.problem(row.line(), "language '" + DataTable.clip(row.cell(0)) + "' is not a BCP 47 tag");
                continue;
            }
            OutcomeGroup group = group(row.cell(1));
            if (group == null) {
                table.problem(row.line(), "group '" + DataTable.clip(row.cell(1))
                        + "' is not one of knowledge, skills, competence");
                continue;
            }
            OptionalInt low = table.integer(row, 2, 1, 8, "lowest level");
            OptionalInt high = table.integer(row, 3, 1, 8, "highest level");
            if (low.isEmpty() || high.isEmpty()) {
                continue;
            }
            if (!row.cell(4).contains(OBJECT)) {
                table.problem(row.line(), "the template has no " + OBJECT + " slot");
                continue;
            }
            Map<String, String> map = byLanguage.computeIfAbsent(language, k -> new HashMap<>());
            for (int level = low.getAsInt(); level <= high.getAsInt(); level++) {
                if (map.putIfAbsent(key(group, level), row.cell(4)) != null) {
                    table.problem(row.line(), language + " " + group.code() + " level " + level
                            + " already has a template");
                }
            }
        }
        byLanguage.forEach((language, map) -> {
            for (OutcomeGroup group : OutcomeGroup.values()) {
                for (int level = 1; level <= 8; level++) {
                    if (!map.containsKey(key(group, level))) {
                        table.problem(language + " " + group.code() + " has no template for level " + level);
                    }
                }
            }
        });
        if (byLanguage.isEmpty()) {
            table.problem("the file has no templates");
        }
        table.finish();
        Map<String, Map<String, String>> copy = new HashMap<>();
        byLanguage.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        return new OutcomeTemplates(Map.copyOf(copy));
    }

    private static @org.jspecify.annotations.Nullable OutcomeGroup group(String code) {
        for (OutcomeGroup g : OutcomeGroup.values()) {
            if (g.code().equals(code)) {
                return g;
            }
        }
        return null;
    }

    private static String key(OutcomeGroup group, int level) {
        return group.code() + level;
    }

    /** @return the languages with templates */
    public Set<String> languages() {
        return new TreeSet<>(templates.keySet());
    }

    /**
     * @param language a primary language subtag
     * @param group the outcome's group
     * @param level the level, 1 to 8
     * @param objects the requirements' texts
     * @return the statement, or empty if the language has no templates
     */
    public Optional<String> statement(String language, OutcomeGroup group, int level, List<String> objects) {
        Map<String, String> map = templates.get(language);
        if (map == null) {
            return Optional.empty();
        }
        boolean quoted = !language.equals("en");
        StringBuilder object = new StringBuilder();
        for (String text : objects) {
            String clean = text.strip();
            while (clean.endsWith(".") || clean.endsWith(";")) {
                clean = clean.substring(0, clean.length() - 1).strip();
            }
            if (object.length() > 0) {
                object.append("; ");
            }
            object.append(quoted ? "«" + clean + "»" : clean);
        }
        return Optional.of(map.get(key(group, level)).replace(OBJECT, object));
    }
}
