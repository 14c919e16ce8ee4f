package io.github.opennqf.internal;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.FrameworkDefinitionException;
import io.github.opennqf.framework.FrameworkLevel;
import io.github.opennqf.framework.FrameworkRef;
import io.github.opennqf.framework.Level;
import io.github.opennqf.framework.LevelCorrespondence;
import io.github.opennqf.framework.LevelMapping;
import io.github.opennqf.framework.MappingStatus;
import io.github.opennqf.framework.Provenance;
import io.github.opennqf.framework.QualificationsFramework;
import io.github.opennqf.framework.TextOrigin;
import io.github.opennqf.text.MultilingualText;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads the framework and level-mapping definition formats (UTF-8 {@code .properties} files,
 * documented in {@code docs/framework-format.md}). Collects every problem before failing. Not API.
 */
public final class DefinitionParser {
    /** Definitions larger than this are rejected unread. */
    public static final int MAX_CHARS = 1 << 20;
    /** Longest accepted value. */
    public static final int MAX_VALUE_CHARS = 4000;

    static final String FRAMEWORK_FORMAT = "opennqf-framework/1";
    static final String MAPPING_FORMAT = "opennqf-level-mapping/1";

    private final String source;
    private final Map<String, String> entries;
    private final Set<String> used = new LinkedHashSet<>();
    private final List<String> problems = new ArrayList<>();

    private DefinitionParser(String source, Map<String, String> entries) {
        this.source = source;
        this.entries = entries;
    }

    /** Reads a framework definition. */
    public static QualificationsFramework readFramework(Reader reader, String source) {
        DefinitionParser p = open(reader, source);
        return p.finish(p.framework());
    }

    /** Reads a level-mapping definition. */
    public static LevelMapping readMapping(Reader reader, String source) {
        DefinitionParser p = open(reader, source);
        return p.finish(p.mapping());
    }

    private static DefinitionParser open(Reader reader, String source) {
        Check.notNull(reader, "reader");
        Check.notBlank(source, "source");
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                text.append(buffer, 0, n);
                if (text.length() > MAX_CHARS) {
                    throw new FrameworkDefinitionException(source,
                            List.of("(document): is larger than " + MAX_CHARS + " characters"));
                }
            }
        } catch (IOException e) {
            throw new FrameworkDefinitionException(source, List.of("(document): cannot be read: " + e.getMessage()));
        }
        Map<String, String> entries = new TreeMap<>();
        List<String> duplicates = new ArrayList<>();
        Properties properties = new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public synchronized @Nullable Object put(Object key, Object value) {
                if (entries.putIfAbsent((String) key, (String) value) != null) {
                    duplicates.add(key + ": appears more than once");
                }
                return super.put(key, value);
            }
        };
        try {
            properties.load(new StringReader(text.toString()));
        } catch (IOException | IllegalArgumentException e) {
            throw new FrameworkDefinitionException(source, List.of("(document): is not a valid properties file: " + e.getMessage()));
        }
        DefinitionParser parser = new DefinitionParser(source, entries);
        parser.problems.addAll(duplicates);
        return parser;
    }

    private <T> T finish(@Nullable T result) {
        for (String key : entries.keySet()) {
            if (!used.contains(key)) {
                String level = levelOf(key);
                problems.add(key + (level != null
                        ? ": level " + level + " is not listed in 'levels'"
                        : ": is not a known key of this format"));
            }
        }
        if (!problems.isEmpty() || result == null) {
            if (problems.isEmpty()) {
                problems.add("(document): could not be read");
            }
            throw new FrameworkDefinitionException(source, problems);
        }
        return result;
    }

    /** The level part of a {@code level.<L>.…} key ({@code 6} or {@code 6.2}), or null. */
    private static @Nullable String levelOf(String key) {
        String[] parts = key.split("\\.");
        if (parts.length < 3 || !parts[0].equals("level") || !isDigits(parts[1])) {
            return null;
        }
        return parts.length > 3 && isDigits(parts[2]) ? parts[1] + "." + parts[2] : parts[1];
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private @Nullable String optional(String key) {
        String value = entries.get(key);
        if (value == null) {
            return null;
        }
        used.add(key);
        value = value.strip();
        if (value.length() > MAX_VALUE_CHARS) {
            problems.add(key + ": is longer than " + MAX_VALUE_CHARS + " characters");
            return null;
        }
        return value;
    }

    private @Nullable String required(String key) {
        if (!entries.containsKey(key)) {
            problems.add(key + ": is missing");
            return null;
        }
        String value = optional(key); // null only when overlong, which is already reported
        if (value != null && value.isEmpty()) {
            problems.add(key + ": must not be blank");
            return null;
        }
        return value;
    }

    private List<String> list(String key, boolean allowEmpty) {
        String value = optional(key);
        if (value == null) {
            problems.add(key + ": is missing");
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : value.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        if (items.isEmpty() && !allowEmpty) {
            problems.add(key + ": must list at least one value");
        }
        return items;
    }

    private void checkFormat(String expected) {
        String format = required("format");
        if (format != null && !format.equals(expected)) {
            problems.add("format: is '" + format + "', expected '" + expected + "'");
        }
    }

    private <T> @Nullable T attempt(String key, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException e) {
            problems.add(key + ": " + e.getMessage());
            return null;
        }
    }

    /** Collects {@code prefix.<lang>} keys; reports a missing language. */
    private @Nullable MultilingualText text(String prefix, Set<String> languages, boolean required) {
        Map<String, String> texts = new LinkedHashMap<>();
        Set<String> blank = new java.util.HashSet<>();
        String start = prefix + ".";
        for (String key : entries.keySet()) {
            if (key.startsWith(start) && key.indexOf('.', start.length()) < 0) {
                String tag = key.substring(start.length());
                String value = optional(key);
                if (value == null) {
                    continue;
                }
                if (value.isEmpty()) {
                    problems.add(key + ": must not be blank");
                    blank.add(tag);
                    continue;
                }
                String normalised = attempt(key, () -> MultilingualText.normaliseTag(tag));
                if (normalised != null) {
                    texts.put(normalised, value);
                }
            }
        }
        if (texts.isEmpty() && !required) {
            return null;
        }
        for (String language : languages) {
            if (!texts.containsKey(language) && !blank.contains(language)) {
                problems.add(prefix + "." + language + ": is missing");
            }
        }
        return texts.isEmpty() ? null : MultilingualText.of(texts);
    }

    private @Nullable Provenance provenance() {
        String source = required("source");
        String uri = optional("source-uri");
        String note = optional("note");
        URI parsed = null;
        if (uri != null && !uri.isEmpty()) {
            try {
                parsed = new URI(uri);
            } catch (URISyntaxException e) {
                problems.add("source-uri: '" + uri + "' is not a URI: " + e.getReason());
            }
        }
        return source == null ? null : new Provenance(source, parsed, note == null || note.isEmpty() ? null : note);
    }

    private <E extends Enum<E>> @Nullable E enumValue(String key, Class<E> type) {
        String value = required(key);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(key + ": '" + value + "' must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private @Nullable QualificationsFramework framework() {
        checkFormat(FRAMEWORK_FORMAT);
        String id = required("id");
        String edition = required("edition");
        FrameworkRef ref = id == null || edition == null ? null
                : attempt("id", () -> new FrameworkRef(id, edition));
        Set<String> languages = new LinkedHashSet<>();
        for (String tag : list("languages", false)) {
            String normalised = attempt("languages", () -> MultilingualText.normaliseTag(tag));
            if (normalised != null) {
                languages.add(normalised);
            }
        }
        List<DescriptorCategory> categories = new ArrayList<>();
        for (String name : list("categories", true)) {
            try {
                categories.add(DescriptorCategory.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add("categories: '" + name + "' is not a descriptor category");
            }
        }
        List<Level> levelList = new ArrayList<>();
        for (String text : list("levels", false)) {
            Level level = attempt("levels", () -> Level.parse(text));
            if (level != null) {
                levelList.add(level);
            }
        }
        TextOrigin origin = enumValue("text-origin", TextOrigin.class);
        Provenance provenance = provenance();
        MultilingualText title = text("title", languages, true);

        List<FrameworkLevel> levels = new ArrayList<>();
        for (Level level : levelList) {
            String prefix = "level." + level;
            MultilingualText levelTitle = text(prefix + ".title", languages, true);
            MultilingualText description = text(prefix + ".description", languages, false);
            String iriText = optional(prefix + ".iri");
            URI iri = null;
            if (iriText != null) {
                try {
                    iri = new URI(iriText);
                } catch (URISyntaxException e) {
                    problems.add(prefix + ".iri: '" + iriText + "' is not a URI: " + e.getReason());
                }
            }
            Map<DescriptorCategory, MultilingualText> descriptors = new EnumMap<>(DescriptorCategory.class);
            for (DescriptorCategory category : categories) {
                MultilingualText d = text(prefix + ".descriptor." + category.name(), languages, true);
                if (d != null) {
                    descriptors.put(category, d);
                }
            }
            if (levelTitle != null) {
                levels.add(new FrameworkLevel(level, levelTitle, description, iri, descriptors));
            }
        }
        if (!problems.isEmpty() || ref == null || title == null || origin == null || provenance == null) {
            return null;
        }
        QualificationsFramework result = attempt("(framework)", () -> new QualificationsFramework(
                ref, title, languages, categories, levels, origin, provenance));
        return result;
    }

    private @Nullable LevelMapping mapping() {
        checkFormat(MAPPING_FORMAT);
        String fromText = required("from");
        String toText = required("to");
        FrameworkRef from = fromText == null ? null : attempt("from", () -> FrameworkRef.parse(fromText));
        FrameworkRef to = toText == null ? null : attempt("to", () -> FrameworkRef.parse(toText));
        MappingStatus status = enumValue("status", MappingStatus.class);
        Provenance provenance = provenance();
        List<LevelCorrespondence> pairs = new ArrayList<>();
        for (String pair : list("pairs", false)) {
            int arrow = pair.indexOf("->");
            if (arrow < 0) {
                problems.add("pairs: '" + pair + "' must be written from->to, such as 6->6");
                continue;
            }
            Level a = attempt("pairs", () -> Level.parse(pair.substring(0, pair.indexOf("->")).strip()));
            Level b = attempt("pairs", () -> Level.parse(pair.substring(pair.indexOf("->") + 2).strip()));
            if (a != null && b != null) {
                pairs.add(new LevelCorrespondence(a, b));
            }
        }
        if (!problems.isEmpty() || from == null || to == null || status == null || provenance == null) {
            return null;
        }
        return attempt("(mapping)", () -> new LevelMapping(from, to, pairs, status, provenance));
    }
}
