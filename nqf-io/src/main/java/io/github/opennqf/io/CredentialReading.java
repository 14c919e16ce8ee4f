package io.github.opennqf.io;

import io.github.opennqf.evidence.CourseCertificate;
import java.util.List;
import java.util.Objects;

/**
 * What {@link CredentialFormat} read from one input: an achievement for every awarded achievement
 * (one for an Open Badge, one per embedded credential for a CLR), each with its check, and notes
 * on what was deliberately not read as evidence, so that nothing is dropped unsaid.
 *
 * <pre>{@code
 * CredentialReading reading = CredentialFormat.openBadges().withTrustedKeys(keys).read(path);
 * List<CourseCertificate> verified = reading.items().stream()
 *         .filter(item -> item.check().isVerified()).map(CredentialItem::certificate).toList();
 * reading.notes().forEach(note -> System.out.println(note));   // e.g. a CLR's unawarded achievements
 * }</pre>
 *
 * <p>Immutable and thread-safe. Nulls get a {@link NullPointerException}.
 *
 * @param items the achievements read, in input order
 * @param notes what was not read as evidence, and why, in input order
 * @since 0.1.0
 */
public record CredentialReading(List<CredentialItem> items, List<Note> notes) {

    /** Validates and copies. */
    public CredentialReading {
        items = List.copyOf(items);
        notes = List.copyOf(notes);
    }

    /** @return every achievement as a course certificate, whatever its check, in input order */
    public List<CourseCertificate> certificates() {
        return items.stream().map(CredentialItem::certificate).toList();
    }

    /**
     * Something in the input that was read but not turned into evidence, and why.
     *
     * <p>Immutable and thread-safe.
     *
     * @param location where it is
     * @param message what it is and why it is not evidence
     * @since 0.1.0
     */
    public record Note(Location location, String message) {
        /** Validates. */
        public Note {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(message, "message");
        }

        /** @return {@code location: message} */
        @Override
        public String toString() {
            return location + ": " + message;
        }
    }
}
