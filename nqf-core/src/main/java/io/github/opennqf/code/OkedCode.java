package io.github.opennqf.code;

import io.github.opennqf.internal.Check;
import io.github.opennqf.internal.CodeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A code of Kazakhstan's general classifier of economic activities (ОКЭД), which follows
 * NACE Rev. 2: a section letter, or a division, group, class or subclass.
 *
 * <table>
 *   <caption>Levels and their canonical forms</caption>
 *   <tr><th scope="col">Level</th><th scope="col">Canonical form</th><th scope="col">Also accepted by {@link #parse(String)}</th></tr>
 *   <tr><td>section</td><td>{@code J}</td><td>{@code j}</td></tr>
 *   <tr><td>division</td><td>{@code 62}</td><td>{@code J62}</td></tr>
 *   <tr><td>group</td><td>{@code 62.0}</td><td>{@code 620}, {@code J62.0}</td></tr>
 *   <tr><td>class</td><td>{@code 62.01}</td><td>{@code 6201}, {@code J62.01}</td></tr>
 *   <tr><td>subclass</td><td>{@code 62.01.1}</td><td>{@code 62011} (as often in Kazakh data), {@code J62.01.1}</td></tr>
 * </table>
 *
 * <p>The section is derived from the division with the NACE Rev. 2 ranges (A 01–03, B 05–09,
 * C 10–33, D 35, E 36–39, F 41–43, G 45–47, H 49–53, I 55–56, J 58–63, K 64–66, L 68, M 69–75,
 * N 77–82, O 84, P 85, Q 86–88, R 90–93, S 94–96, T 97–98, U 99); a division in no section
 * ({@code 04}, {@code 34}, {@code 40}, …) is rejected, and a section letter written before the
 * digits must be the division's section. Whether a group, class or subclass exists is not
 * checked: that takes the classifier's data.
 *
 * <pre>{@code
 * OkedCode code = OkedCode.parse("62011");
 * code.toString();                      // "62.01.1"
 * code.section();                       // 'J'
 * code.depth();                         // SUBCLASS
 * code.parent();                        // Optional[62.01]
 * code.isWithin(OkedCode.parse("J"));   // true
 * OkedCode.parse("J62.01").equals(OkedCode.parse("6201"));  // true
 * }</pre>
 *
 * <p>{@link #parse(String)} trims the input, accepts lower-case letters and normalises Cyrillic
 * look-alike letters (А, В, С, Е, Н, К, М, О, Р, Т, Х and their lower-case forms) to Latin.
 *
 * <p>Immutable and thread-safe. Bad input gets an {@link io.github.opennqf.InvalidValueException}
 * naming the field {@code code} and saying why: {@code null}, blank or longer than 64 characters,
 * a section letter after U, a character other than the section letter, digits and dots, a
 * malformed digit pattern, a division in no section, or a section letter that disagrees with the
 * division.
 *
 * @param code the canonical code: a section letter {@code A} to {@code U}, or a division of a
 *     section in dotted form ({@code 62}, {@code 62.0}, {@code 62.01}, {@code 62.01.1}), without
 *     surrounding white space; use {@link #parse(String)} to read codes from data
 * @since 0.1.0
 */
public record OkedCode(
        @NotNull @Pattern(regexp = OkedCode.CANONICAL_FORM) String code) {

    /** Section letters, or the divisions that belong to a NACE Rev. 2 section, dotted. */
    private static final String CANONICAL_FORM =
            "[A-U]|(0[1-35-9]|[12][0-9]|3[0-35-9]|4[1-35-79]|5[0-35689]|6[0-689]|7[0-57-9]|8[0-24-8]|9[0-9])"
                    + "(\\.[0-9]([0-9](\\.[0-9])?)?)?";
    private static final java.util.regex.Pattern DOTTED =
            java.util.regex.Pattern.compile("[0-9]{2}(\\.[0-9]([0-9](\\.[0-9])?)?)?");
    private static final String FORMS = "62, 62.0, 62.01 or 62.01.1 (or undotted, as 62011)";
    private static final String FIELD = "code";
    private static final String CYRILLIC = "АВСЕНКМОРТХавсенкмортх";
    private static final String LATIN = "ABCEHKMOPTXABCEHKMOPTX";
    /** Section letter, first division, last division. */
    private static final String[] SECTIONS = {
        "A0103", "B0509", "C1033", "D3535", "E3639", "F4143", "G4547", "H4953", "I5556", "J5863", "K6466",
        "L6868", "M6975", "N7782", "O8484", "P8585", "Q8688", "R9093", "S9496", "T9798", "U9999",
    };

    /**
     * The level of an ОКЭД code in the classification.
     *
     * <p>Immutable and thread-safe.
     *
     * @since 0.1.0
     */
    public enum Depth {
        /** A letter, e.g. {@code J} Information and communication. */
        SECTION,
        /** Two digits, e.g. {@code 62}. */
        DIVISION,
        /** Three digits, e.g. {@code 62.0}. */
        GROUP,
        /** Four digits, e.g. {@code 62.01}. */
        CLASS,
        /** Five digits, e.g. {@code 62.01.1}. */
        SUBCLASS
    }

    /**
     * Creates a code from its canonical form. Prefer {@link #parse(String)}, which also accepts
     * undotted digits, a section prefix, lower case and Cyrillic look-alike letters.
     *
     * @throws io.github.opennqf.InvalidValueException if {@code code} is not in canonical form
     */
    public OkedCode {
        Check.notNull(code, FIELD);
        String problem = problem(code);
        if (problem != null) {
            throw Check.invalid(FIELD, code, problem);
        }
    }

    /**
     * Reads a code as found in data.
     *
     * @param text the code, for example {@code "J"}, {@code "62.01"}, {@code "62011"} or
     *     {@code "J62.01"}
     * @return the code
     * @throws io.github.opennqf.InvalidValueException naming the field {@code code} if the text is
     *     {@code null}, blank, longer than 64 characters or not an ОКЭД code
     */
    public static OkedCode parse(String text) {
        String normalised = CodeText.toLatin(CodeText.read(text, FIELD), CYRILLIC, LATIN);
        char prefix = normalised.charAt(0);
        String digits = normalised;
        if (prefix >= 'A' && prefix <= 'Z') {
            if (prefix > 'U') {
                throw Check.invalid(FIELD, text, "the section letter must be A to U, was " + prefix);
            }
            if (normalised.length() == 1) {
                return new OkedCode(normalised);
            }
            digits = normalised.substring(1);
        } else {
            prefix = 0;
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if ((c < '0' || c > '9') && c != '.') {
                throw Check.invalid(FIELD, text, "contains '" + c
                        + "': an ОКЭД code is a section letter A to U, or digits and dots written as " + FORMS
                        + ", optionally after the section letter");
            }
        }
        String canonical;
        if (digits.indexOf('.') >= 0) {
            if (!DOTTED.matcher(digits).matches()) {
                throw Check.invalid(FIELD, text, "the digits must be written as " + FORMS);
            }
            canonical = digits;
        } else {
            if (digits.length() < 2 || digits.length() > 5) {
                throw Check.invalid(FIELD, text,
                        "must have 2 to 5 digits (division to subclass), was " + digits.length());
            }
            canonical = dotted(digits);
        }
        int division = Integer.parseInt(canonical.substring(0, 2));
        char section = sectionOf(division);
        if (section == 0) {
            throw Check.invalid(FIELD, text, noSection(canonical));
        }
        if (prefix != 0 && prefix != section) {
            throw Check.invalid(FIELD, text, "the section letter " + prefix + " does not agree with division "
                    + canonical.substring(0, 2) + ", which belongs to section " + section);
        }
        return new OkedCode(canonical);
    }

    /** @return the section letter, {@code 'A'} to {@code 'U'}: the code itself for a section, else derived from the division */
    public char section() {
        return code.length() == 1 ? code.charAt(0) : sectionOf(Integer.parseInt(code.substring(0, 2)));
    }

    /** @return the level of this code in the classification */
    public Depth depth() {
        return code.length() == 1 ? Depth.SECTION : Depth.values()[undotted().length() - 1];
    }

    /**
     * @return the code one level up: {@code 62.01} for {@code 62.01.1}, {@code 62.0} for
     *     {@code 62.01}, {@code 62} for {@code 62.0}, {@code J} for {@code 62}; empty for a section
     */
    public Optional<OkedCode> parent() {
        if (code.length() == 1) {
            return Optional.empty();
        }
        String digits = undotted();
        if (digits.length() == 2) {
            return Optional.of(new OkedCode(String.valueOf(section())));
        }
        return Optional.of(new OkedCode(dotted(digits.substring(0, digits.length() - 1))));
    }

    /**
     * Whether this code is the given code or lies below it in the hierarchy.
     *
     * @param ancestorOrSelf the candidate ancestor
     * @return {@code true} for {@code 62.01.1} within {@code J}, {@code 62}, {@code 62.0},
     *     {@code 62.01} or {@code 62.01.1}; {@code false} for {@code 62.01} within {@code K} or
     *     {@code 62.02}
     */
    public boolean isWithin(OkedCode ancestorOrSelf) {
        Check.notNull(ancestorOrSelf, "ancestorOrSelf");
        if (ancestorOrSelf.code.length() == 1) {
            return section() == ancestorOrSelf.code.charAt(0);
        }
        return code.length() > 1 && undotted().startsWith(ancestorOrSelf.undotted());
    }

    /** @return the canonical code: the section letter for a section, else the dotted form, e.g. {@code "62.01.1"} */
    @Override
    public String toString() {
        return code;
    }

    private String undotted() {
        return code.replace(".", "");
    }

    /** {@code 62011} as {@code 62.01.1}; 2 to 5 digits. */
    private static String dotted(String digits) {
        switch (digits.length()) {
            case 2: return digits;
            case 3: return digits.substring(0, 2) + "." + digits.substring(2);
            case 4: return digits.substring(0, 2) + "." + digits.substring(2);
            default: return digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4);
        }
    }

    /** The section of a division, or 0 if it belongs to none. */
    private static char sectionOf(int division) {
        for (String section : SECTIONS) {
            int first = Integer.parseInt(section.substring(1, 3));
            int last = Integer.parseInt(section.substring(3, 5));
            if (division >= first && division <= last) {
                return section.charAt(0);
            }
        }
        return 0;
    }

    private static String noSection(String canonical) {
        return "division " + canonical.substring(0, 2) + " belongs to no NACE Rev. 2 section";
    }

    /** Why {@code code} is not canonical, or {@code null} if it is. */
    private static @Nullable String problem(String code) {
        if (code.length() == 1 && code.charAt(0) >= 'A' && code.charAt(0) <= 'Z') {
            return code.charAt(0) <= 'U' ? null : "the section letter must be A to U, was " + code;
        }
        if (!DOTTED.matcher(code).matches()) {
            return "must be a section letter A to U, or digits written as 62, 62.0, 62.01 or 62.01.1";
        }
        if (sectionOf(Integer.parseInt(code.substring(0, 2))) == 0) {
            return noSection(code);
        }
        return null;
    }
}
