package io.github.opennqf.io.internal.tabular;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.opennqf.InvalidValueException;
import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.io.TabularOptions;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.text.LanguagePriority;
import io.github.opennqf.text.MultilingualText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes the tabular format with Jackson's {@link CsvMapper}: the header, then one row per
 * outcome or requirement, quoted as RFC 4180 requires and neutralised against spreadsheet formula
 * injection ({@link FormulaGuard}). The values are checked first, so nothing
 * is written for a collection the reader would reject. Thread-safe: the mapper is shared and
 * immutable, and no other state is kept.
 */
public final class TabularWriter {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();
    private static final CsvSchema PROGRAM_SCHEMA = schema(ProgramTable.COLUMNS);
    private static final CsvSchema STANDARD_SCHEMA = schema(StandardTable.COLUMNS);

    private TabularWriter() {}

    private static CsvSchema schema(List<String> columns) {
        CsvSchema.Builder builder = CsvSchema.builder().setUseHeader(false);
        columns.forEach(builder::addColumn);
        return builder.build();
    }

    /** Writes one row per learning outcome, after checking every program. */
    public static void programs(Collection<EducationalProgram> programs, Writer out, TabularOptions options) {
        Objects.requireNonNull(programs, "programs");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        programRows(programs, options, row -> { });
        write(PROGRAM_SCHEMA, ProgramTable.COLUMNS, out, rows -> programRows(programs, options, rows));
    }

    /** Checks the programs and passes each row on. */
    private static void programRows(Collection<EducationalProgram> programs, TabularOptions options,
            Consumer<String[]> rows) {
        Set<String> ids = new HashSet<>();
        int p = 0;
        for (EducationalProgram program : programs) {
            String field = "programs[" + p + "]";
            Objects.requireNonNull(program, field);
            if (!ids.add(program.id())) {
                throw new InvalidValueException(field + ".id", program.id(),
                        "repeats the id of an earlier program; the tabular format would merge them");
            }
            if (program.outcomes().isEmpty()) {
                throw new InvalidValueException(field + ".outcomes", null,
                        "is empty: program '" + program.id() + "' would have no row in the tabular format");
            }
            Set<String> outcomeIds = new HashSet<>();
            int o = 0;
            for (LearningOutcome outcome : program.outcomes()) {
                if (!outcomeIds.add(outcome.id())) {
                    throw new InvalidValueException(field + ".outcomes[" + o + "].id", outcome.id(),
                            "repeats an earlier outcome id of program '" + program.id() + "'");
                }
                String[] row = {
                    program.id(),
                    text(program.title(), options),
                    level(program.level()),
                    outcome.id(),
                    text(outcome.statement(), options),
                    outcome.category().code(),
                    program.code() == null ? "" : program.code().toString(),
                    concepts(outcome.concepts()),
                    language(options.writeLanguages(), program.title(), outcome.statement()),
                };
                rows.accept(checked(row, field + ".outcomes[" + o + "]", options));
                o++;
            }
            p++;
        }
    }

    /** Writes one row per requirement, after checking every standard. */
    public static void standards(Collection<ProfessionalStandard> standards, Writer out, TabularOptions options) {
        Objects.requireNonNull(standards, "standards");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        standardRows(standards, options, row -> { });
        write(STANDARD_SCHEMA, StandardTable.COLUMNS, out, rows -> standardRows(standards, options, rows));
    }

    /** Checks the standards and passes each row on. */
    private static void standardRows(Collection<ProfessionalStandard> standards, TabularOptions options,
            Consumer<String[]> rows) {
        Set<String> codes = new HashSet<>();
        int s = 0;
        for (ProfessionalStandard standard : standards) {
            String field = "standards[" + s + "]";
            Objects.requireNonNull(standard, field);
            if (!codes.add(standard.code())) {
                throw new InvalidValueException(field + ".passport.code", standard.code(),
                        "repeats the code of an earlier standard; the tabular format would merge them");
            }
            if (standard.requirements().isEmpty()) {
                throw new InvalidValueException(field + ".requirements", null, "is empty: standard '"
                        + standard.code() + "' would have no row in the tabular format");
            }
            Set<String> requirementIds = new HashSet<>();
            MultilingualText title = standard.passport().title();
            for (ProfessionCard card : standard.professionCards()) {
                for (LabourFunction function : card.labourFunctions()) {
                    for (Requirement requirement : function.requirements()) {
                        if (!requirementIds.add(requirement.id())) {
                            throw new InvalidValueException(field + ".requirements", requirement.id(),
                                    "repeats an earlier requirement id of standard '" + standard.code() + "'");
                        }
                        String[] row = {
                            standard.code(),
                            text(title, options),
                            level(card.level()),
                            requirement.id(),
                            text(requirement.text(), options),
                            requirement.category().code(),
                            Double.toString(requirement.weight()),
                            Boolean.toString(requirement.essential()),
                            concepts(requirement.concepts()),
                            language(options.writeLanguages(), title, requirement.text()),
                        };
                        rows.accept(checked(row, field + ".requirements[" + requirement.id() + "]", options));
                    }
                }
            }
            s++;
        }
    }

    private static String text(MultilingualText text, TabularOptions options) {
        return text.resolve(options.writeLanguages());
    }

    private static String level(@Nullable LevelRef level) {
        return level == null ? "" : level.level().toString();
    }

    private static String concepts(List<ConceptRef> concepts) {
        return concepts.stream().map(ConceptRef::toString).collect(Collectors.joining(" "));
    }

    /** The language of the row's texts, or empty when the two resolve to different languages. */
    private static String language(LanguagePriority priority, MultilingualText a, MultilingualText b) {
        String tag = a.resolveTag(priority);
        return tag.equals(b.resolveTag(priority)) ? tag : "";
    }

    /**
     * Neutralises the cells against formula injection ({@link FormulaGuard}) and refuses a cell
     * the reader with the same options would refuse as too long.
     */
    private static String[] checked(String[] row, String field, TabularOptions options) {
        int max = options.limits().maxStringLength();
        for (int i = 0; i < row.length; i++) {
            row[i] = FormulaGuard.neutralise(row[i]);
        }
        for (String cell : row) {
            if (cell.length() > max) {
                throw new InvalidValueException(field, cell, "has a cell of " + cell.length()
                        + " characters, above the limit of " + max + " (ReadLimits.maxStringLength)");
            }
        }
        return row;
    }

    private static void write(CsvSchema schema, List<String> header, Writer out,
            Consumer<Consumer<String[]>> rows) {
        try (SequenceWriter writer = MAPPER.writer(schema).writeValues(out)) {
            writer.write(header.toArray(String[]::new));
            rows.accept(row -> {
                try {
                    writer.write(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
