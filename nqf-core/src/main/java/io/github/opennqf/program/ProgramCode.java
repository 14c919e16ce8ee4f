package io.github.opennqf.program;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.code.IscedField;
import io.github.opennqf.internal.Check;
import io.github.opennqf.internal.CodeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The code of a higher-education program in Kazakhstan, such as {@code 6B06101}.
 *
 * <p>The code is read as: a level digit ({@code 6}, {@code 7} or {@code 8}), a degree letter
 * ({@code B} bachelor, {@code M} master, {@code D} doctorate), the 3-digit ISCED-F 2013 narrow
 * field ({@code 061}) and a 2-digit serial ({@code 01}). This reading comes from observed codes
 * and is <em>unverified</em> against an official specification. The level digit and the degree
 * letter must agree (6 with B, 7 with M, 8 with D), and the field's broad field must be a known
 * ISCED-F broad field; whether the program exists is not checked. The group of programs a program
 * belongs to ({@link ProgramGroupCode}, e.g. {@code B057}) is numbered separately and cannot be
 * derived from this code.
 *
 * <pre>{@code
 * ProgramCode code = ProgramCode.parse("6В06101");   // Cyrillic В
 * code.toString();   // "6B06101"
 * code.level();      // 6
 * code.degree();     // BACHELOR
 * code.field();      // 061
 * code.serial();     // "01"
 * }</pre>
 *
 * <p>{@link #parse(String)} trims the input, accepts lower-case letters and normalises Cyrillic
 * look-alike letters to Latin (А, В, С, Е, Н, К, М, О, Р, Т, Х and their lower-case forms, and
 * also Д and д to D), since real data often writes the degree letter in Cyrillic.
 *
 * <p>Immutable and thread-safe. Bad input gets an {@link io.github.opennqf.InvalidValueException}
 * naming the field {@code code} and saying why: {@code null}, blank or longer than 64 characters,
 * not 7 characters, a level digit other than 6, 7 or 8, a degree letter other than B, M or D, a
 * level digit that disagrees with the degree letter, a non-digit in the field or serial, or an
 * unknown ISCED-F broad field.
 *
 * @param code the canonical code, e.g. {@code "6B06101"}: Latin upper-case letter, no white
 *     space; use {@link #parse(String)} to read codes from data
 * @since 0.1.0
 */
public record ProgramCode(
        @NotNull @Pattern(regexp = ProgramCode.CANONICAL_FORM) String code) implements NationalProgramCode {

    private static final String CANONICAL_FORM = "(6B|7M|8D)(0[0-9]|10|99)[0-9]{3}";
    private static final String FIELD = "code";
    private static final String CYRILLIC = "АВСЕНКМОРТХДавсенкмортхд";
    private static final String LATIN = "ABCEHKMOPTXDABCEHKMOPTXD";

    /**
     * The degree a higher-education program leads to, with the letter used in program and group
     * codes.
     *
     * <p>Immutable and thread-safe.
     *
     * @since 0.1.0
     */
    public enum Degree {
        /** Bachelor: letter {@code B}, level digit 6. */
        BACHELOR('B', 6),
        /** Master: letter {@code M}, level digit 7. */
        MASTER('M', 7),
        /** Doctorate (PhD): letter {@code D}, level digit 8. */
        DOCTORATE('D', 8);

        private final char letter;
        private final int level;

        Degree(char letter, int level) {
            this.letter = letter;
            this.level = level;
        }

        /** @return the Latin letter of this degree in codes: {@code 'B'}, {@code 'M'} or {@code 'D'} */
        public char letter() {
            return letter;
        }

        /** The degree with the given Latin letter, or {@code null}. */
        static @Nullable Degree ofLetter(char letter) {
            for (Degree degree : values()) {
                if (degree.letter == letter) {
                    return degree;
                }
            }
            return null;
        }
    }

    /**
     * Creates a code from its canonical form. Prefer {@link #parse(String)}, which also trims the
     * input and normalises letters.
     *
     * @throws io.github.opennqf.InvalidValueException if {@code code} is not in canonical form
     */
    public ProgramCode {
        Check.notNull(code, FIELD);
        String problem = problem(code);
        if (problem != null) {
            throw Check.invalid(FIELD, code, problem);
        }
    }

    /**
     * Reads a program code as found in data.
     *
     * @param text the code, for example {@code "6B06101"}, {@code "7М06101"} (Cyrillic М) or
     *     {@code " 8d06101 "}
     * @return the code
     * @throws io.github.opennqf.InvalidValueException naming the field {@code code} if the text is
     *     {@code null}, blank, longer than 64 characters or not a program code
     */
    public static ProgramCode parse(String text) {
        String normalised = normalise(text);
        String problem = problem(normalised);
        if (problem != null) {
            throw Check.invalid(FIELD, text, problem);
        }
        return new ProgramCode(normalised);
    }

    /** @return the level digit: 6, 7 or 8 */
    public int level() {
        return code.charAt(0) - '0';
    }

    /** @return the degree named by the degree letter */
    public Degree degree() {
        Degree degree = Degree.ofLetter(code.charAt(1));
        if (degree == null) {
            throw new IllegalStateException("unreachable: degree letter checked by the constructor");
        }
        return degree;
    }

    /** @return the ISCED-F 2013 narrow field (3 digits), e.g. {@code 061} for {@code 6B06101} */
    public IscedField field() {
        return new IscedField(code.substring(2, 5));
    }

    /** @return the 2-digit serial within the field, e.g. {@code "01"} for {@code 6B06101} */
    public String serial() {
        return code.substring(5);
    }

    /** @return the canonical code, e.g. {@code "6B06101"} */
    @Override
    public String toString() {
        return code;
    }

    /**
     * Rejects {@code null} and input longer than 64 characters, strips white space, rejects blank
     * text, upper-cases Latin letters and maps Cyrillic look-alikes (and Д) to Latin. Shared with
     * {@link ProgramGroupCode}, whose degree letters are the same.
     */
    static String normalise(@Nullable String text) {
        return CodeText.toLatin(CodeText.read(text, FIELD), CYRILLIC, LATIN);
    }

    /** Why the degree letter is not valid, or {@code null} if it is. */
    static @Nullable String degreeLetterProblem(char letter) {
        return Degree.ofLetter(letter) != null
                ? null
                : "the degree letter must be B, M or D (Cyrillic В, М, Д accepted), was " + letter;
    }

    /** Why {@code code} is not canonical, or {@code null} if it is. */
    private static @Nullable String problem(String code) {
        if (code.length() != 7) {
            return "must be 7 characters (level digit, degree letter, 3-digit ISCED-F narrow field and"
                    + " 2-digit serial, as in 6B06101), was " + code.length();
        }
        char level = code.charAt(0);
        if (level < '6' || level > '8') {
            return "the level digit must be 6, 7 or 8, was " + level;
        }
        char letter = code.charAt(1);
        String letterProblem = degreeLetterProblem(letter);
        if (letterProblem != null) {
            return letterProblem;
        }
        Degree degree = Degree.ofLetter(letter);
        if (degree != null && degree.level != level - '0') {
            Degree expected = Degree.values()[level - '6'];
            return "the level digit " + level + " requires the degree letter " + expected.letter + " ("
                    + expected.name().toLowerCase(Locale.ROOT) + "), was " + letter;
        }
        for (int i = 2; i < 7; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return "the field and serial after the degree letter must be 5 digits, but contain '" + c + "'";
            }
        }
        String narrow = code.substring(2, 5);
        try {
            new IscedField(narrow);
        } catch (InvalidValueException e) {
            return "the ISCED-F narrow field " + narrow + " is not valid: " + e.reason();
        }
        return null;
    }
}
