package io.github.opennqf.framework;

import io.github.opennqf.internal.Check;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * Where a piece of reference data comes from: a citation, an optional address and an optional
 * note on how it was derived. Carried by frameworks and by level mappings, so that a user can
 * tell an official text from OpenNQF's paraphrase and an official mapping from an assumption.
 *
 * <p>Immutable and thread-safe. A blank source gets an {@link io.github.opennqf.InvalidValueException}.
 *
 * @param source the citation, for example "Council Recommendation of 22 May 2017 on the EQF"
 * @param uri where the source can be read, or {@code null}
 * @param note how the data was derived, its caveats, or {@code null}
 * @since 0.1.0
 */
public record Provenance(@NotBlank String source, @Nullable URI uri, @Nullable String note) {

    /** Validates and strips the texts. */
    public Provenance {
        source = Check.notBlank(source, "source");
        note = Check.optionalNotBlank(note, "note");
    }

    /**
     * @param source the citation
     * @return a provenance with no address and no note
     */
    public static Provenance of(String source) {
        return new Provenance(source, null, null);
    }
}
