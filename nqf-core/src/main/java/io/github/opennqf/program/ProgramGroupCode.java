package io.github.opennqf.program;

import io.github.opennqf.internal.Check;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The code of a group of educational programs in Kazakhstan's higher education, such as
 * {@code B057}, {@code M094} or {@code D001}: a degree letter ({@code B} bachelor, {@code M}
 * master, {@code D} doctorate) and a 3-digit group number.
 *
 * <p>Groups are numbered separately from program codes: the group of a {@link ProgramCode} cannot
 * be derived from it and must come from data. Whether a group exists is not checked.
 *
 * <pre>{@code
 * ProgramGroupCode group = ProgramGroupCode.parse("В057");   // Cyrillic В
 * group.toString();   // "B057"
 * group.degree();     // BACHELOR
 * group.number();     // 57
 * }</pre>
 *
 * <p>{@link #parse(String)} trims the input, accepts lower-case letters and normalises Cyrillic
 * look-alike letters to Latin (А, В, С, Е, Н, К, М, О, Р, Т, Х and their lower-case forms, and
 * also Д and д to D).
 *
 * <p>Immutable and thread-safe. Bad input gets an {@link io.github.opennqf.InvalidValueException}
 * naming the field {@code code} and saying why: {@code null}, blank or longer than 64 characters,
 * not 4 characters, a degree letter other than B, M or D, or a non-digit in the number.
 *
 * @param code the canonical code, e.g. {@code "B057"}: Latin upper-case letter, no white space;
 *     use {@link #parse(String)} to read codes from data
 * @since 0.1.0
 */
public record ProgramGroupCode(
        @NotNull @Pattern(regexp = ProgramGroupCode.CANONICAL_FORM) String code) {

    private static final String CANONICAL_FORM = "[BMD][0-9]{3}";
    private static final String FIELD = "code";

    /**
     * Creates a group code from its canonical form. Prefer {@link #parse(String)}, which also trims
     * the input and normalises letters.
     *
     * @throws io.github.opennqf.InvalidValueException if {@code code} is not in canonical form
     */
    public ProgramGroupCode {
        Check.notNull(code, FIELD);
        String problem = problem(code);
        if (problem != null) {
            throw Check.invalid(FIELD, code, problem);
        }
    }

    /**
     * Reads a group code as found in data.
     *
     * @param text the code, for example {@code "B057"}, {@code "М094"} (Cyrillic М) or {@code "д001"}
     * @return the code
     * @throws io.github.opennqf.InvalidValueException naming the field {@code code} if the text is
     *     {@code null}, blank, longer than 64 characters or not a group code
     */
    public static ProgramGroupCode parse(String text) {
        String normalised = ProgramCode.normalise(text);
        String problem = problem(normalised);
        if (problem != null) {
            throw Check.invalid(FIELD, text, problem);
        }
        return new ProgramGroupCode(normalised);
    }

    /** @return the degree named by the letter */
    public ProgramCode.Degree degree() {
        ProgramCode.Degree degree = ProgramCode.Degree.ofLetter(code.charAt(0));
        if (degree == null) {
            throw new IllegalStateException("unreachable: degree letter checked by the constructor");
        }
        return degree;
    }

    /** @return the group number, e.g. 57 for {@code B057} */
    public int number() {
        return Integer.parseInt(code.substring(1));
    }

    /** @return the canonical code, e.g. {@code "B057"} */
    @Override
    public String toString() {
        return code;
    }

    /** Why {@code code} is not canonical, or {@code null} if it is. */
    private static @Nullable String problem(String code) {
        if (code.length() != 4) {
            return "must be 4 characters (degree letter and 3-digit group number, as in B057), was "
                    + code.length();
        }
        String letterProblem = ProgramCode.degreeLetterProblem(code.charAt(0));
        if (letterProblem != null) {
            return letterProblem;
        }
        for (int i = 1; i < 4; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return "the group number after the degree letter must be 3 digits, but contains '" + c + "'";
            }
        }
        return null;
    }
}
