package io.github.opennqf.code;

import io.github.opennqf.internal.Check;
import io.github.opennqf.internal.CodeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An occupation code of ISCO-08, or of Kazakhstan's national classifier of occupations (НКЗ),
 * which is based on ISCO-08.
 *
 * <p>The first one to four digits are the ISCO-08 hierarchy: 1 digit is a major group, 2 digits
 * a sub-major group, 3 a minor group and 4 a unit group. Major group {@code 0} (armed forces
 * occupations) is valid. After a full 4-digit unit group the НКЗ adds national extension segments,
 * written with hyphens ({@code "2512-1"}, {@code "2512-1-001"}). The exact structure of those
 * extensions has not been verified against the published classifier, so it is modelled generally:
 * one or more hyphen-separated segments of 1 to 4 digits each.
 *
 * <pre>{@code
 * IscoCode code = IscoCode.parse(" 2512-1 ");
 * code.toString();                      // "2512-1"
 * code.digits();                        // "2512"
 * code.extension();                     // ["1"]
 * code.depth();                         // NATIONAL_EXTENSION
 * code.parent();                        // Optional[2512]
 * code.majorGroup();                    // 2
 * code.isWithin(IscoCode.parse("25"));  // true
 * }</pre>
 *
 * <p>Only the form of the code is checked, not whether the group exists in ISCO-08 or the НКЗ:
 * that takes the classifier's data.
 *
 * <p>Immutable and thread-safe. Bad input gets an {@link io.github.opennqf.InvalidValueException}
 * naming the field {@code code} and saying why: {@code null}, blank or longer than 64 characters,
 * a character other than a digit or hyphen, more than 4 ISCO-08 digits, an extension after fewer
 * than 4 digits, or an empty or over-long extension segment.
 *
 * @param code the canonical code: 1 to 4 digits, optionally followed (after exactly 4 digits) by
 *     hyphen-separated segments of 1 to 4 digits, without surrounding white space; use
 *     {@link #parse(String)} to read codes from data
 * @since 0.1.0
 */
public record IscoCode(
        @NotNull @Pattern(regexp = IscoCode.CANONICAL_FORM) String code) {

    private static final String CANONICAL_FORM = "[0-9]{1,4}|[0-9]{4}(-[0-9]{1,4})+";
    private static final String FIELD = "code";

    /**
     * The level of an ISCO-08 / НКЗ code in the classification.
     *
     * <p>Immutable and thread-safe.
     *
     * @since 0.1.0
     */
    public enum Depth {
        /** One digit, e.g. {@code 2} Professionals. */
        MAJOR_GROUP,
        /** Two digits, e.g. {@code 25} Information and communications technology professionals. */
        SUB_MAJOR_GROUP,
        /** Three digits, e.g. {@code 251} Software and applications developers and analysts. */
        MINOR_GROUP,
        /** Four digits, e.g. {@code 2512} Software developers. */
        UNIT_GROUP,
        /** Four digits and at least one national extension segment, e.g. {@code 2512-1}. */
        NATIONAL_EXTENSION
    }

    /**
     * Creates a code from its canonical form. Prefer {@link #parse(String)}, which also trims the
     * input.
     *
     * @throws io.github.opennqf.InvalidValueException if {@code code} is not in canonical form
     */
    public IscoCode {
        Check.notNull(code, FIELD);
        String problem = problem(code);
        if (problem != null) {
            throw Check.invalid(FIELD, code, problem);
        }
    }

    /**
     * Reads a code as found in data: surrounding white space is removed.
     *
     * @param text the code, for example {@code "2512"} or {@code " 2512-1-001"}
     * @return the code
     * @throws io.github.opennqf.InvalidValueException naming the field {@code code} if the text is
     *     {@code null}, blank, longer than 64 characters or not an ISCO-08 / НКЗ code
     */
    public static IscoCode parse(String text) {
        String stripped = CodeText.read(text, FIELD);
        String problem = problem(stripped);
        if (problem != null) {
            throw Check.invalid(FIELD, text, problem);
        }
        return new IscoCode(stripped);
    }

    /** @return the ISCO-08 part: the 1 to 4 digits before any national extension, e.g. {@code "2512"} */
    public String digits() {
        int hyphen = code.indexOf('-');
        return hyphen < 0 ? code : code.substring(0, hyphen);
    }

    /**
     * @return the national extension segments after the unit group, e.g. {@code ["1", "001"]} for
     *     {@code 2512-1-001}; empty for a plain ISCO-08 code; immutable
     */
    public List<String> extension() {
        int hyphen = code.indexOf('-');
        return hyphen < 0 ? List.of() : List.of(code.substring(hyphen + 1).split("-"));
    }

    /** @return the level of this code in the classification */
    public Depth depth() {
        if (code.indexOf('-') >= 0) {
            return Depth.NATIONAL_EXTENSION;
        }
        return Depth.values()[code.length() - 1];
    }

    /**
     * @return the code one level up: {@code 2512-1} for {@code 2512-1-001}, {@code 2512} for
     *     {@code 2512-1}, {@code 251} for {@code 2512}; empty for a major group
     */
    public Optional<IscoCode> parent() {
        int lastHyphen = code.lastIndexOf('-');
        if (lastHyphen >= 0) {
            return Optional.of(new IscoCode(code.substring(0, lastHyphen)));
        }
        if (code.length() == 1) {
            return Optional.empty();
        }
        return Optional.of(new IscoCode(code.substring(0, code.length() - 1)));
    }

    /** @return the major group (the first digit) this code belongs to; itself for a major group */
    public IscoCode majorGroup() {
        return code.length() == 1 ? this : new IscoCode(code.substring(0, 1));
    }

    /**
     * Whether this code is the given code or lies below it in the hierarchy.
     *
     * @param ancestorOrSelf the candidate ancestor
     * @return {@code true} for {@code 2512-1} within {@code 2}, {@code 25}, {@code 2512} or
     *     {@code 2512-1}; {@code false} for {@code 2512-10} within {@code 2512-1}
     */
    public boolean isWithin(IscoCode ancestorOrSelf) {
        Check.notNull(ancestorOrSelf, "ancestorOrSelf");
        String other = ancestorOrSelf.code;
        if (other.indexOf('-') < 0) {
            return digits().startsWith(other);
        }
        return code.equals(other) || code.startsWith(other + "-");
    }

    /** @return the canonical code, e.g. {@code "2512-1"} */
    @Override
    public String toString() {
        return code;
    }

    /** Why {@code code} is not canonical, or {@code null} if it is. */
    private static @Nullable String problem(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if ((c < '0' || c > '9') && c != '-') {
                return "contains '" + c
                        + "': an ISCO-08 code has only digits, and hyphens before national extension segments";
            }
        }
        String[] segments = code.split("-", -1);
        String group = segments[0];
        if (group.isEmpty()) {
            return "must start with the 1 to 4 digits of an ISCO-08 group";
        }
        if (group.length() > 4) {
            return "the ISCO-08 part must be 1 to 4 digits, was " + group.length()
                    + " (national extensions follow the unit group after a hyphen, as in 2512-1)";
        }
        if (segments.length > 1 && group.length() != 4) {
            return "a national extension may only follow a 4-digit unit group, but the ISCO-08 part has "
                    + group.length() + " digit" + (group.length() == 1 ? "" : "s");
        }
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.isEmpty()) {
                return "national extension segment " + i + " is empty (check for doubled or trailing hyphens)";
            }
            if (segment.length() > 4) {
                return "national extension segment " + i + " must be 1 to 4 digits, was " + segment.length();
            }
        }
        return null;
    }
}
