package io.github.opennqf.framework;

/**
 * Whether a level mapping between two frameworks has official standing.
 *
 * @since 0.1.0
 */
public enum MappingStatus {
    /** Established by a referencing report or a legal act. */
    OFFICIAL,
    /** A typical or assumed correspondence, for example one derived from secondary sources. */
    UNOFFICIAL
}
