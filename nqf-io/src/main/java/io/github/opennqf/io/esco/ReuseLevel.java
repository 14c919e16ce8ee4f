package io.github.opennqf.io.esco;

import java.util.Optional;

/**
 * How widely an ESCO skill applies, as written in the {@code reuseLevel} column.
 *
 * <p>Constants: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ReuseLevel {
    /** {@code transversal}: relevant to a broad range of occupations and sectors. */
    TRANSVERSAL("transversal"),
    /** {@code cross-sector}: relevant to occupations in several sectors. */
    CROSS_SECTOR("cross-sector"),
    /** {@code sector-specific}: specific to one sector. */
    SECTOR_SPECIFIC("sector-specific"),
    /** {@code occupation-specific}: specific to one or a few occupations. */
    OCCUPATION_SPECIFIC("occupation-specific");

    private final String code;

    ReuseLevel(String code) {
        this.code = code;
    }

    /** @return the value written in ESCO's CSV, such as {@code cross-sector} */
    public String code() {
        return code;
    }

    /**
     * @param code a value of the {@code reuseLevel} column
     * @return the level, or empty for any other value
     */
    public static Optional<ReuseLevel> fromCode(String code) {
        for (ReuseLevel level : values()) {
            if (level.code.equals(code)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
