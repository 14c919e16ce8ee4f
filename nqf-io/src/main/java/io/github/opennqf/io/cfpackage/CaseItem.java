package io.github.opennqf.io.cfpackage;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A CASE {@code CFItem}: one competency, standard or learning outcome statement.
 *
 * <p>Immutable and thread-safe. Nulls (other than where {@code @Nullable}) get a
 * {@link NullPointerException}.
 *
 * @param identifier its identifier (a UUID in CASE 1.0)
 * @param uri its URI
 * @param fullStatement the statement
 * @param humanCodingScheme its human-readable code, such as {@code CCSS.Math.Content.6.RP.A.1}, or {@code null}
 * @param abbreviatedStatement a short form of the statement, or {@code null}
 * @param itemType its {@code CFItemType}, such as {@code Standard}, or {@code null}
 * @param educationLevel its education levels (pre-1.0 exports' single {@code educationalLevel} is read here)
 * @param language its BCP 47 language, or {@code null}
 * @param notes notes, or {@code null}
 * @since 0.1.0
 */
public record CaseItem(String identifier, URI uri, String fullStatement, @Nullable String humanCodingScheme,
        @Nullable String abbreviatedStatement, @Nullable String itemType, List<String> educationLevel,
        @Nullable String language, @Nullable String notes) {

    /** Validates and copies. */
    public CaseItem {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(fullStatement, "fullStatement");
        educationLevel = List.copyOf(educationLevel);
    }
}
