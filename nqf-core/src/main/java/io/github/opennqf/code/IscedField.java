package io.github.opennqf.code;

import io.github.opennqf.internal.Check;
import io.github.opennqf.internal.CodeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A field of education and training of ISCED-F 2013 (ISCED Fields of Education and Training).
 *
 * <p>Two digits are a broad field ({@code 06}), three a narrow field ({@code 061}) and four a
 * detailed field ({@code 0613}). The broad field is validated against the list ({@code 00} to
 * {@code 10}, and {@code 99} for an unknown field); the narrow and detailed digits are
 * <em>not</em> checked against the full ISCED-F list, so {@code 0619} is accepted although ISCED-F
 * has no such field. Checking them takes the classification's data.
 *
 * <pre>{@code
 * IscedField field = IscedField.parse(" 0613 ");
 * field.depth();            // DETAILED
 * field.parent();           // Optional[061]
 * field.broad();            // 06
 * field.broadFieldName();   // "Information and Communication Technologies (ICTs)"
 * field.iri();              // http://data.europa.eu/snb/isced-f/0613
 * field.isWithin(IscedField.parse("06"));  // true
 * }</pre>
 *
 * <p>Immutable and thread-safe. Bad input gets an {@link io.github.opennqf.InvalidValueException}
 * naming the field {@code code} and saying why: {@code null}, blank or longer than 64 characters,
 * a character other than a digit, fewer than 2 or more than 4 digits, or an unknown broad field.
 *
 * @param code the canonical code: 2 to 4 digits starting with a known broad field, without
 *     surrounding white space; use {@link #parse(String)} to read codes from data
 * @since 0.1.0
 */
public record IscedField(
        @NotNull @Pattern(regexp = IscedField.CANONICAL_FORM) String code) {

    private static final String CANONICAL_FORM = "(0[0-9]|10|99)[0-9]{0,2}";
    private static final String FIELD = "code";
    private static final String IRI_PREFIX = "http://data.europa.eu/snb/isced-f/";

    /**
     * The level of an ISCED-F 2013 field in the classification.
     *
     * <p>Immutable and thread-safe.
     *
     * @since 0.1.0
     */
    public enum Depth {
        /** Two digits, e.g. {@code 06}. */
        BROAD,
        /** Three digits, e.g. {@code 061}. */
        NARROW,
        /** Four digits, e.g. {@code 0613}. */
        DETAILED
    }

    /**
     * Creates a field from its canonical form. Prefer {@link #parse(String)}, which also trims the
     * input.
     *
     * @throws io.github.opennqf.InvalidValueException if {@code code} is not in canonical form
     */
    public IscedField {
        Check.notNull(code, FIELD);
        String problem = problem(code);
        if (problem != null) {
            throw Check.invalid(FIELD, code, problem);
        }
    }

    /**
     * Reads a field code as found in data: surrounding white space is removed.
     *
     * @param text the code, for example {@code "06"}, {@code "061"} or {@code "0613"}
     * @return the field
     * @throws io.github.opennqf.InvalidValueException naming the field {@code code} if the text is
     *     {@code null}, blank, longer than 64 characters or not an ISCED-F 2013 field code
     */
    public static IscedField parse(String text) {
        String stripped = CodeText.read(text, FIELD);
        String problem = problem(stripped);
        if (problem != null) {
            throw Check.invalid(FIELD, text, problem);
        }
        return new IscedField(stripped);
    }

    /** @return the level of this field: broad, narrow or detailed */
    public Depth depth() {
        return Depth.values()[code.length() - 2];
    }

    /** @return the broad field (the first two digits) this field belongs to; itself for a broad field */
    public IscedField broad() {
        return code.length() == 2 ? this : new IscedField(code.substring(0, 2));
    }

    /** @return the field one level up: {@code 061} for {@code 0613}, {@code 06} for {@code 061}; empty for a broad field */
    public Optional<IscedField> parent() {
        return code.length() == 2
                ? Optional.empty()
                : Optional.of(new IscedField(code.substring(0, code.length() - 1)));
    }

    /**
     * Whether this field is the given field or lies below it in the hierarchy.
     *
     * @param ancestorOrSelf the candidate ancestor
     * @return {@code true} for {@code 0613} within {@code 06}, {@code 061} or {@code 0613};
     *     {@code false} for {@code 0613} within {@code 062} or {@code 06131}
     */
    public boolean isWithin(IscedField ancestorOrSelf) {
        Check.notNull(ancestorOrSelf, "ancestorOrSelf");
        return code.startsWith(ancestorOrSelf.code);
    }

    /**
     * The English name of the broad field this field belongs to, as in ISCED-F 2013.
     *
     * @return for example {@code "Information and Communication Technologies (ICTs)"} for
     *     {@code 06}, {@code 061} and {@code 0613}
     */
    public String broadFieldName() {
        switch (code.substring(0, 2)) {
            case "00": return "Generic programmes and qualifications";
            case "01": return "Education";
            case "02": return "Arts and humanities";
            case "03": return "Social sciences, journalism and information";
            case "04": return "Business, administration and law";
            case "05": return "Natural sciences, mathematics and statistics";
            case "06": return "Information and Communication Technologies (ICTs)";
            case "07": return "Engineering, manufacturing and construction";
            case "08": return "Agriculture, forestry, fisheries and veterinary";
            case "09": return "Health and welfare";
            case "10": return "Services";
            case "99": return "Field unknown";
            default: throw new IllegalStateException("unreachable: broad field checked by the constructor");
        }
    }

    /**
     * The Europass / European Learning Model concept IRI of this field, as used for a
     * qualification's {@code thematicArea}.
     *
     * @return {@code http://data.europa.eu/snb/isced-f/} followed by the code, e.g.
     *     {@code http://data.europa.eu/snb/isced-f/0613}
     */
    public URI iri() {
        return URI.create(IRI_PREFIX + code);
    }

    /** @return the canonical code, e.g. {@code "0613"} */
    @Override
    public String toString() {
        return code;
    }

    /** Why {@code code} is not canonical, or {@code null} if it is. */
    private static @Nullable String problem(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return "contains '" + c + "': an ISCED-F field code has only digits";
            }
        }
        if (code.length() < 2 || code.length() > 4) {
            return "must be 2 (broad), 3 (narrow) or 4 (detailed) digits, was " + code.length();
        }
        String broad = code.substring(0, 2);
        if (!isBroadField(broad)) {
            return "the broad field must be 00 to 10 or 99, was " + broad;
        }
        return null;
    }

    private static boolean isBroadField(String twoDigits) {
        return twoDigits.charAt(0) == '0' || twoDigits.equals("10") || twoDigits.equals("99");
    }
}
