package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.StringReader;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A native document in one syntax, for bad-input tests: the text, edits that keep it in its
 * syntax, and where a token of it stands, so that expected locations are computed from the text
 * rather than written down twice.
 *
 * @param format the format that reads it
 * @param source the name used in locations
 * @param text the document
 */
record NativeDocs(NativeFormat format, String source, String text) {
    /** Words that only a parser's own messages contain. */
    static final List<String> PARSER_WORDS = List.of("com.fasterxml", "org.yaml", "java.", "[Source", "`",
            "Exception", "StreamReadConstraints", "JsonReadFeature", "Feature '", "REDACTED", "\tat ");

    /** A valid programs document in JSON: one program with credits, a module and an outcome. */
    static final String PROGRAMS_JSON = """
            {
              "formatVersion": "1.0",
              "type": "programs",
              "programs": [
                {
                  "id": "P1",
                  "title": {"en": "Software engineering"},
                  "level": "kz-nqf:2025/6",
                  "credits": {"amount": 240, "system": "ECTS"},
                  "modules": [
                    {
                      "id": "M1",
                      "title": {"en": "Programming"},
                      "credits": {"amount": 5, "system": "ECTS"},
                      "outcomeIds": ["LO1"]
                    }
                  ],
                  "outcomes": [
                    {"id": "LO1", "category": "skill", "statement": {"en": "Writes programs"}}
                  ]
                }
              ]
            }
            """;

    /** The same document in block-style YAML. */
    static final String PROGRAMS_YAML = """
            formatVersion: "1.0"
            type: "programs"
            programs:
              - id: "P1"
                title:
                  en: "Software engineering"
                level: "kz-nqf:2025/6"
                credits:
                  amount: 240
                  system: "ECTS"
                modules:
                  - id: "M1"
                    title:
                      en: "Programming"
                    credits:
                      amount: 5
                      system: "ECTS"
                    outcomeIds:
                      - "LO1"
                outcomes:
                  - id: "LO1"
                    category: "skill"
                    statement:
                      en: "Writes programs"
            """;

    static NativeDocs json() {
        return new NativeDocs(NativeFormat.json(), "t.json", PROGRAMS_JSON);
    }

    static NativeDocs yaml() {
        return new NativeDocs(NativeFormat.yaml(), "t.yaml", PROGRAMS_YAML);
    }

    boolean isJson() {
        return format.name().equals("json");
    }

    NativeDocs withFormat(NativeFormat value) {
        return new NativeDocs(value, source, text);
    }

    NativeDocs withLimits(ReadLimits limits) {
        return withFormat(format.withLimits(limits));
    }

    NativeDocs withText(String value) {
        return new NativeDocs(format, source, value);
    }

    /** Replaces the first occurrence of {@code old}, which must be there. */
    NativeDocs replace(String old, String replacement) {
        int at = text.indexOf(old);
        assertThat(at).as("'%s' in the %s document", old, format.name()).isNotNegative();
        return withText(text.substring(0, at) + replacement + text.substring(at + old.length()));
    }

    /** A field's key as this syntax writes it, such as {@code "level":} or {@code level:}. */
    String key(String name) {
        return isJson() ? "\"" + name + "\":" : name + ":";
    }

    /** Where the first occurrence of {@code token} stands, with a pointer. */
    Location at(String token, @Nullable String pointer) {
        return at(token, 0, pointer);
    }

    /** Where the first occurrence of {@code token} stands, plus {@code offset} columns. */
    Location at(String token, int offset, @Nullable String pointer) {
        int index = text.indexOf(token);
        assertThat(index).as("'%s' in the %s document", token, format.name()).isNotNegative();
        int lineStart = text.lastIndexOf('\n', index - 1) + 1;
        long line = text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
        return new Location(source, line, index - lineStart + 1 + offset, pointer);
    }

    ReadProblem problem(Location location, ReadProblem.Reason reason, String message) {
        return new ReadProblem(location, reason, message);
    }

    /** @return the problems of reading the text as a programs document; fails if it reads */
    List<ReadProblem> problems() {
        return problems(DocumentType.PROGRAMS);
    }

    List<ReadProblem> problems(DocumentType<?> type) {
        return problemsOf(() -> format.read(new StringReader(text), source, type));
    }

    /**
     * @return the problems of a read that must fail: a {@link ReadException} and nothing returned,
     *     every problem located in the input and worded without the parser's internals
     */
    static List<ReadProblem> problemsOf(Supplier<?> read) {
        Object value;
        try {
            value = read.get();
        } catch (ReadException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(NativeDocs::readable);
            return e.problems();
        }
        return fail("expected a ReadException, but the read returned " + value);
    }

    /** A problem a person can act on: a message without parser internals, a location. */
    static void readable(ReadProblem p) {
        assertThat(p.message()).isNotBlank();
        for (String word : PARSER_WORDS) {
            assertThat(p.message()).as("message of %s", p).doesNotContain(word);
        }
        assertThat(p.location()).isNotNull();
    }

    @Override
    public String toString() {
        return format.name();
    }
}
