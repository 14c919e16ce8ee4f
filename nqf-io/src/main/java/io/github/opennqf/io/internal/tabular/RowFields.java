package io.github.opennqf.io.internal.tabular;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.Level;
import io.github.opennqf.io.ReadProblem.Reason;
import io.github.opennqf.io.internal.input.Problems;
import io.github.opennqf.program.NationalProgramCode;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.text.MultilingualText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The cells of one data row, by column name, with the checks of the tabular format. Each check
 * that fails records one located problem (the column is the cell's 1-based index) and tells the
 * caller the cell was invalid; the caller keeps going, so that every problem of a row is reported.
 * Cells are stripped of surrounding white space, then of a formula-injection guard quote. Not thread-safe: one instance per row.
 */
final class RowFields {
    /** Column of the BCP 47 tag of the row's texts. */
    static final String LANGUAGE = "language";

    private static final Pattern LEVEL_SHAPE = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Requirement WEIGHT_PROBE =
            Requirement.of("weight", DescriptorCategory.KZ_KNOWLEDGE, MultilingualText.of("und", "weight"));

    private final Header header;
    private final Row row;
    private final Problems problems;
    private final ReadContext context;

    RowFields(Header header, Row row, Problems problems, ReadContext context) {
        this.header = header;
        this.row = row;
        this.problems = problems;
        this.context = context;
    }

    /** @return the line the row starts on */
    long line() {
        return row.line();
    }

    /** @return the 1-based index of the column's cell, or 0 if the header lacks the column */
    int column(String name) {
        return header.index(name) + 1;
    }

    /**
     * @return the stripped cell without the quote the writer adds against formula injection
     *     ({@link FormulaGuard#restore}), or {@code ""} if the header lacks the column
     */
    String cell(String name) {
        int index = header.index(name);
        return index < 0 ? "" : FormulaGuard.restore(row.cells().get(index).strip());
    }

    /** Records a problem at this row and the column's cell. */
    void problem(String column, Reason reason, String message) {
        problems.add(row.line(), column(column), reason, message);
    }

    /** Records a problem worded as {@code column: 'value' is not valid: reason}. */
    private void invalid(String column, String value, Reason reason, String why) {
        problem(column, reason, new InvalidValueException(column, value, why).getMessage());
    }

    /** @return the cell, or {@code null} (and a MISSING_FIELD problem) if it is empty */
    @Nullable String required(String column) {
        String value = cell(column);
        if (value.isEmpty()) {
            problem(column, Reason.MISSING_FIELD, column + " is required, but the cell is empty");
            return null;
        }
        return value;
    }

    /** @return the row's language tag, normalised: its {@code language} cell, else the default */
    Parsed<String> language() {
        String value = cell(LANGUAGE);
        if (value.isEmpty()) {
            return Parsed.of(context.language());
        }
        try {
            return Parsed.of(MultilingualText.normaliseTag(value));
        } catch (InvalidValueException e) {
            invalid(LANGUAGE, value, Reason.INVALID_VALUE, e.reason());
            return Parsed.invalid();
        }
    }

    /**
     * @return the level, {@code null} if the cell is empty; a malformed level is WRONG_TYPE, a
     *     well-formed one outside the model's ranges or the level framework is INVALID_VALUE
     */
    Parsed<Level> level(String column) {
        String value = cell(column);
        if (value.isEmpty()) {
            return Parsed.of(null);
        }
        // the common shapes are checked by hand, so the regular expression seldom runs (and is never JIT-compiled)
        if (!digitsWithOptionalFraction(value) && !LEVEL_SHAPE.matcher(value).matches()) {
            invalid(column, value, Reason.WRONG_TYPE,
                    "must be a level number such as 6, or a level and a sector sub-level such as 6.2");
            return Parsed.invalid();
        }
        int dot = value.indexOf('.');
        String rankText = dot < 0 ? value : value.substring(0, dot);
        String rankProblem = context.rankProblem(rankText);
        if (rankProblem != null) {
            // a rank the model allows (0-8) that the framework lacks refers to a level that is not there
            boolean inModelRange = rankText.length() == 1 && rankText.charAt(0) <= '8';
            invalid(column, value, inModelRange ? Reason.DANGLING_REFERENCE : Reason.INVALID_VALUE, rankProblem);
            return Parsed.invalid();
        }
        Level level;
        try {
            level = Level.parse(value);
        } catch (InvalidValueException e) {
            invalid(column, value, Reason.INVALID_VALUE, e.reason());
            return Parsed.invalid();
        }
        return Parsed.of(level);
    }

    /**
     * Whether the value is ASCII digits, optionally followed by a dot and more digits (such as
     * {@code 6}, {@code 6.2}, {@code 1.0}): a shape both {@code LEVEL_SHAPE} and {@code DECIMAL}
     * match, checked without a regular expression.
     */
    private static boolean digitsWithOptionalFraction(String value) {
        int n = value.length();
        int i = 0;
        while (i < n && isDigit(value.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (value.charAt(i) != '.' || i + 1 == n) {
            return false;
        }
        for (i++; i < n; i++) {
            if (!isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** @return the national program code, {@code null} if the cell is empty or absent */
    Parsed<NationalProgramCode> code(String column) {
        String value = cell(column);
        if (value.isEmpty()) {
            return Parsed.of(null);
        }
        try {
            return Parsed.of(NationalProgramCode.parse(value));
        } catch (InvalidValueException e) {
            invalid(column, value, Reason.INVALID_VALUE, e.reason());
            return Parsed.invalid();
        }
    }

    /** @return the category, or {@code null} if the cell is empty (MISSING_FIELD) or unknown (UNKNOWN_VALUE) */
    @Nullable DescriptorCategory category(String column) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        try {
            return DescriptorCategory.fromCode(value);
        } catch (InvalidValueException e) {
            invalid(column, value, Reason.UNKNOWN_VALUE, e.reason());
            return null;
        }
    }

    /** @return the space-separated absolute URIs of the cell; empty when the cell is */
    Parsed<List<ConceptRef>> concepts(String column) {
        String value = cell(column);
        if (value.isEmpty()) {
            return Parsed.of(List.of());
        }
        List<ConceptRef> concepts = new ArrayList<>();
        for (String uri : WHITE_SPACE.split(value)) {
            try {
                concepts.add(ConceptRef.parse(uri));
            } catch (InvalidValueException e) {
                invalid(column, uri, Reason.INVALID_VALUE, e.reason());
                return Parsed.invalid();
            }
        }
        return Parsed.of(List.copyOf(concepts));
    }

    /**
     * @return the weight, 1.0 if the cell is empty or absent; text that is not a decimal number is
     *     WRONG_TYPE, a number the model refuses (not above 0, above 1000) is INVALID_VALUE
     */
    Parsed<Double> weight(String column) {
        String value = cell(column);
        if (value.isEmpty()) {
            return Parsed.of(1.0);
        }
        if (!digitsWithOptionalFraction(value) && !DECIMAL.matcher(value).matches()) {
            invalid(column, value, Reason.WRONG_TYPE, "must be a decimal number such as 1.0 or 0.5");
            return Parsed.invalid();
        }
        double weight = Double.parseDouble(value);
        try {
            WEIGHT_PROBE.withWeight(weight);
        } catch (InvalidValueException e) {
            invalid(column, value, Reason.INVALID_VALUE, e.reason());
            return Parsed.invalid();
        }
        return Parsed.of(weight);
    }

    /** @return true for true, 1 or yes; false for false, 0, no, an empty cell or no column */
    Parsed<Boolean> flag(String column) {
        String value = cell(column);
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true": case "1": case "yes":
                return Parsed.of(true);
            case "": case "false": case "0": case "no":
                return Parsed.of(false);
            default:
                invalid(column, value, Reason.WRONG_TYPE, "must be one of true, false, 1, 0, yes, no");
                return Parsed.invalid();
        }
    }
}
