package io.github.opennqf.io.cfpackage;

import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A CASE {@code CFDocument}: the framework as a whole.
 *
 * <p>Immutable and thread-safe. Nulls (other than where {@code @Nullable}) get a
 * {@link NullPointerException}.
 *
 * @param identifier its identifier (a UUID in CASE 1.0)
 * @param uri its URI
 * @param title its title
 * @param creator who created it, or {@code null}
 * @param language its BCP 47 language, or {@code null}
 * @param adoptionStatus such as {@code Draft} or {@code Adopted}, or {@code null}
 * @param description its description, or {@code null}
 * @since 0.1.0
 */
public record CaseDocument(String identifier, URI uri, String title, @Nullable String creator,
        @Nullable String language, @Nullable String adoptionStatus, @Nullable String description) {

    /** Validates. */
    public CaseDocument {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(title, "title");
    }
}
