package io.github.opennqf.labour;

import io.github.opennqf.internal.Check;

/**
 * A job as the multiple-employment rule sees it: its daily hours, whether it is a hazardous
 * occupation (harmful or dangerous working conditions) and what kind of work it is.
 *
 * <p>Immutable and thread-safe. Hours outside 0–24 or a null kind get an
 * {@link io.github.opennqf.InvalidValueException}.
 *
 * @param title a name for messages
 * @param hoursPerDay working hours a day, 0–24
 * @param hazardous whether the job is in a hazardous occupation
 * @param kind the kind of work
 * @since 0.1.0
 */
public record Job(String title, double hoursPerDay, boolean hazardous, WorkKind kind) {

    /** Validates. */
    public Job {
        title = Check.notBlank(title, "title");
        if (!(hoursPerDay >= 0 && hoursPerDay <= 24)) {
            throw Check.invalid("hoursPerDay", hoursPerDay, "must be between 0 and 24");
        }
        Check.notNull(kind, "kind");
    }

    /** The kind of work, which matters for civil servants. */
    public enum WorkKind {
        /** Teaching. */
        TEACHING,
        /** Scientific research. */
        RESEARCH,
        /** Creative work. */
        CREATIVE,
        /** Any other work. */
        OTHER;

        /** @return {@code true} for teaching, research and creative work */
        public boolean isOpenToCivilServants() {
            return this != OTHER;
        }
    }
}
