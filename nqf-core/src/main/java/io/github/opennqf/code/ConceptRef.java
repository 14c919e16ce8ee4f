package io.github.opennqf.code;

import io.github.opennqf.internal.Check;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A reference to a concept in a taxonomy, by its URI: an ESCO skill or occupation, an EQF level,
 * an ISCED-F field, a CASE item. Two statements that carry the same concept URI mean the same
 * thing, whatever their wording.
 *
 * <pre>{@code
 * ConceptRef skill = ConceptRef.parse(
 *         "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d");
 * skill.isEsco();   // true
 * }</pre>
 *
 * <p>Immutable and thread-safe. A relative URI, a URI without scheme or a text longer than 2,000
 * characters gets an {@link io.github.opennqf.InvalidValueException}.
 *
 * @param uri the concept's absolute URI
 * @since 0.1.0
 */
public record ConceptRef(@NotNull URI uri) {
    private static final int MAX_LENGTH = 2000;

    /** Requires an absolute URI. */
    public ConceptRef {
        Check.notNull(uri, "uri");
        if (!uri.isAbsolute()) {
            throw Check.invalid("uri", uri, "must be an absolute URI with a scheme, such as http://data.europa.eu/esco/skill/…");
        }
        if (uri.toString().length() > MAX_LENGTH) {
            throw Check.invalid("uri", uri, "must be at most " + MAX_LENGTH + " characters");
        }
    }

    /**
     * @param uri an absolute URI
     * @return the reference
     * @throws io.github.opennqf.InvalidValueException if the text is not an absolute URI
     */
    public static ConceptRef parse(String uri) {
        String s = Check.notBlank(uri, "uri");
        if (s.length() > MAX_LENGTH) {
            throw Check.invalid("uri", s, "must be at most " + MAX_LENGTH + " characters");
        }
        try {
            return new ConceptRef(new URI(s));
        } catch (URISyntaxException e) {
            throw Check.invalid("uri", s, "is not a URI: " + e.getReason());
        }
    }

    /** @return {@code true} if this is an ESCO concept ({@code http://data.europa.eu/esco/…}) */
    public boolean isEsco() {
        String host = uri.getHost();
        String path = uri.getPath();
        return host != null && host.toLowerCase(Locale.ROOT).equals("data.europa.eu")
                && path != null && path.startsWith("/esco/");
    }

    /** @return the URI as text */
    @Override
    public String toString() {
        return uri.toString();
    }
}
