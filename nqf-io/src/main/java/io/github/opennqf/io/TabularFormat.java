package io.github.opennqf.io;

import io.github.opennqf.io.internal.tabular.TabularReader;
import io.github.opennqf.io.internal.tabular.TabularWriter;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes the tabular CSV interchange format for educational programs and professional
 * standards: one row per learning outcome or requirement, RFC 4180 quoting, UTF-8.
 *
 * <pre>{@code
 * TabularFormat csv = TabularFormat.csv();
 * List<EducationalProgram> programs = csv.readPrograms(Path.of("programs.csv"));
 * List<ProfessionalStandard> standards = csv.withOptions(TabularOptions.DEFAULTS.withLanguage("ru"))
 *         .readStandards(Files.newBufferedReader(path), "standards.csv");
 *
 * try (Writer out = Files.newBufferedWriter(Path.of("out.csv"))) {
 *     csv.writePrograms(programs, out);
 * }
 * }</pre>
 *
 * <h2>Programs</h2>
 * <pre>
 * program_id,program_title,program_level,outcome_id,outcome_text,outcome_category[,program_code][,outcome_concepts][,language]
 * 6B06101,Software engineering,6,LO1,"Designs, builds and tests software",skill,6B06101,,en
 * </pre>
 * Rows are grouped by {@code program_id} into one {@link EducationalProgram} each, in order of
 * first appearance; a program's rows need not be consecutive, but they must agree on
 * {@code program_title} (and its language), {@code program_level} and {@code program_code}. Each row becomes one
 * {@link io.github.opennqf.program.LearningOutcome} with no level of its own:
 * {@code outcome_id} (unique within the program), {@code outcome_category}
 * ({@code knowledge}, {@code skill}, {@code ability}, {@code competence}, or any code
 * {@link io.github.opennqf.framework.DescriptorCategory#fromCode} accepts), {@code outcome_text},
 * and {@code outcome_concepts}: absolute URIs, separated by spaces, read as
 * {@link io.github.opennqf.code.ConceptRef}s. {@code program_level} is empty (no level) or a
 * {@link io.github.opennqf.framework.Level} such as {@code 6} or {@code 6.2} in
 * {@link TabularOptions#levelFramework()}; when that framework is a bundled one, the level number
 * must be one of its levels. {@code program_code} is empty or a national code read with
 * {@link io.github.opennqf.program.NationalProgramCode#parse}.
 *
 * <h2>Standards</h2>
 * <pre>
 * standard_id,standard_title,standard_level,requirement_id,requirement_text,requirement_category[,requirement_weight][,requirement_essential][,requirement_concepts][,language]
 * 06.001,Программист,4,06.001-R1,Разработка кода,skill,1.0,true,,ru
 * </pre>
 * Rows are grouped by {@code standard_id}, in order of first appearance, and must agree on
 * {@code standard_title}. The flat format has no profession cards or labour functions, so each
 * standard is mapped to:
 * <ul>
 *   <li>a {@link io.github.opennqf.standard.StandardPassport#of passport} with the id as code and
 *       the title;</li>
 *   <li>one {@link io.github.opennqf.standard.ProfessionCard} with the standard's id, title and
 *       level (or none when {@code standard_level} is empty), holding one
 *       {@link io.github.opennqf.standard.LabourFunction} with the same id and title, holding the
 *       requirements in row order.</li>
 * </ul>
 * Real standards state a level per generalised labour function, so the rows of one standard may
 * state different levels. Then the standard gets one card (each with one labour function) per
 * distinct level, in order of first appearance, with the id {@code <standard_id>/level-<level>}
 * (or {@code <standard_id>/no-level} for rows with an empty level) and the standard's title.
 * Each row becomes one {@link io.github.opennqf.standard.Requirement}: {@code requirement_id}
 * (unique within the standard), category and concepts as for outcomes,
 * {@code requirement_weight} (a decimal number greater than 0 and at most 1000; 1.0 when the
 * cell is empty or the column absent) and {@code requirement_essential} ({@code true},
 * {@code false}, {@code 1}, {@code 0}, {@code yes}, {@code no}; false when empty or absent).
 *
 * <h2>Reading</h2>
 * Columns are matched by name, trimmed and ignoring case, in any order; the level, weight,
 * essential, code, concepts and language columns are optional, and columns the format does not
 * define are ignored. A leading byte order mark is skipped, quoted cells may hold commas, doubled
 * quotes and line breaks, and blank lines are skipped. Cells are stripped of surrounding white
 * space and of the quote of the formula-injection guard (below). Texts (titles, outcome and
 * requirement texts) are tagged with the row's {@code language} cell, a BCP 47 tag, or else
 * {@link TabularOptions#language()}.
 *
 * <p>Rows are streamed: only the grouped model values are kept, never the whole file. Reading
 * either returns every value or throws a {@link ReadException} listing every problem found (up to
 * {@link ReadLimits#maxProblems()}), each located by line and column, where the column is the
 * 1-based index of the offending cell (0 for the row or the input as a whole), with a
 * {@link ReadProblem.Reason}: a row with the wrong number of cells or broken quoting is
 * {@code MALFORMED_SYNTAX}; a quote left open at the end of the input is {@code TRUNCATED}; an
 * empty input, a missing required column or an empty required cell is {@code MISSING_FIELD}; an
 * unknown category is {@code UNKNOWN_VALUE}; a level, weight or flag of the wrong shape is
 * {@code WRONG_TYPE}; a level, weight, code, URI or language tag that the model refuses is
 * {@code INVALID_VALUE}; a repeated column, outcome id or requirement id, or rows of one program
 * or standard that disagree, is {@code DUPLICATE}; more than {@link ReadLimits#maxBytes()}, a
 * cell longer than {@link ReadLimits#maxStringLength()} or more than
 * {@link ReadLimits#maxRecords()} rows is {@code LIMIT_EXCEEDED}; a file that cannot be opened or
 * read is {@code IO_ERROR}. Broken quoting, input that is not UTF-8, an exceeded limit and an
 * I/O failure stop the read; every other problem is collected and reading goes on. No partial result is ever returned and
 * no other exception is thrown for bad input.
 *
 * <h2>Writing</h2>
 * The writer writes the header (every column above, including {@code program_code},
 * {@code outcome_concepts}, {@code requirement_weight}, {@code requirement_essential},
 * {@code requirement_concepts} and {@code language}, with empty cells when a value is absent),
 * then one row per outcome or requirement, with {@code \n} line ends and RFC 4180 quoting where
 * a cell needs it. Each text is resolved with {@link TabularOptions#writeLanguages()}
 * ({@link io.github.opennqf.text.MultilingualText#resolve}); the {@code language} cell is the
 * tag of the resolved texts, or empty when the row's two texts resolve to different languages.
 * A level is written as its level number ({@code 6}, {@code 6.2}), without its framework: a
 * level in a framework other than {@link TabularOptions#levelFramework()} is still written, and
 * is read back in {@link TabularOptions#levelFramework()}. Weights are written so that they read
 * back equal ({@code 1.0}, {@code 0.5}). The format holds only what is described above: a
 * program's credits, modules, qualification, field and standard codes, an outcome's own level,
 * a standard's passport details other than code and title, and the ids, titles and other details
 * of profession cards and labour functions are not written.
 *
 * <h2>Formula-injection guard</h2>
 * A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, TAB or
 * CR as a formula, so the writer neutralises every such cell, as OWASP advises for CSV files, by
 * writing a single quote {@code '} in front of it: the text {@code -based design} is written
 * {@code '-based design}, which a spreadsheet shows as text. So that this stays reversible, a cell
 * that starts with quotes followed by one of those characters ({@code '=x}) gets one more quote
 * too ({@code ''=x}). The reader undoes exactly this after stripping a cell: it drops the first
 * character of a cell that starts with {@code '} followed by any number of further quotes and
 * then one of the six characters. Other cells, including all numbers the writer formats, are
 * written and read as they are.
 *
 * <p>For programs and standards of the shape the reader produces, with texts in one language
 * that is {@link TabularOptions#language()} or resolves alike for every text of a row,
 * {@code read(write(values))} equals {@code values}.
 *
 * <p>Immutable and thread-safe; {@code withX} methods return copies. Readers and writers passed
 * in are neither closed nor shared; {@code null} arguments get a {@link NullPointerException}.
 *
 * @since 0.1.0
 */
public final class TabularFormat {
    private static final TabularFormat CSV = new TabularFormat(TabularOptions.DEFAULTS);

    private final TabularOptions options;

    private TabularFormat(TabularOptions options) {
        this.options = options;
    }

    /** @return the CSV format with {@link TabularOptions#DEFAULTS} */
    public static TabularFormat csv() {
        return CSV;
    }

    /**
     * @param value the level framework, the language of untagged texts, the languages to write and
     *     the limits
     * @return a copy with these options
     */
    public TabularFormat withOptions(TabularOptions value) {
        return new TabularFormat(Objects.requireNonNull(value, "options"));
    }

    /**
     * @param value the limits
     * @return a copy reading within these limits (the same as {@code withOptions(options().withLimits(value))})
     */
    public TabularFormat withLimits(ReadLimits value) {
        return withOptions(options.withLimits(Objects.requireNonNull(value, "limits")));
    }

    /** @return the options reads and writes use */
    public TabularOptions options() {
        return options;
    }

    /** @return the limits reads are held to */
    public ReadLimits limits() {
        return options.limits();
    }

    /**
     * Reads programs from a UTF-8 file; the problems' source is the file's name.
     *
     * @param csv the file
     * @return the programs, in order of first appearance
     * @throws ReadException with every problem found; {@code IO_ERROR} if the file cannot be read,
     *     {@code MALFORMED_SYNTAX} if it is not UTF-8, {@code LIMIT_EXCEEDED} if it has more bytes
     *     than {@link ReadLimits#maxBytes()} (counted while reading)
     */
    public List<EducationalProgram> readPrograms(Path csv) {
        return TabularReader.programs(csv, options);
    }

    /**
     * Reads programs from characters; the reader is read to the end (or the first fatal
     * problem) and not closed.
     *
     * @param in the input
     * @param sourceName the input's name, for problem locations, such as a file name
     * @return the programs, in order of first appearance
     * @throws ReadException with every problem found; {@link ReadLimits#maxBytes()} counts
     *     characters here
     */
    public List<EducationalProgram> readPrograms(Reader in, String sourceName) {
        return TabularReader.programs(in, sourceName, options);
    }

    /**
     * Reads standards from a UTF-8 file; the problems' source is the file's name.
     *
     * @param csv the file
     * @return the standards, in order of first appearance
     * @throws ReadException with every problem found; {@code IO_ERROR} if the file cannot be read,
     *     {@code MALFORMED_SYNTAX} if it is not UTF-8, {@code LIMIT_EXCEEDED} if it has more bytes
     *     than {@link ReadLimits#maxBytes()} (counted while reading)
     */
    public List<ProfessionalStandard> readStandards(Path csv) {
        return TabularReader.standards(csv, options);
    }

    /**
     * Reads standards from characters; the reader is read to the end (or the first fatal
     * problem) and not closed.
     *
     * @param in the input
     * @param sourceName the input's name, for problem locations, such as a file name
     * @return the standards, in order of first appearance
     * @throws ReadException with every problem found; {@link ReadLimits#maxBytes()} counts
     *     characters here
     */
    public List<ProfessionalStandard> readStandards(Reader in, String sourceName) {
        return TabularReader.standards(in, sourceName, options);
    }

    /**
     * Writes programs, one row per learning outcome. Every program is checked before anything is
     * written; the writer is flushed, not closed. {@link TabularOptions#writeLanguages()} picks
     * each text's language, and no cell may be longer than {@link ReadLimits#maxStringLength()}.
     *
     * @param programs the programs; the collection must not change during the call
     * @param out where to write
     * @throws io.github.opennqf.InvalidValueException naming the offending program if two
     *     programs share an id, a program has no outcomes (it would have no row), two outcomes of
     *     a program share an id, or a cell would be too long for the reader: nothing is written
     * @throws java.io.UncheckedIOException if writing fails
     */
    public void writePrograms(Collection<EducationalProgram> programs, Writer out) {
        TabularWriter.programs(programs, out, options);
    }

    /**
     * Writes standards, one row per requirement of every labour function of every profession
     * card, with the card's level. Every standard is checked before anything is written; the
     * writer is flushed, not closed. {@link TabularOptions#writeLanguages()} picks each text's
     * language, and no cell may be longer than {@link ReadLimits#maxStringLength()}.
     *
     * @param standards the standards; the collection must not change during the call
     * @param out where to write
     * @throws io.github.opennqf.InvalidValueException naming the offending standard if two
     *     standards share a code, a standard has no requirements (it would have no row), two
     *     requirements of a standard share an id, or a cell would be too long for the reader:
     *     nothing is written
     * @throws java.io.UncheckedIOException if writing fails
     */
    public void writeStandards(Collection<ProfessionalStandard> standards, Writer out) {
        TabularWriter.standards(standards, out, options);
    }

    @Override
    public String toString() {
        return "TabularFormat[csv, " + options + "]";
    }
}
