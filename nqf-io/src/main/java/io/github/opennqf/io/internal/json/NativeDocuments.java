package io.github.opennqf.io.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.framework.FrameworkRef;
import io.github.opennqf.framework.Frameworks;
import io.github.opennqf.framework.QualificationsFramework;
import io.github.opennqf.io.Document;
import io.github.opennqf.io.DocumentType;
import io.github.opennqf.io.Location;
import io.github.opennqf.io.ReadException;
import io.github.opennqf.io.ReadLimits;
import io.github.opennqf.io.ReadProblem.Reason;
import io.github.opennqf.io.ReadProblem;
import io.github.opennqf.io.internal.input.BoundedInputStream;
import io.github.opennqf.io.internal.input.BoundedReader;
import io.github.opennqf.io.internal.input.FatalReadProblem;
import io.github.opennqf.io.internal.input.InputTooLargeException;
import io.github.opennqf.io.internal.input.Problems;
import io.github.opennqf.io.internal.input.Utf8Reader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reading and writing native JSON and YAML documents: parse (bounded) into a located tree, bind
 * the tree to the model collecting every problem, validate the model, and either return the whole
 * value or throw one {@link ReadException} with every problem. Not API; called by
 * {@code NativeFormat} and {@code JsonLines}. Thread-safe: no state beyond immutable factories.
 */
public final class NativeDocuments {
    private static final ObjectMapper JSON_WRITER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper LINE_WRITER = new ObjectMapper();
    private static final ObjectMapper YAML_WRITER = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private NativeDocuments() {}

    /** The two native syntaxes. */
    public enum Syntax {
        /** RFC 8259 JSON. */
        JSON,
        /** YAML 1.1, as SnakeYAML reads it, one document per input. */
        YAML
    }

    /** @return the reader, failing with a {@link ReadProblem.Reason#LIMIT_EXCEEDED} problem past the size limit */
    public static Reader bounded(Reader in, ReadLimits limits) {
        return new BoundedReader(in, limits.maxBytes());
    }

    /** @return the level ranks of the bundled frameworks and {@code extra}, by framework */
    public static Map<FrameworkRef, Set<Integer>> frameworks(Collection<QualificationsFramework> extra) {
        List<QualificationsFramework> all = new ArrayList<>(Frameworks.bundled());
        all.addAll(extra);
        Map<FrameworkRef, Set<Integer>> ranks = new LinkedHashMap<>(ModelCodecs.ranks(all));
        return Map.copyOf(ranks);
    }

    /**
     * Reads one document.
     *
     * @param in the input, already bounded by {@link ReadLimits#maxBytes()}
     * @param expected the type the caller asks for, or {@code null} for any type
     * @throws ReadException with every problem found
     */
    public static Document<?> read(Reader in, String source, Syntax syntax, @Nullable DocumentType<?> expected,
            ReadLimits limits, Map<FrameworkRef, Set<Integer>> frameworks) {
        Problems problems = new Problems(source, limits.maxProblems());
        LocatedTree tree = parse(in, source, syntax, limits, problems);
        Binding binding = new Binding(tree, problems, limits, frameworks);
        try {
            Document<?> document = DocumentCodecs.read(binding, tree.root(), expected);
            if (document != null && binding.failures() == 0) {
                validate(binding, document);
            }
            if (document != null && binding.failures() == 0) {
                return document;
            }
        } catch (FatalReadProblem e) {
            problems.add(location(source, e.line, e.column, tree.current()), e.reason, e.getMessage(), e.getCause());
        }
        throw problems.exception();
    }

    /**
     * Parses one whole document into a located tree, within the limits: depth, string length,
     * repeated keys and size are checked with the position of the offending token.
     *
     * @param in the input, already bounded by {@link ReadLimits#maxBytes()}
     * @throws ReadException if the input is not one well-formed document within the limits
     */
    static LocatedTree parse(Reader in, String source, Syntax syntax, ReadLimits limits, Problems problems) {
        LocatedTree tree = new LocatedTree(source, limits.maxDepth(), limits.maxStringLength());
        Reader text = syntax == Syntax.YAML ? new YamlCharacterReader(in) : in;
        try (JsonParser parser = factory(syntax, limits).createParser(text)) {
            try {
                tree.parse(parser);
                JsonToken after = parser.nextToken();
                if (after != null) {
                    JsonLocation at = parser.currentTokenLocation();
                    problems.add(new Location(source, at.getLineNr(), at.getColumnNr(), null), Reason.MALFORMED_SYNTAX,
                            syntax == Syntax.YAML ? "more than one YAML document in the input; put one document per file"
                                    : "unexpected content after the end of the document", null);
                    throw problems.exception();
                }
                if (!tree.duplicates().isEmpty()) {
                    tree.duplicates().forEach(p -> problems.add(p.location(), p.reason(), p.message(), null));
                    throw problems.exception();
                }
                return tree;
            } catch (IOException e) {
                ReadProblem problem = parseProblem(e, parser, tree, source, limits);
                problems.add(problem.location(), problem.reason(), problem.message(), e);
            } catch (FatalReadProblem e) {
                problems.add(location(source, e.line, e.column, tree.current()), e.reason, e.getMessage(), e.getCause());
            } catch (ReadException e) {
                throw e;
            } catch (RuntimeException e) {
                // a parser's own bug (such as SnakeYAML 2.3's IndexOutOfBoundsException on a surrogate
                // pair at its buffer boundary) is still a located problem, never a raw stack trace
                JsonLocation at = parser.currentLocation();
                problems.add(location(source, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), tree.current()),
                        Reason.MALFORMED_SYNTAX,
                        "the parser failed on this input (" + Problems.describe(e) + "); if the input is valid,"
                                + " check that the JSON and YAML libraries are at the versions nqf-io declares", e);
            }
        } catch (IOException e) {
            problems.add(Location.document(source), Reason.IO_ERROR, "cannot read the input: " + Problems.describe(e), e);
        }
        throw problems.exception();
    }

    /**
     * Reads a JSON-lines stream of applicants, one JSON object per line, handing each valid one to
     * {@code sink} as it is read. Blank lines are skipped. Every bad line is reported (by line and
     * JSON pointer) and reading goes on; if any line was bad the call ends with a
     * {@link ReadException} listing them all, after the good records were delivered.
     *
     * @return the number of applicants delivered
     */
    public static long readApplicantLines(Reader in, String source, ReadLimits limits,
            Map<FrameworkRef, Set<Integer>> frameworks, Consumer<? super ApplicantProfile> sink) {
        Problems problems = new Problems(source, limits.maxProblems());
        JsonFactory factory = factory(Syntax.JSON, limits);
        long delivered = 0;
        long records = 0;
        long lineNumber = 0;
        try (BufferedReader lines = new BufferedReader(in)) {
            for (String line = lines.readLine(); line != null && !problems.full(); line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                if (++records > limits.maxRecords()) {
                    problems.add(Location.at(source, lineNumber, 0), Reason.LIMIT_EXCEEDED, "more than "
                            + limits.maxRecords() + " records (ReadLimits.maxRecords); reading stopped", null);
                    break;
                }
                ApplicantProfile applicant = applicantLine(factory, line, source, lineNumber, limits, frameworks,
                        problems);
                if (applicant != null) {
                    sink.accept(applicant);
                    delivered++;
                }
            }
        } catch (IOException e) {
            ReadProblem problem = inputProblem(e, source);
            problems.add(problem.location().line() > 0 ? problem.location() : location(source, lineNumber + 1, 0, null),
                    problem.reason(), problem.message(), e);
        }
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        return delivered;
    }

    private static @Nullable ApplicantProfile applicantLine(JsonFactory factory, String line, String source,
            long lineNumber, ReadLimits limits, Map<FrameworkRef, Set<Integer>> frameworks, Problems problems) {
        Problems own = new Problems(source, limits.maxProblems());
        LocatedTree tree = new LocatedTree(source, limits.maxDepth(), limits.maxStringLength());
        try (JsonParser parser = factory.createParser(new StringReader(line))) {
            try {
                tree.parse(parser);
                if (parser.nextToken() != null) {
                    own.add(location(source, 1, parser.currentTokenLocation().getColumnNr(), null),
                            Reason.MALFORMED_SYNTAX, "unexpected content after the applicant; a JSON-lines file"
                                    + " holds one object per line", null);
                }
                tree.duplicates().forEach(p -> own.add(p.location(), p.reason(), p.message(), null));
            } catch (IOException e) {
                ReadProblem problem = parseProblem(e, parser, tree, source, limits);
                own.add(problem.location(), problem.reason(), problem.message(), e);
            }
            if (own.isEmpty()) {
                Binding binding = new Binding(tree, own, limits, frameworks);
                ApplicantProfile applicant = ModelCodecs.APPLICANT.read(binding, "", tree.root());
                if (applicant != null && binding.failures() == 0) {
                    ModelValidation.validate(binding, "", applicant);
                }
                if (applicant != null && binding.failures() == 0) {
                    return applicant;
                }
            }
        } catch (FatalReadProblem e) {
            own.add(location(source, e.line, e.column, tree.current()), e.reason, e.getMessage(), e.getCause());
        } catch (IOException e) {
            own.add(Location.document(source), Reason.IO_ERROR, "cannot read the input: " + Problems.describe(e), e);
        }
        // Re-home the line's own locations (line 1 of the line's text) onto the file's line.
        for (ReadProblem p : own.exception().problems()) {
            Location l = p.location();
            problems.add(new Location(source, lineNumber, l.line() <= 1 ? l.column() : 0, l.jsonPointer()), p.reason(),
                    p.message(), null);
        }
        return null;
    }

    /** Writes one document, pretty-printed, ending with a newline. */
    public static <T> void write(Syntax syntax, DocumentType<T> type, T value, Writer out) {
        writeNode(syntax, DocumentCodecs.write(type, value), out);
    }

    /** Writes applicants as JSON lines: one compact object per line. */
    public static void writeApplicantLines(Iterable<ApplicantProfile> applicants, Writer out) {
        try {
            for (ApplicantProfile a : applicants) {
                out.write(LINE_WRITER.writeValueAsString(ModelCodecs.APPLICANT.write(a)));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the JSON Schema of a document type, as pretty-printed JSON text */
    public static String schema(DocumentType<?> type) {
        java.io.StringWriter out = new java.io.StringWriter();
        writeNode(Syntax.JSON, DocumentCodecs.schema(type), out);
        return out.toString();
    }

    private static void writeNode(Syntax syntax, JsonNode node, Writer out) {
        try {
            if (syntax == Syntax.JSON) {
                JsonGenerator g = JSON_WRITER.getFactory().createGenerator(out);
                // A pretty printer counts the nesting as it writes: one instance per document, never shared.
                g.setPrettyPrinter(PRETTY.createInstance());
                JSON_WRITER.writeTree(g, node);
                g.flush();
                out.write('\n');
            } else {
                YAML_WRITER.writeValue(new NonClosingWriter(out), node);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonFactory factory(Syntax syntax, ReadLimits limits) {
        // Jackson's own limits sit one above ours, so that ours (which know where the value is) fire
        // first where they can; Jackson's stop a single huge token before it is held in memory, and
        // its problems are worded as ours (parseProblem).
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 1)
                .maxStringLength(limits.maxStringLength() + 1)
                .maxNameLength(limits.maxStringLength() + 1)
                .maxDocumentLength(limits.maxBytes() + 1)
                .build();
        if (syntax == Syntax.JSON) {
            return JsonFactory.builder()
                    .streamReadConstraints(constraints)
                    .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .build();
        }
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        loader.setMaxAliasesForCollections(0);
        // Repeated keys are found by LocatedTree, which reports them as DUPLICATE like JSON's; SnakeYAML's
        // own check (setAllowDuplicateKeys(false)) would make Jackson report a syntax error instead.
        loader.setNestingDepthLimit(limits.maxDepth() + 1);
        return YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(constraints)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    /**
     * Wraps UTF-8 bytes as characters, counting the bytes against {@link ReadLimits#maxBytes()};
     * malformed UTF-8 is a problem, not a replacement character.
     */
    public static Reader utf8(InputStream in, ReadLimits limits) {
        return new Utf8Reader(new BoundedInputStream(in, limits.maxBytes()));
    }

    static Location location(String source, long line, long column, @Nullable String pointer) {
        return line > 0 ? new Location(source, line, Math.max(column, 0), pointer)
                : pointer == null ? Location.document(source) : Location.pointer(source, pointer);
    }

    /**
     * A parser's failure as a problem a person can act on: located at the parser's position and
     * the JSON pointer of the value being read, with the parser's wording cleaned of its own
     * class, feature and source names.
     */
    static ReadProblem parseProblem(IOException e, JsonParser parser, LocatedTree tree, String source,
            ReadLimits limits) {
        ReadProblem underneath = inputProblem(e, source);
        if (underneath.reason() != Reason.IO_ERROR) {
            return underneath;
        }
        String pointer = tree.current();
        if (e instanceof StreamConstraintsException) {
            // where the too long string or number starts; a name fails before it becomes the current token
            JsonLocation at = String.valueOf(e.getMessage()).startsWith("Name length") ? parser.currentLocation()
                    : parser.currentTokenLocation();
            return new ReadProblem(location(source, at.getLineNr(), at.getColumnNr(), pointer), Reason.LIMIT_EXCEEDED,
                    constraintMessage(String.valueOf(e.getMessage()), limits));
        }
        if (!(e instanceof JsonProcessingException j)) {
            return underneath;
        }
        JsonLocation at = j.getLocation() != null ? j.getLocation() : parser.currentLocation();
        Location location = location(source, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), pointer);
        org.yaml.snakeyaml.error.MarkedYAMLException yaml = cause(e, org.yaml.snakeyaml.error.MarkedYAMLException.class);
        String detail = yaml != null ? yamlMessage(yaml) : String.valueOf(j.getOriginalMessage());
        if (e instanceof JsonEOFException || detail.contains("end-of-input") || detail.contains("<stream end>")
                || detail.contains("end of stream") || detail.contains("end of the stream")) {
            return new ReadProblem(location, Reason.TRUNCATED, LocatedTree.TRUNCATED);
        }
        return new ReadProblem(location, Reason.MALFORMED_SYNTAX, parserMessage(detail));
    }

    /**
     * The problems found below the parser, in the input itself (too large, not UTF-8, a character
     * YAML does not allow), wherever the parser wrapped them; else an {@code IO_ERROR}.
     */
    static ReadProblem inputProblem(IOException e, String source) {
        InputTooLargeException large = cause(e, InputTooLargeException.class);
        if (large != null) {
            return new ReadProblem(Location.document(source), Reason.LIMIT_EXCEEDED, large.problemMessage());
        }
        YamlCharacterReader.DisallowedCharacterException character =
                cause(e, YamlCharacterReader.DisallowedCharacterException.class);
        if (character != null) {
            return new ReadProblem(Location.at(source, character.line, character.column), Reason.MALFORMED_SYNTAX,
                    character.getMessage());
        }
        Utf8Reader.MalformedUtf8Exception utf8 = cause(e, Utf8Reader.MalformedUtf8Exception.class);
        if (utf8 != null) {
            return new ReadProblem(Location.at(source, utf8.line, utf8.column), Reason.MALFORMED_SYNTAX, utf8.getMessage());
        }
        if (cause(e, CharacterCodingException.class) != null) {
            return new ReadProblem(Location.document(source), Reason.MALFORMED_SYNTAX, "the input is not valid UTF-8");
        }
        return new ReadProblem(Location.document(source), Reason.IO_ERROR, "cannot read the input: " + Problems.describe(e));
    }

    private static <X extends Throwable> @Nullable X cause(Throwable e, Class<X> type) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 16; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Jackson's wording of its read constraints, as the limits of {@link ReadLimits}. */
    private static String constraintMessage(String message, ReadLimits limits) {
        if (message.startsWith("String value length")) {
            return "a string is longer than the limit of " + limits.maxStringLength()
                    + " characters (ReadLimits.maxStringLength); reading stopped";
        }
        if (message.startsWith("Name length")) {
            return "a field name is longer than the limit of " + limits.maxStringLength()
                    + " characters (ReadLimits.maxStringLength); reading stopped";
        }
        if (message.startsWith("Number value length")) {
            return "a number has more than " + StreamReadConstraints.DEFAULT_MAX_NUM_LEN
                    + " digits, the most this reader accepts; reading stopped";
        }
        if (message.startsWith("Document nesting depth")) {
            return "the document nests objects and arrays deeper than the limit of " + limits.maxDepth()
                    + " (ReadLimits.maxDepth); reading stopped";
        }
        if (message.startsWith("Document length")) {
            return "the input is larger than the limit of " + limits.maxBytes()
                    + " characters (ReadLimits.maxBytes); reading stopped";
        }
        return "the input goes beyond a limit of the parser; reading stopped";
    }

    /** SnakeYAML's problem, with the construct it was reading: "expected ',' or ']', but got : (while parsing a flow sequence)". */
    private static String yamlMessage(org.yaml.snakeyaml.error.MarkedYAMLException e) {
        String problem = e.getProblem();
        String context = e.getContext();
        if (problem == null) {
            return String.valueOf(context);
        }
        return context == null ? problem : problem + " (" + context + ")";
    }

    /** A parser's message, first line only, without the parser's class, feature and source names. */
    static String parserMessage(String message) {
        String m = firstLine(message).strip();
        if (m.startsWith("Expected a field name (Scalar value in YAML)")) {
            return "a key must be a plain value, not a list or a mapping";
        }
        m = SOURCE_REFERENCE.matcher(m).replaceAll("");
        m = FEATURE_HINT.matcher(m).replaceAll("");
        m = CLASS_NAME.matcher(m).replaceAll("a value");
        m = m.strip();
        if (m.isEmpty()) {
            return "the input is not well-formed";
        }
        return Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }

    /** "(start marker at [Source: REDACTED ...; line: 1, column: 1])" and the like. */
    private static final Pattern SOURCE_REFERENCE = Pattern.compile("\\s*\\([^()]*\\[Source:.*?\\][^()]*\\)|\\s*at \\[Source:.*$");
    /** ": enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow" and "(... Feature 'ALLOW_COMMENTS' not enabled ...)". */
    private static final Pattern FEATURE_HINT = Pattern.compile(
            "[:;,]?\\s*(?:enable|use) `[^`]*`.*$|\\s*\\([^()]*Feature '[A-Z_]+'[^()]*\\)|\\s*`[^`]*`");
    /** A Java class name, in angle brackets or not: "<org.yaml.snakeyaml.events.SequenceStartEvent(...)>". */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "<?\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z][A-Za-z0-9_$]*(?:\\([^)]*\\))?>?");

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void validate(Binding binding, Document<?> document) {
        Object value = document.value();
        String pointer = "/" + document.type().name();
        if (value instanceof List list) {
            ModelValidation.validateEach(binding, pointer, list);
        } else {
            ModelValidation.validate(binding, pointer, value);
        }
    }

    /** Lets the YAML mapper finish its document without closing the caller's writer. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

}
