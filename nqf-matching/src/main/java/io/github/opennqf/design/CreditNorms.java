package io.github.opennqf.design;

import io.github.opennqf.design.internal.DataTable;
import io.github.opennqf.framework.Level;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.internal.Check;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Credit norms per framework level: the range of Kazakh academic credits a program at a level
 * must have (a bachelor program at least 240, a master program 60 to 120, a doctoral program at
 * least 180), used by {@link ProgramQualityCheck} to check a program's total and by
 * {@link ProgramDesigner} for a skeleton's total.
 *
 * <pre>{@code
 * CreditNorms.bundled().norm(LevelRef.parse("kz-nqf:2025/6")).map(CreditNorm::describe);  // "at least 240"
 * }</pre>
 *
 * <p>The bundled norms are in {@code io/github/opennqf/design/data/credit-norms.tsv}, with their
 * sources; only the higher-education levels of the Kazakhstan NQF are there, because the TVET
 * volumes were not verified. {@link #read(Reader, String)} reads your own; {@link #with(CreditNorm)}
 * adds or replaces one.
 *
 * <p>Immutable and thread-safe. A file with problems gets a {@link DesignDataException} listing
 * every problem with its line.
 *
 * @since 0.1.0
 */
public final class CreditNorms {
    private static final String BUNDLED = "data/credit-norms.tsv";

    private final Map<String, CreditNorm> norms;

    private CreditNorms(Map<String, CreditNorm> norms) {
        this.norms = norms;
    }

    private static final class Bundled {
        static final CreditNorms INSTANCE = load(DataTable.resource(CreditNorms.class, BUNDLED, 6));
    }

    /** @return the bundled norms, loaded on first use */
    public static CreditNorms bundled() {
        return Bundled.INSTANCE;
    }

    /** @return no norms at all: every level then needs explicit credits */
    public static CreditNorms none() {
        return new CreditNorms(Map.of());
    }

    /**
     * Reads norms in the bundled file's format: framework, level, least, most (or {@code -}),
     * design default, source; tab-separated.
     *
     * @param reader the file's text
     * @param source its name, for messages
     * @return the norms
     * @throws DesignDataException listing every problem with its line
     */
    public static CreditNorms read(Reader reader, String source) {
        Check.notNull(reader, "reader");
        return load(DataTable.read(reader, Check.notBlank(source, "source"), 6));
    }

    private static CreditNorms load(DataTable table) {
        Map<String, CreditNorm> norms = new LinkedHashMap<>();
        for (DataTable.Row row : table.rows()) {
            LevelRef level;
            try {
                level = LevelRef.parse(row.cell(0) + "/" + row.cell(1));
            } catch (io.github.opennqf.InvalidValueException e) {
                table.problem(row.line(), "'" + DataTable.clip(row.cell(0)) + "' level '" + DataTable.clip(row.cell(1))
                        + "' is not a framework level such as kz-nqf:2025 and 6");
                continue;
            }
            OptionalInt least = table.integer(row, 2, 0, 10_000, "least credits");
            OptionalInt most = row.cell(3).equals("-") ? OptionalInt.of(Integer.MAX_VALUE)
                    : table.integer(row, 3, 0, 10_000, "most credits");
            OptionalInt design = table.integer(row, 4, 0, 10_000, "design default");
            if (least.isEmpty() || most.isEmpty() || design.isEmpty()) {
                continue;
            }
            Integer upper = most.getAsInt() == Integer.MAX_VALUE ? null : most.getAsInt();
            if (upper != null && upper < least.getAsInt()
                    || design.getAsInt() < least.getAsInt() || upper != null && design.getAsInt() > upper) {
                table.problem(row.line(), "the design default must lie between least and most, and most must not be"
                        + " below least");
                continue;
            }
            CreditNorm norm = new CreditNorm(level, least.getAsInt(), upper, design.getAsInt(), row.cell(5));
            if (norms.putIfAbsent(level.toString(), norm) != null) {
                table.problem(row.line(), "level " + level + " appears twice");
            }
        }
        table.finish();
        return new CreditNorms(Map.copyOf(norms));
    }

    /**
     * @param level a framework level; a sub-level takes its level's norm
     * @return the norm, if there is one
     */
    public Optional<CreditNorm> norm(LevelRef level) {
        Check.notNull(level, "level");
        CreditNorm norm = norms.get(LevelRef.of(level.framework(), Level.of(level.level().rank())).toString());
        return Optional.ofNullable(norm);
    }

    /**
     * @param norm a norm to add, replacing any of the same level
     * @return a copy with it
     */
    public CreditNorms with(CreditNorm norm) {
        Check.notNull(norm, "norm");
        Map<String, CreditNorm> copy = new LinkedHashMap<>(norms);
        copy.put(norm.level().toString(), norm);
        return new CreditNorms(Map.copyOf(copy));
    }

    /** @return every norm */
    public List<CreditNorm> all() {
        List<CreditNorm> all = new ArrayList<>(norms.values());
        all.sort((a, b) -> a.level().toString().compareTo(b.level().toString()));
        return List.copyOf(all);
    }
}
