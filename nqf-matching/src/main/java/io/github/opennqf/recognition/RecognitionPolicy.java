package io.github.opennqf.recognition;

import io.github.opennqf.evidence.VerificationStatus;
import java.math.BigDecimal;
import java.time.Period;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How much each piece of evidence counts, and what may stand in for formal education. No official
 * weighting of evidence types exists in Kazakhstan (the 2025 framework recognises non-formal and
 * informal learning but sets no weights), so every default below is a reasoned choice, documented
 * with its reason, and every one can be changed.
 *
 * <pre>{@code
 * RecognitionPolicy policy = RecognitionPolicy.DEFAULTS.toBuilder()
 *         .kindWeight(EvidenceKind.VERIFIED_SKILL, 0.9)
 *         .minimumCertificateHours(new BigDecimal("36"))
 *         .build();
 * }</pre>
 *
 * <p>An item's weight is {@code kindWeight × verificationWeight × recency}; every similarity of
 * the statements drawn from it is multiplied by that weight, so an item of weight 0.4 can cover a
 * requirement at most 0.4.
 *
 * <table>
 *   <caption>Settings and defaults, with the reason for each</caption>
 *   <tr><th>setting</th><th>default</th><th>why</th></tr>
 *   <tr><td>kind weight: diploma</td><td>1.0</td><td>formal education against an approved program is the reference the
 *       framework's levels are defined by</td></tr>
 *   <tr><td>kind weight: recognition result</td><td>1.0</td><td>an accredited centre assessed the person against this
 *       very standard; for the same card and level it is decisive</td></tr>
 *   <tr><td>kind weight: work experience</td><td>0.9</td><td>tasks actually done are strong evidence of skills, but a
 *       job title and task list are written by the applicant</td></tr>
 *   <tr><td>kind weight: verified skill</td><td>0.8</td><td>a portal checked the skill, usually by a short test, which
 *       shows less breadth than a course</td></tr>
 *   <tr><td>kind weight: course certificate</td><td>0.8</td><td>short courses count officially since 2025; their
 *       outcomes are narrower and assessment less strict than a degree's</td></tr>
 *   <tr><td>verification: verified</td><td>1.0</td><td>checked with the issuer or a registry</td></tr>
 *   <tr><td>verification: pending</td><td>0.6</td><td>a check was asked for; counts somewhat more than a bare claim</td></tr>
 *   <tr><td>verification: self-declared</td><td>0.5</td><td>half: the issue asks that unverified evidence count less,
 *       not nothing, so that people without digital records are not excluded</td></tr>
 *   <tr><td>verification: rejected, revoked</td><td>0</td><td>a failed or withdrawn check is no evidence</td></tr>
 *   <tr><td>recency half-life</td><td>10 years</td><td>skills fade and technologies change; ten years keeps a
 *       five-year-old course at 0.71 of its weight. Applies to courses, verified skills and work (by its end)</td></tr>
 *   <tr><td>recency floor</td><td>0.3</td><td>old evidence still shows what a person once learned</td></tr>
 *   <tr><td>minimum certificate hours</td><td>16</td><td>two working days: shorter events (a webinar) are not training
 *       courses</td></tr>
 *   <tr><td>certificate lifetime</td><td>5 years</td><td>a certificate without its own expiry date stops counting after
 *       five years, the usual renewal cycle of advanced-training certificates</td></tr>
 *   <tr><td>recognition substitutes education</td><td>yes</td><td>the point of recognising prior learning is that a
 *       recognised person need not show a diploma</td></tr>
 *   <tr><td>experience substituting education</td><td>none</td><td>no rule sets how many years replace a degree; an
 *       employer may set one</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe. Weights outside [0, 1], a negative or zero half-life or lifetime,
 * or negative hours get an {@link IllegalArgumentException} naming the setting.
 *
 * @since 0.1.0
 */
public final class RecognitionPolicy {
    /** The documented defaults. */
    public static final RecognitionPolicy DEFAULTS = new Builder().build();

    private final Map<EvidenceKind, Double> kindWeights;
    private final Map<VerificationStatus, Double> verificationWeights;
    private final Period recencyHalfLife;
    private final double recencyFloor;
    private final Set<EvidenceKind> recencyKinds;
    private final BigDecimal minimumCertificateHours;
    private final Period certificateLifetime;
    private final boolean recognitionSubstitutesEducation;
    private final @Nullable Period experienceSubstitutingEducation;

    private RecognitionPolicy(Builder b) {
        for (Map.Entry<EvidenceKind, Double> e : b.kindWeights.entrySet()) {
            unit(e.getValue(), "kindWeight(" + e.getKey() + ")");
        }
        for (Map.Entry<VerificationStatus, Double> e : b.verificationWeights.entrySet()) {
            unit(e.getValue(), "verificationWeight(" + e.getKey() + ")");
        }
        positive(b.recencyHalfLife, "recencyHalfLife");
        unit(b.recencyFloor, "recencyFloor");
        if (b.minimumCertificateHours.signum() < 0) {
            throw new IllegalArgumentException("minimumCertificateHours must not be negative, was " + b.minimumCertificateHours);
        }
        positive(b.certificateLifetime, "certificateLifetime");
        if (b.experienceSubstitutingEducation != null) {
            positive(b.experienceSubstitutingEducation, "experienceSubstitutingEducation");
        }
        this.kindWeights = Map.copyOf(b.kindWeights);
        this.verificationWeights = Map.copyOf(b.verificationWeights);
        this.recencyHalfLife = b.recencyHalfLife;
        this.recencyFloor = b.recencyFloor;
        this.recencyKinds = Set.copyOf(b.recencyKinds);
        this.minimumCertificateHours = b.minimumCertificateHours;
        this.certificateLifetime = b.certificateLifetime;
        this.recognitionSubstitutesEducation = b.recognitionSubstitutesEducation;
        this.experienceSubstitutingEducation = b.experienceSubstitutingEducation;
    }

    private static void unit(double v, String name) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + v);
        }
    }

    private static void positive(Period p, String name) {
        Objects.requireNonNull(p, name);
        if (p.isNegative() || p.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + p);
        }
    }

    /** @return a builder holding the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this policy's settings */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @param kind a kind of evidence @return its weight, in [0, 1] */
    public double kindWeight(EvidenceKind kind) {
        return kindWeights.get(Objects.requireNonNull(kind, "kind"));
    }

    /** @param status a verification status @return its weight, in [0, 1] */
    public double verificationWeight(VerificationStatus status) {
        return verificationWeights.get(Objects.requireNonNull(status, "status"));
    }

    /** @return the age at which an item's weight halves */
    public Period recencyHalfLife() {
        return recencyHalfLife;
    }

    /** @return the least recency factor, however old the item, in [0, 1] */
    public double recencyFloor() {
        return recencyFloor;
    }

    /** @return the kinds of evidence whose weight decays with age */
    public Set<EvidenceKind> recencyKinds() {
        return recencyKinds;
    }

    /** @return the fewest hours a course certificate needs to count */
    public BigDecimal minimumCertificateHours() {
        return minimumCertificateHours;
    }

    /** @return how long a certificate without its own expiry date counts */
    public Period certificateLifetime() {
        return certificateLifetime;
    }

    /** @return whether a recognition result for the card stands in for the required education */
    public boolean recognitionSubstitutesEducation() {
        return recognitionSubstitutesEducation;
    }

    /** @return the work experience that stands in for the required education, or {@code null} for none */
    public @Nullable Period experienceSubstitutingEducation() {
        return experienceSubstitutingEducation;
    }

    /**
     * The recency factor of an item of a kind, {@code years} old: 0.5^(years / half-life), at least
     * the floor; 1 for kinds that do not decay and for items dated in the future.
     *
     * @param kind the kind
     * @param years the item's age in years
     * @return the factor in [floor, 1]
     */
    public double recency(EvidenceKind kind, double years) {
        if (!recencyKinds.contains(kind) || years <= 0) {
            return 1.0;
        }
        double halfLife = RecognitionDates.years(recencyHalfLife);
        return Math.max(recencyFloor, Math.pow(0.5, years / halfLife));
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof RecognitionPolicy p && kindWeights.equals(p.kindWeights)
                && verificationWeights.equals(p.verificationWeights) && recencyHalfLife.equals(p.recencyHalfLife)
                && Double.compare(recencyFloor, p.recencyFloor) == 0 && recencyKinds.equals(p.recencyKinds)
                && minimumCertificateHours.compareTo(p.minimumCertificateHours) == 0
                && certificateLifetime.equals(p.certificateLifetime)
                && recognitionSubstitutesEducation == p.recognitionSubstitutesEducation
                && Objects.equals(experienceSubstitutingEducation, p.experienceSubstitutingEducation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kindWeights, verificationWeights, recencyHalfLife, recencyFloor, recencyKinds,
                minimumCertificateHours.stripTrailingZeros(), certificateLifetime, recognitionSubstitutesEducation,
                experienceSubstitutingEducation);
    }

    @Override
    public String toString() {
        return "RecognitionPolicy[kindWeights=" + new java.util.TreeMap<>(kindWeights) + ", verificationWeights="
                + new java.util.TreeMap<>(verificationWeights) + ", recencyHalfLife=" + recencyHalfLife + ", recencyFloor="
                + recencyFloor + ", minimumCertificateHours=" + minimumCertificateHours + ", certificateLifetime="
                + certificateLifetime + "]";
    }

    /** Collects settings, from the defaults. Not thread-safe; the policy it builds is. */
    public static final class Builder {
        private final Map<EvidenceKind, Double> kindWeights = new EnumMap<>(EvidenceKind.class);
        private final Map<VerificationStatus, Double> verificationWeights = new EnumMap<>(VerificationStatus.class);
        private Period recencyHalfLife = Period.ofYears(10);
        private double recencyFloor = 0.3;
        private Set<EvidenceKind> recencyKinds = EnumSet.of(EvidenceKind.COURSE_CERTIFICATE, EvidenceKind.VERIFIED_SKILL,
                EvidenceKind.WORK_EXPERIENCE);
        private BigDecimal minimumCertificateHours = BigDecimal.valueOf(16);
        private Period certificateLifetime = Period.ofYears(5);
        private boolean recognitionSubstitutesEducation = true;
        private @Nullable Period experienceSubstitutingEducation;

        private Builder() {
            kindWeights.put(EvidenceKind.DIPLOMA, 1.0);
            kindWeights.put(EvidenceKind.RECOGNITION_RESULT, 1.0);
            kindWeights.put(EvidenceKind.WORK_EXPERIENCE, 0.9);
            kindWeights.put(EvidenceKind.VERIFIED_SKILL, 0.8);
            kindWeights.put(EvidenceKind.COURSE_CERTIFICATE, 0.8);
            verificationWeights.put(VerificationStatus.VERIFIED, 1.0);
            verificationWeights.put(VerificationStatus.PENDING, 0.6);
            verificationWeights.put(VerificationStatus.SELF_DECLARED, 0.5);
            verificationWeights.put(VerificationStatus.REJECTED, 0.0);
            verificationWeights.put(VerificationStatus.REVOKED, 0.0);
        }

        private Builder(RecognitionPolicy p) {
            kindWeights.putAll(p.kindWeights);
            verificationWeights.putAll(p.verificationWeights);
            recencyHalfLife = p.recencyHalfLife;
            recencyFloor = p.recencyFloor;
            recencyKinds = EnumSet.noneOf(EvidenceKind.class);
            recencyKinds.addAll(p.recencyKinds);
            minimumCertificateHours = p.minimumCertificateHours;
            certificateLifetime = p.certificateLifetime;
            recognitionSubstitutesEducation = p.recognitionSubstitutesEducation;
            experienceSubstitutingEducation = p.experienceSubstitutingEducation;
        }

        /** @param kind a kind @param weight its weight, in [0, 1] @return this builder */
        public Builder kindWeight(EvidenceKind kind, double weight) {
            kindWeights.put(Objects.requireNonNull(kind, "kind"), weight);
            return this;
        }

        /** @param status a status @param weight its weight, in [0, 1] @return this builder */
        public Builder verificationWeight(VerificationStatus status, double weight) {
            verificationWeights.put(Objects.requireNonNull(status, "status"), weight);
            return this;
        }

        /** @param value the age at which weight halves, positive @return this builder */
        public Builder recencyHalfLife(Period value) {
            recencyHalfLife = Objects.requireNonNull(value, "recencyHalfLife");
            return this;
        }

        /** @param value the least recency factor, in [0, 1] @return this builder */
        public Builder recencyFloor(double value) {
            recencyFloor = value;
            return this;
        }

        /** @param values the kinds whose weight decays with age @return this builder */
        public Builder recencyKinds(Set<EvidenceKind> values) {
            recencyKinds = EnumSet.noneOf(EvidenceKind.class);
            recencyKinds.addAll(values);
            return this;
        }

        /** @param value the fewest hours a certificate needs, 0 or more @return this builder */
        public Builder minimumCertificateHours(BigDecimal value) {
            minimumCertificateHours = Objects.requireNonNull(value, "minimumCertificateHours");
            return this;
        }

        /** @param value how long a certificate without expiry counts, positive @return this builder */
        public Builder certificateLifetime(Period value) {
            certificateLifetime = Objects.requireNonNull(value, "certificateLifetime");
            return this;
        }

        /** @param value whether a recognition result stands in for education @return this builder */
        public Builder recognitionSubstitutesEducation(boolean value) {
            recognitionSubstitutesEducation = value;
            return this;
        }

        /** @param value the experience that stands in for education, or {@code null} for none @return this builder */
        public Builder experienceSubstitutingEducation(@Nullable Period value) {
            experienceSubstitutingEducation = value;
            return this;
        }

        /** @return the policy @throws IllegalArgumentException naming a setting out of range */
        public RecognitionPolicy build() {
            return new RecognitionPolicy(this);
        }
    }
}
