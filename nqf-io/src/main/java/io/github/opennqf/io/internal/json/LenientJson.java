package io.github.opennqf.io.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.opennqf.io.Location;
import io.github.opennqf.io.ReadException;
import io.github.opennqf.io.ReadLimits;
import io.github.opennqf.io.ReadProblem.Reason;
import io.github.opennqf.io.ReadProblem;
import io.github.opennqf.io.internal.input.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reading a JSON document of an external format leniently: the fields OpenNQF models are checked
 * and reported as problems with their JSON pointer and line; every other field is skipped and
 * reported as a warning. One instance per read; not thread-safe.
 */
public final class LenientJson {
    private final LocatedTree tree;
    private final Problems problems;
    private final List<ReadProblem> warnings = new ArrayList<>();
    /** Unknown fields, by kind of object and name: where first seen, and how often. */
    private final java.util.Map<String, Object[]> unknown = new java.util.LinkedHashMap<>();

    private LenientJson(LocatedTree tree, Problems problems) {
        this.tree = tree;
        this.problems = problems;
    }

    /** Parses a UTF-8 file within the limits. */
    public static <T> T read(Path file, ReadLimits limits, Function<LenientJson, T> reader) {
        String source = String.valueOf(file.getFileName() == null ? file : file.getFileName());
        try (InputStream raw = Files.newInputStream(file)) {
            return read(raw, source, limits, reader);
        } catch (IOException e) {
            String why = e instanceof NoSuchFileException ? "no such file"
                    : e instanceof AccessDeniedException ? "access denied" : Problems.describe(e);
            throw new ReadException(new ReadProblem(Location.document(source), Reason.IO_ERROR,
                    "cannot read " + file + ": " + why), e);
        }
    }

    /** Parses UTF-8 bytes within the limits and hands the tree to {@code reader}. */
    public static <T> T read(InputStream in, String source, ReadLimits limits, Function<LenientJson, T> reader) {
        Problems problems = new Problems(source, limits.maxProblems());
        Reader text = NativeDocuments.bounded(NativeDocuments.utf8(in, limits), limits);
        LocatedTree tree = NativeDocuments.parse(text, source, NativeDocuments.Syntax.JSON, limits, problems);
        LenientJson json = new LenientJson(tree, problems);
        T value;
        try {
            value = reader.apply(json);
        } catch (RuntimeException e) {
            if (e instanceof ReadException r) {
                throw r;
            }
            problems.add(Location.document(source), Reason.INVALID_VALUE, Problems.describe(e), e);
            throw problems.exception();
        }
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        return value;
    }

    public JsonNode root() {
        return tree.root();
    }

    /** @return the warnings, then one per unknown field name and kind of object, located where first seen */
    public List<ReadProblem> warnings() {
        List<ReadProblem> all = new ArrayList<>(warnings);
        unknown.forEach((message, seen) -> {
            int count = (int) seen[1];
            all.add(new ReadProblem((io.github.opennqf.io.Location) seen[0], Reason.UNKNOWN_FIELD,
                    count == 1 ? message : message + " (in " + count + " places; the first is here)"));
        });
        return List.copyOf(all);
    }

    public boolean failed() {
        return !problems.isEmpty();
    }

    public void problem(String pointer, Reason reason, String message) {
        problems.add(tree.location(pointer), reason, message, null);
    }

    public void warn(String pointer, String message) {
        warnings.add(new ReadProblem(tree.location(pointer), Reason.UNKNOWN_FIELD, message));
    }

    /** Warns of every field of the object at {@code pointer} that is not in {@code known}. */
    public void warnUnknown(JsonNode object, String pointer, Set<String> known, String what) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                String message = what + " field '" + name + "' is not read";
                Object[] seen = unknown.computeIfAbsent(message,
                        k -> new Object[] {tree.location(LocatedTree.child(pointer, name)), 0});
                seen[1] = (int) seen[1] + 1;
            }
        }
    }

    /** @return the object at the pointer, or {@code null} after recording why it is not one */
    public @Nullable JsonNode object(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode node = parent.get(name);
        String at = LocatedTree.child(pointer, name);
        if (node == null || node.isNull()) {
            if (required) {
                problem(pointer, Reason.MISSING_FIELD, "'" + name + "' is missing");
            }
            return null;
        }
        if (!node.isObject()) {
            problem(at, Reason.WRONG_TYPE, "'" + name + "' must be an object");
            return null;
        }
        return node;
    }

    /** @return the field as text, or {@code null} (after recording a problem when it is required or mistyped) */
    public @Nullable String text(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                problem(pointer, Reason.MISSING_FIELD, "'" + name + "' is missing");
            }
            return null;
        }
        if (!node.isTextual() && !node.isNumber()) {
            problem(LocatedTree.child(pointer, name), Reason.WRONG_TYPE, "'" + name + "' must be a string");
            return null;
        }
        String text = node.asText();
        if (text.isBlank()) {
            if (required) {
                problem(LocatedTree.child(pointer, name), Reason.MISSING_FIELD, "'" + name + "' is empty");
            }
            return null;
        }
        return text;
    }

    /** @return the field as an absolute URI, or {@code null} (after recording a problem) */
    public @Nullable URI uri(JsonNode parent, String pointer, String name, boolean required) {
        String text = text(parent, pointer, name, required);
        return text == null ? null : uri(text, LocatedTree.child(pointer, name));
    }

    public @Nullable URI uri(String text, String pointer) {
        try {
            URI uri = new URI(text.strip());
            if (uri.isAbsolute()) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problem(pointer, Reason.INVALID_VALUE, "'" + text + "' is not an absolute URI");
        return null;
    }

    /** The elements of a field that holds one value or an array of them. */
    public static List<JsonNode> oneOrMany(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isArray()) {
            List<JsonNode> all = new ArrayList<>();
            node.forEach(all::add);
            return all;
        }
        return List.of(node);
    }
}
