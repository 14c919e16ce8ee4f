package io.github.opennqf.program;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.code.IscedField;
import io.github.opennqf.internal.Check;
import io.github.opennqf.internal.CodeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The code of a qualification in Kazakhstan's technical and vocational education and training
 * (TVET), such as {@code 4S06130105} or {@code 5AB06130101}.
 *
 * <p>The code is read as: a level digit ({@code 1} to {@code 5}), a qualification {@link Type}
 * ({@code W} worker, {@code S} mid-level specialist, {@code AB} applied bachelor), the first 6
 * digits of the {@link TvetSpecialtyCode specialty code} ({@code 061301}) and a 2-digit
 * qualification serial ({@code 05}); so the code has 10 characters, or 11 for an applied bachelor.
 * This reading comes from observed codes and is <em>unverified</em>: in particular, the specialty
 * is taken to be those 6 digits followed by {@code 00}, and the level and type are not
 * cross-checked (workers are typically at levels 2–3, specialists at 4, applied bachelors at 5).
 * The specialty's ISCED-F broad field must be known; whether the qualification exists is not
 * checked.
 *
 * <pre>{@code
 * TvetQualificationCode code = TvetQualificationCode.parse("4С06130105");   // Cyrillic С
 * code.toString();     // "4S06130105"
 * code.level();        // 4
 * code.type();         // MID_LEVEL_SPECIALIST
 * code.specialty();    // 06130100
 * code.serial();       // "05"
 * }</pre>
 *
 * <p>{@link #parse(String)} trims the input, accepts lower-case letters and normalises Cyrillic
 * look-alike letters to Latin: С and с become S (as the type letter of a mid-level specialist;
 * no TVET code uses the letter C), the others (А, В, Е, Н, К, М, О, Р, Т, Х and their lower-case
 * forms) become their Latin look-alikes, so {@code АВ} is read as {@code AB}.
 *
 * <p>Immutable and thread-safe. Bad input gets an {@link io.github.opennqf.InvalidValueException}
 * naming the field {@code code} and saying why: {@code null}, blank or longer than 64 characters,
 * a level digit other than 1 to 5, a type other than W, S or AB, not exactly 8 digits after the
 * type, or an unknown ISCED-F broad field.
 *
 * @param code the canonical code, e.g. {@code "4S06130105"}: Latin upper-case letters, no white
 *     space; use {@link #parse(String)} to read codes from data
 * @since 0.1.0
 */
public record TvetQualificationCode(
        @NotNull @Pattern(regexp = TvetQualificationCode.CANONICAL_FORM) String code) implements NationalProgramCode {

    private static final String CANONICAL_FORM = "[1-5](W|S|AB)(0[0-9]|10|99)[0-9]{6}";
    private static final String FIELD = "code";
    private static final String CYRILLIC = "АВСЕНКМОРТХавсенкмортх";
    private static final String LATIN = "ABSEHKMOPTXABSEHKMOPTX";

    /**
     * The type of a TVET qualification, with the letters used in qualification codes.
     *
     * <p>Immutable and thread-safe.
     *
     * @since 0.1.0
     */
    public enum Type {
        /** Worker qualification: {@code W}, typically at levels 2 and 3. */
        WORKER("W"),
        /** Mid-level specialist: {@code S}, typically at level 4. */
        MID_LEVEL_SPECIALIST("S"),
        /** Applied bachelor: {@code AB}, typically at level 5. */
        APPLIED_BACHELOR("AB");

        private final String letters;

        Type(String letters) {
            this.letters = letters;
        }

        /** @return the Latin letters of this type in codes: {@code "W"}, {@code "S"} or {@code "AB"} */
        public String letters() {
            return letters;
        }
    }

    /**
     * Creates a code from its canonical form. Prefer {@link #parse(String)}, which also trims the
     * input and normalises letters.
     *
     * @throws io.github.opennqf.InvalidValueException if {@code code} is not in canonical form
     */
    public TvetQualificationCode {
        Check.notNull(code, FIELD);
        String problem = problem(code);
        if (problem != null) {
            throw Check.invalid(FIELD, code, problem);
        }
    }

    /**
     * Reads a qualification code as found in data.
     *
     * @param text the code, for example {@code "4S06130105"}, {@code "4С06130105"} (Cyrillic С)
     *     or {@code "5AB06130101"}
     * @return the code
     * @throws io.github.opennqf.InvalidValueException naming the field {@code code} if the text is
     *     {@code null}, blank, longer than 64 characters or not a TVET qualification code
     */
    public static TvetQualificationCode parse(String text) {
        String stripped = CodeText.read(text, FIELD);
        String code = CodeText.toLatin(stripped, CYRILLIC, LATIN);
        String problem = problem(code);
        if (problem != null) {
            throw Check.invalid(FIELD, text, problem);
        }
        return new TvetQualificationCode(code);
    }

    /** @return the level digit, 1 to 5 */
    public int level() {
        return code.charAt(0) - '0';
    }

    /** @return the qualification type named by the letters after the level digit */
    public Type type() {
        Type type = typeAt(code);
        if (type == null) {
            throw new IllegalStateException("unreachable: type checked by the constructor");
        }
        return type;
    }

    /**
     * @return the specialty: the 6 specialty digits of this code followed by {@code 00}, e.g.
     *     {@code 06130100} for {@code 4S06130105}
     */
    public TvetSpecialtyCode specialty() {
        int digits = code.length() - 8;
        return new TvetSpecialtyCode(code.substring(digits, digits + 6) + "00");
    }

    /** @return the 2-digit qualification serial, e.g. {@code "05"} for {@code 4S06130105} */
    public String serial() {
        return code.substring(code.length() - 2);
    }

    /** @return the canonical code, e.g. {@code "4S06130105"} */
    @Override
    public String toString() {
        return code;
    }

    /** The type written after the level digit, or {@code null}. */
    private static @Nullable Type typeAt(String code) {
        if (code.startsWith("AB", 1)) {
            return Type.APPLIED_BACHELOR;
        }
        if (code.length() > 1) {
            char letter = code.charAt(1);
            if (letter == 'W') {
                return Type.WORKER;
            }
            if (letter == 'S') {
                return Type.MID_LEVEL_SPECIALIST;
            }
        }
        return null;
    }

    /** Why {@code code} is not canonical, or {@code null} if it is. */
    private static @Nullable String problem(String code) {
        char level = code.isEmpty() ? ' ' : code.charAt(0);
        if (level < '1' || level > '5') {
            return "must start with a level digit 1 to 5, was '" + level + "'";
        }
        Type type = typeAt(code);
        if (type == null) {
            return "the qualification type after the level digit must be W, S or AB (Cyrillic С and АВ accepted)";
        }
        String digits = code.substring(1 + type.letters.length());
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return "after the type there must be only digits, but there is '" + c + "'";
            }
        }
        if (digits.length() != 8) {
            return "after the type there must be 8 digits (6 from the specialty code and a 2-digit serial), was "
                    + digits.length();
        }
        String detailed = digits.substring(0, 4);
        try {
            new IscedField(detailed);
        } catch (InvalidValueException e) {
            return "the specialty digits do not start with an ISCED-F detailed field: " + e.reason();
        }
        return null;
    }
}
