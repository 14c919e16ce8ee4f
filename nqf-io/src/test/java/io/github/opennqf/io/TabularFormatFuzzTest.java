package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzz-style properties: whatever the input, a reader returns values or throws a
 * {@link ReadException} with located problems, and never any other exception; nor does it reach
 * its internal-error safety net.
 */
class TabularFormatFuzzTest {
    private static final TabularOptions TIGHT = TabularOptions.DEFAULTS.withLimits(ReadLimits.DEFAULTS
            .withMaxBytes(300).withMaxStringLength(24).withMaxRecords(6).withMaxProblems(4));

    @Property(tries = 3000)
    void programReaderReturnsValuesOrAReadException(@ForAll("inputs") String input, @ForAll("options") TabularOptions options) {
        check(input, () -> TabularFormat.csv().withOptions(options).readPrograms(new StringReader(input), "fuzz.csv"));
    }

    @Property(tries = 3000)
    void standardReaderReturnsValuesOrAReadException(@ForAll("inputs") String input, @ForAll("options") TabularOptions options) {
        check(input, () -> TabularFormat.csv().withOptions(options).readStandards(new StringReader(input), "fuzz.csv"));
    }

    private static void check(String input, java.util.function.Supplier<List<?>> read) {
        List<?> values;
        try {
            values = read.get();
        } catch (ReadException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.location().source()).isEqualTo("fuzz.csv");
                assertThat(p.location().line()).isPositive();
                assertThat(p.message()).doesNotStartWith("unexpected internal error");
            });
            return;
        }
        assertThat(values).doesNotContainNull();
    }

    @Provide
    Arbitrary<TabularOptions> options() {
        return Arbitraries.of(TabularOptions.DEFAULTS, TIGHT);
    }

    @Provide
    Arbitrary<String> inputs() {
        Arbitrary<String> garbage = Arbitraries.strings().withChars(",\"\n\r ab1.-\uFEFF\t").ofMaxLength(200);
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(120);
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.of("", " ", "P1", "P2", "S1", "LO1", "LO2", "R1", "Title", "Other", "skill", "knowledge",
                        "ability", "competence", "skil", "6", "6.2", "9", "six", "0", "1.0", "0.5", "-1", "NaN",
                        "yes", "maybe", "ru", "und", "x y", "6B06101", "6X06101", "http://e.org/a", "rel/ative",
                        "\"quoted, cell\"", "\"a\"\"b\"", "\"open", "\"\"", "\"multi\nline\""),
                Arbitraries.strings().withChars(",\"\n\r xА").ofMaxLength(8));
        Arbitrary<String> row = cell.list().ofMinSize(1).ofMaxSize(11).map(cells -> String.join(",", cells));
        Arbitrary<String> rows = row.list().ofMaxSize(8).map(r -> String.join(
                r.size() % 2 == 0 ? "\n" : "\r\n", r));
        Arbitrary<String> header = Arbitraries.of(Tables.PROGRAM_HEADER, Tables.STANDARD_HEADER,
                "\uFEFF" + Tables.PROGRAM_HEADER, Tables.STANDARD_HEADER.strip() + ",requirement_essential,"
                        + "requirement_concepts,language,program_code,outcome_concepts\n",
                Tables.PROGRAM_HEADER.strip() + ",program_code,outcome_concepts,language,PROGRAM_ID\n");
        Arbitrary<String> structured = net.jqwik.api.Combinators.combine(header, rows).as(String::concat);
        Arbitrary<String> headedGarbage = net.jqwik.api.Combinators.combine(header, garbage).as(String::concat);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, garbage),
                net.jqwik.api.Tuple.of(1, unicode),
                net.jqwik.api.Tuple.of(3, headedGarbage),
                net.jqwik.api.Tuple.of(6, structured));
    }
}
