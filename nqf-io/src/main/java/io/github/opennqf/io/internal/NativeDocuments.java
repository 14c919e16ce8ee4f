package io.github.opennqf.io.internal;

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
import io.github.opennqf.io.ReadProblem;
import io.github.opennqf.io.ReadProblem.Reason;
import java.io.BufferedReader;
import java.io.IOException;
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
        try (JsonParser parser = factory(syntax, limits).createParser(in)) {
            LocatedTree tree = LocatedTree.parse(parser, source, limits.maxDepth(), limits.maxStringLength());
            JsonToken after = parser.nextToken();
            if (after != null) {
                JsonLocation at = parser.currentTokenLocation();
                problems.add(new Location(source, at.getLineNr(), at.getColumnNr(), null), Reason.MALFORMED_SYNTAX,
                        syntax == Syntax.YAML ? "more than one YAML document in the input; put one document per file"
                                : "unexpected content after the end of the document", null);
                throw problems.exception();
            }
            Binding binding = new Binding(tree, problems, limits, frameworks);
            Document<?> document = DocumentCodecs.read(binding, tree.root(), expected);
            if (document != null && binding.failures() == 0) {
                validate(binding, document);
            }
            if (document != null && binding.failures() == 0) {
                return document;
            }
        } catch (FatalReadProblem e) {
            problems.add(location(source, e.line, e.column), e.reason, e.getMessage(), e.getCause());
        } catch (IOException e) {
            problems.add(location(source, e), reason(e), message(e), e);
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
            problems.add(location(source, lineNumber + 1, 0), reason(e), message(e), e);
        }
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        return delivered;
    }

    private static @Nullable ApplicantProfile applicantLine(JsonFactory factory, String line, String source,
            long lineNumber, ReadLimits limits, Map<FrameworkRef, Set<Integer>> frameworks, Problems problems) {
        Problems own = new Problems(source, limits.maxProblems());
        try (JsonParser parser = factory.createParser(new StringReader(line))) {
            LocatedTree tree = LocatedTree.parse(parser, source, limits.maxDepth(), limits.maxStringLength());
            if (parser.nextToken() != null) {
                throw new FatalReadProblem(1, parser.currentTokenLocation().getColumnNr(), Reason.MALFORMED_SYNTAX,
                        "unexpected content after the applicant; a JSON-lines file holds one object per line", null);
            }
            Binding binding = new Binding(tree, own, limits, frameworks);
            ApplicantProfile applicant = ModelCodecs.APPLICANT.read(binding, "", tree.root());
            if (applicant != null && binding.failures() == 0) {
                ModelValidation.validate(binding, "", applicant);
            }
            if (applicant != null && binding.failures() == 0) {
                return applicant;
            }
        } catch (FatalReadProblem e) {
            own.add(location(source, e.line, e.column), e.reason, e.getMessage(), e.getCause());
        } catch (IOException e) {
            own.add(location(source, e), reason(e), message(e), e);
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

    private static JsonFactory factory(Syntax syntax, ReadLimits limits) {
        // Jackson's own limits sit one above ours, so that ours (which report the location) fire first;
        // Jackson's stop a single huge token before it is held in memory.
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
        loader.setAllowDuplicateKeys(false);
        loader.setNestingDepthLimit(limits.maxDepth() + 1);
        return YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(constraints)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    private static Location location(String source, long line, long column) {
        return line > 0 ? Location.at(source, line, Math.max(column, 0)) : Location.document(source);
    }

    private static Location location(String source, IOException e) {
        if (e instanceof JsonProcessingException j && j.getLocation() != null) {
            JsonLocation at = j.getLocation();
            return location(source, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0));
        }
        return Location.document(source);
    }

    private static Reason reason(IOException e) {
        if (e instanceof InputTooLargeException || e instanceof StreamConstraintsException) {
            return Reason.LIMIT_EXCEEDED;
        }
        if (e instanceof JsonEOFException) {
            return Reason.TRUNCATED;
        }
        if (e instanceof JsonProcessingException || e instanceof CharacterCodingException) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("end-of-input") || m.contains("end of the stream") || m.contains("Unexpected end")) {
                return Reason.TRUNCATED;
            }
            if (m.contains("exceeds the limit") || m.contains("Number of aliases")) {
                return Reason.LIMIT_EXCEEDED;
            }
            return Reason.MALFORMED_SYNTAX;
        }
        return Reason.IO_ERROR;
    }

    private static String message(IOException e) {
        if (e instanceof InputTooLargeException t) {
            return t.problemMessage();
        }
        if (e instanceof CharacterCodingException) {
            return "the input is not valid UTF-8";
        }
        if (e instanceof JsonProcessingException j) {
            String m = j.getOriginalMessage();
            return m == null ? j.getClass().getSimpleName() : firstLine(m);
        }
        return "cannot read the input: " + CsvRows.describe(e);
    }

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
