package io.github.opennqf.io.esco;

import io.github.opennqf.code.IscoCode;
import io.github.opennqf.text.MultilingualText;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An ISCO-08 group as ESCO publishes it ({@code ISCOGroups_<lang>.csv}).
 *
 * <p>Immutable and thread-safe. Nulls (other than where {@code @Nullable}) get a
 * {@link NullPointerException}.
 *
 * @param uri the concept URI, such as {@code http://data.europa.eu/esco/isco/C2512}
 * @param code the ISCO-08 code
 * @param preferredLabel the preferred label, by language
 * @param description the description, or {@code null} if there is none
 * @param broader the URIs of its broader groups; empty for a major group
 * @since 0.1.0
 */
public record IscoGroup(
        URI uri,
        IscoCode code,
        MultilingualText preferredLabel,
        @Nullable MultilingualText description,
        List<URI> broader) {

    /** Validates and copies. */
    public IscoGroup {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(preferredLabel, "preferredLabel");
        broader = List.copyOf(broader);
    }
}
