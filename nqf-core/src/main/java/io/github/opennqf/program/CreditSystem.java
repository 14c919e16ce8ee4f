package io.github.opennqf.program;

/**
 * A system of academic credits. Every credit figure in OpenNQF carries its system, because a
 * number of credits means nothing without it.
 *
 * @since 0.1.0
 */
public enum CreditSystem {
    /**
     * The Kazakh academic credit since 2018: 30 academic hours, 60 credits per year of full-time
     * study; compatible with ECTS one to one.
     */
    KZ_ACADEMIC(30, 30),
    /** The European Credit Transfer and Accumulation System: 25 to 30 hours of work per credit. */
    ECTS(25, 30),
    /**
     * The older Kazakh national credit. Its conversion to academic credits used factors that depend
     * on the degree (about 1.5–1.7 for bachelor, 2–2.4 for master, 3.5–4.2 for doctorate), so no
     * fixed hours are given; convert explicitly with {@link Credits#convertTo(CreditSystem, double)}.
     */
    KZ_NATIONAL_LEGACY(0, 0);

    private final int minHours;
    private final int maxHours;

    CreditSystem(int minHours, int maxHours) {
        this.minHours = minHours;
        this.maxHours = maxHours;
    }

    /** @return the least hours of learning one credit stands for; 0 if not fixed */
    public int minHoursPerCredit() {
        return minHours;
    }

    /** @return the most hours of learning one credit stands for; 0 if not fixed */
    public int maxHoursPerCredit() {
        return maxHours;
    }

    /** @return {@code true} if one credit stands for a fixed or bounded number of hours */
    public boolean hasHours() {
        return maxHours > 0;
    }

    /**
     * @param other another system
     * @return {@code true} if credits of the two systems count one to one (Kazakh academic and ECTS)
     */
    public boolean isOneToOneWith(CreditSystem other) {
        return this == other || (this != KZ_NATIONAL_LEGACY && other != KZ_NATIONAL_LEGACY);
    }
}
