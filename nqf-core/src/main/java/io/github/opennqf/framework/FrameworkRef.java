package io.github.opennqf.framework;

import io.github.opennqf.internal.Check;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.regex.Matcher;

/**
 * Names one edition of a qualifications framework, for example {@code kz-nqf:2025},
 * {@code eqf:2017} or {@code isced:2011}. Every level reference carries one, because the same
 * level number means different things in different frameworks and editions.
 *
 * <pre>{@code
 * FrameworkRef ref = FrameworkRef.parse("kz-nqf:2025");
 * ref.id();       // "kz-nqf"
 * ref.edition();  // "2025"
 * }</pre>
 *
 * <p>Immutable and thread-safe. An id must be lowercase letters, digits and hyphens; an edition
 * letters, digits, dots and hyphens; otherwise an {@link io.github.opennqf.InvalidValueException}.
 *
 * @param id the framework's id, such as {@code kz-nqf}
 * @param edition the edition, such as {@code 2025}
 * @since 0.1.0
 */
public record FrameworkRef(
        @NotNull @Pattern(regexp = ID_PATTERN) String id,
        @NotNull @Pattern(regexp = EDITION_PATTERN) String edition) {

    static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,63}";
    static final String EDITION_PATTERN = "[A-Za-z0-9][A-Za-z0-9.-]{0,31}";
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile(ID_PATTERN);
    private static final java.util.regex.Pattern EDITION = java.util.regex.Pattern.compile(EDITION_PATTERN);
    private static final java.util.regex.Pattern REF =
            java.util.regex.Pattern.compile("(" + ID_PATTERN + "):(" + EDITION_PATTERN + ")");

    /** The Kazakhstan National Qualifications Framework, 2025 edition. */
    public static final FrameworkRef KZ_NQF_2025 = new FrameworkRef("kz-nqf", "2025");
    /** The European Qualifications Framework, 2017 Council Recommendation. */
    public static final FrameworkRef EQF_2017 = new FrameworkRef("eqf", "2017");
    /** The International Standard Classification of Education, 2011 levels. */
    public static final FrameworkRef ISCED_2011 = new FrameworkRef("isced", "2011");

    /** Validates id and edition. */
    public FrameworkRef {
        Check.notNull(id, "id");
        Check.notNull(edition, "edition");
        if (!ID.matcher(id).matches()) {
            throw Check.invalid("id", id, "must be lowercase letters, digits and hyphens, up to 64 characters");
        }
        if (!EDITION.matcher(edition).matches()) {
            throw Check.invalid("edition", edition, "must be letters, digits, dots and hyphens, up to 32 characters");
        }
    }

    /**
     * Parses {@code id:edition}.
     *
     * @param text such as {@code "kz-nqf:2025"}
     * @return the reference
     * @throws io.github.opennqf.InvalidValueException if the text is not {@code id:edition}
     */
    public static FrameworkRef parse(String text) {
        String s = Check.notBlank(text, "framework");
        Matcher m = REF.matcher(s);
        if (!m.matches()) {
            throw Check.invalid("framework", text, "must be written id:edition, such as kz-nqf:2025");
        }
        return new FrameworkRef(m.group(1), m.group(2));
    }

    /** @return {@code id:edition} */
    @Override
    public String toString() {
        return id + ":" + edition;
    }
}
