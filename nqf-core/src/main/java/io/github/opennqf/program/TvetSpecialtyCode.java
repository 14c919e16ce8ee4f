package io.github.opennqf.program;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.code.IscedField;
import io.github.opennqf.internal.Check;
import io.github.opennqf.internal.CodeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The code of a specialty in Kazakhstan's technical and vocational education and training (TVET),
 * such as {@code 06130100}: 8 digits, of which the first 4 are the ISCED-F 2013 detailed field
 * ({@code 0613}).
 *
 * <p>The field's broad field must be a known ISCED-F broad field; the remaining digits and whether
 * the specialty exists are not checked.
 *
 * <pre>{@code
 * TvetSpecialtyCode specialty = TvetSpecialtyCode.parse(" 06130100 ");
 * specialty.toString();   // "06130100"
 * specialty.field();      // 0613
 * }</pre>
 *
 * <p>Immutable and thread-safe. Bad input gets an {@link io.github.opennqf.InvalidValueException}
 * naming the field {@code code} and saying why: {@code null}, blank or longer than 64 characters,
 * a character other than a digit, not 8 digits, or an unknown ISCED-F broad field.
 *
 * @param code the canonical code: 8 digits, no white space; use {@link #parse(String)} to read
 *     codes from data
 * @since 0.1.0
 */
public record TvetSpecialtyCode(
        @NotNull @Pattern(regexp = TvetSpecialtyCode.CANONICAL_FORM) String code) implements NationalProgramCode {

    private static final String CANONICAL_FORM = "(0[0-9]|10|99)[0-9]{6}";
    private static final String FIELD = "code";

    /**
     * Creates a code from its canonical form. Prefer {@link #parse(String)}, which also trims the
     * input.
     *
     * @throws io.github.opennqf.InvalidValueException if {@code code} is not in canonical form
     */
    public TvetSpecialtyCode {
        Check.notNull(code, FIELD);
        String problem = problem(code);
        if (problem != null) {
            throw Check.invalid(FIELD, code, problem);
        }
    }

    /**
     * Reads a specialty code as found in data: surrounding white space is removed.
     *
     * @param text the code, for example {@code "06130100"}
     * @return the code
     * @throws io.github.opennqf.InvalidValueException naming the field {@code code} if the text is
     *     {@code null}, blank, longer than 64 characters or not a specialty code
     */
    public static TvetSpecialtyCode parse(String text) {
        String stripped = CodeText.read(text, FIELD);
        String problem = problem(stripped);
        if (problem != null) {
            throw Check.invalid(FIELD, text, problem);
        }
        return new TvetSpecialtyCode(stripped);
    }

    /** @return the ISCED-F 2013 detailed field: the first 4 digits, e.g. {@code 0613} */
    public IscedField field() {
        return new IscedField(code.substring(0, 4));
    }

    /** @return the 8 digits of the code, e.g. {@code "06130100"} */
    public String digits() {
        return code;
    }

    /** @return the canonical code, e.g. {@code "06130100"} */
    @Override
    public String toString() {
        return code;
    }

    /** Why {@code code} is not canonical, or {@code null} if it is. */
    private static @Nullable String problem(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return "contains '" + c + "': a TVET specialty code has only digits";
            }
        }
        if (code.length() != 8) {
            return "must be 8 digits, was " + code.length();
        }
        String detailed = code.substring(0, 4);
        try {
            new IscedField(detailed);
        } catch (InvalidValueException e) {
            return "the first 4 digits " + detailed + " are not an ISCED-F detailed field: " + e.reason();
        }
        return null;
    }
}
