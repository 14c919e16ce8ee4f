package io.github.opennqf.io.esco;

import io.github.opennqf.code.IscoCode;
import io.github.opennqf.text.MultilingualText;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An ESCO occupation with its ISCO-08 unit group.
 *
 * <p>Immutable and thread-safe. Nulls (other than where {@code @Nullable}) get a
 * {@link NullPointerException}.
 *
 * @param uri the concept URI
 * @param code ESCO's code, the ISCO unit group followed by dotted digits, such as {@code 2654.1.7}
 * @param iscoGroup the ISCO-08 unit group it belongs to
 * @param preferredLabel the preferred label, by language
 * @param altLabels the alternative labels, by BCP 47 language tag; may be empty
 * @param description the description, or {@code null} if there is none
 * @param broader the URIs of its broader concepts (an ISCO group or another occupation)
 * @since 0.1.0
 */
public record EscoOccupation(
        URI uri,
        String code,
        IscoCode iscoGroup,
        MultilingualText preferredLabel,
        Map<String, List<String>> altLabels,
        @Nullable MultilingualText description,
        List<URI> broader) {

    /** Validates and copies. */
    public EscoOccupation {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(iscoGroup, "iscoGroup");
        Objects.requireNonNull(preferredLabel, "preferredLabel");
        altLabels = EscoConcepts.copy(altLabels);
        broader = List.copyOf(broader);
    }
}
