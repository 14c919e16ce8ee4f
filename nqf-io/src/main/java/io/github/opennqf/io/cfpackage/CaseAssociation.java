package io.github.opennqf.io.cfpackage;

import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A CASE {@code CFAssociation}: a typed link from one node (an item or the document) to another,
 * which may lie outside the package (an {@code exactMatchOf} to another framework's item).
 *
 * <p>Immutable and thread-safe. Nulls (other than where {@code @Nullable}) get a
 * {@link NullPointerException}.
 *
 * @param identifier its identifier
 * @param uri its URI
 * @param associationType such as {@code isChildOf}, {@code exactMatchOf}, {@code isRelatedTo},
 *     {@code precedes}, {@code exemplar}; kept as written
 * @param origin the node it starts from
 * @param destination the node it points to
 * @param sequenceNumber the order among siblings, or {@code null}
 * @since 0.1.0
 */
public record CaseAssociation(String identifier, URI uri, String associationType, Node origin, Node destination,
        @Nullable Integer sequenceNumber) {

    /** Validates. */
    public CaseAssociation {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(associationType, "associationType");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(destination, "destination");
    }

    /**
     * A CASE {@code LinkURI}: a node named by identifier and URI, with an optional title.
     *
     * <p>Immutable and thread-safe.
     *
     * @param identifier the node's identifier
     * @param uri the node's URI
     * @param title its title, or {@code null}
     * @since 0.1.0
     */
    public record Node(String identifier, URI uri, @Nullable String title) {
        /** Validates. */
        public Node {
            Objects.requireNonNull(identifier, "identifier");
            Objects.requireNonNull(uri, "uri");
        }
    }
}
