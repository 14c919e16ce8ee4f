package io.github.opennqf.io;

import io.github.opennqf.io.internal.json.LocatedJson;
import io.github.opennqf.io.internal.credential.OpenBadgesReader;
import io.github.opennqf.text.MultilingualText;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Open Badges 3.0 and Comprehensive Learner Record (CLR) 2.0 credentials, read as course
 * certificates and checked against a trust list of issuer keys.
 *
 * <pre>{@code
 * CredentialFormat badges = CredentialFormat.openBadges()
 *         .withTrustedKeys(TrustedKeys.readJwks(Path.of("issuers.jwks")));
 * CredentialReading reading = badges.read(Path.of("sql-course.jwt"));
 * for (CredentialItem item : reading.items()) {
 *     CourseCertificate certificate = item.certificate();   // verification = item.check().status()
 *     System.out.println(certificate.title() + " " + item.check());
 *     // SQL for analysts VERIFIED: signature verified with trusted key 'enbek-2026' ...
 * }
 * }</pre>
 *
 * <p><b>What is read.</b> A credential whose {@code type} names {@code OpenBadgeCredential} or
 * {@code AchievementCredential}, in the W3C VC 1.1 form ({@code issuanceDate},
 * {@code expirationDate}) or VC 2.0 form ({@code validFrom}, {@code validUntil}); a
 * {@code ClrCredential}, whose every embedded credential ({@code credentialSubject.verifiableCredential},
 * as JSON or as a compact JWS) is read and checked on its own. Each input may be the credential's
 * JSON, a VC-JWT (a compact JWS whose payload is the credential, or holds it under {@code vc}), or a
 * baked SVG badge ({@code <openbadges:credential>}). The achievement becomes a
 * {@link io.github.opennqf.evidence.CourseCertificate}: {@code name} its title; {@code description} and
 * {@code criteria.narrative} its outcomes; every {@code alignment[].targetUrl} (of the achievement and
 * of the results) a concept reference; the subject's {@code creditsEarned}, else the achievement's
 * {@code creditsAvailable} (credit hours, as Open Badges defines them), else a result whose
 * description names hours, its hours (unknown when none is stated); the issuer's name (else its id)
 * the provider; the issue date and validity period from the VC dates, in UTC. The texts' language is
 * the achievement's {@code inLanguage}, else {@link #withLanguage(String)}'s.
 *
 * <p><b>What is checked.</b> A VC-JWT's signature is verified with nimbus-jose-jwt against the
 * {@link TrustedKeys} the caller gives (a key named in the JWT's own header is never trusted for
 * that), its {@code iss} and {@code jti} against the credential, and every date ({@code nbf},
 * {@code exp} and the VC dates) against the verification time, with a clock skew. Embedded Data
 * Integrity proofs are reported as present and not verified: verifying them needs RDF
 * canonicalisation and keys resolved over the network, which this library does not do. Revocation
 * lists ({@code credentialStatus}) are not fetched. The result is a {@link CredentialCheck} per
 * achievement, and only {@link CredentialCheck.Outcome#VERIFIED} makes verified evidence.
 *
 * <p><b>Bad input</b> (not JSON, not a credential, a missing issuer, name or date, an alignment that
 * is not an absolute URL, more than 10,000 hours) gets a {@link ReadException} with every problem
 * located by line, column and JSON pointer; inside a VC-JWT, by the JSON pointer in its decoded
 * payload, with a message that says so. Input is bounded by {@link ReadLimits}. A failed read
 * returns nothing.
 *
 * <p>Immutable and thread-safe; {@code withX} methods return copies.
 *
 * @since 0.1.0
 */
public final class CredentialFormat {
    /** The clock skew allowed by default when comparing dates with the verification time. */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofMinutes(5);

    private final ReadLimits limits;
    private final TrustedKeys trustedKeys;
    private final @Nullable Instant verificationTime;
    private final Duration clockSkew;
    private final String language;

    private CredentialFormat(ReadLimits limits, TrustedKeys trustedKeys, @Nullable Instant verificationTime,
            Duration clockSkew, String language) {
        this.limits = limits;
        this.trustedKeys = trustedKeys;
        this.verificationTime = verificationTime;
        this.clockSkew = clockSkew;
        this.language = language;
    }

    /**
     * @return the Open Badges 3.0 and CLR 2.0 format with {@link ReadLimits#DEFAULTS}, no trusted
     *     keys (so nothing verifies), the current time and texts in an undetermined language
     */
    public static CredentialFormat openBadges() {
        return new CredentialFormat(ReadLimits.DEFAULTS, TrustedKeys.none(), null, DEFAULT_CLOCK_SKEW,
                MultilingualText.UNDETERMINED);
    }

    /** @param value the limits @return a copy reading within these limits */
    public CredentialFormat withLimits(ReadLimits value) {
        return new CredentialFormat(Objects.requireNonNull(value, "limits"), trustedKeys, verificationTime,
                clockSkew, language);
    }

    /** @param value the issuer keys to trust @return a copy verifying against these keys only */
    public CredentialFormat withTrustedKeys(TrustedKeys value) {
        return new CredentialFormat(limits, Objects.requireNonNull(value, "trustedKeys"), verificationTime,
                clockSkew, language);
    }

    /**
     * @param value the moment at which credentials must be valid, for reproducible checks
     * @return a copy checking dates at that moment instead of the time of each read
     */
    public CredentialFormat withVerificationTime(Instant value) {
        return new CredentialFormat(limits, trustedKeys, Objects.requireNonNull(value, "verificationTime"),
                clockSkew, language);
    }

    /**
     * @param value the tolerance when comparing dates with the verification time, 0 to 1 hour
     * @return a copy with this tolerance
     */
    public CredentialFormat withClockSkew(Duration value) {
        Objects.requireNonNull(value, "clockSkew");
        if (value.isNegative() || value.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("clockSkew must be between 0 and 1 hour, got " + value);
        }
        return new CredentialFormat(limits, trustedKeys, verificationTime, value, language);
    }

    /**
     * @param value a BCP 47 tag, such as {@code kk}, {@code ru} or {@code en}
     * @return a copy tagging texts with this language when a credential does not state its own
     */
    public CredentialFormat withLanguage(String value) {
        return new CredentialFormat(limits, trustedKeys, verificationTime, clockSkew,
                MultilingualText.normaliseTag(Objects.requireNonNull(value, "language")));
    }

    /** @return the limits reads are held to */
    public ReadLimits limits() {
        return limits;
    }

    /** @return the trusted issuer keys */
    public TrustedKeys trustedKeys() {
        return trustedKeys;
    }

    /**
     * Reads a credential file: JSON, a VC-JWT or a baked SVG, whatever its name.
     *
     * @param file the file
     * @return the achievements and their checks
     * @throws ReadException with every problem found
     */
    public CredentialReading read(Path file) {
        Objects.requireNonNull(file, "file");
        return readString(LocatedJson.readText(file, limits), LocatedJson.sourceName(file));
    }

    /**
     * Reads a credential from UTF-8 bytes.
     *
     * @param in the bytes; not closed
     * @param sourceName the name used in locations, such as a file name
     * @return the achievements and their checks
     * @throws ReadException with every problem found
     */
    public CredentialReading read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        return readString(LocatedJson.readText(in, sourceName, limits), sourceName);
    }

    /**
     * Reads a credential from text.
     *
     * @param text the credential's JSON, a VC-JWT or a baked SVG
     * @param sourceName the name used in locations
     * @return the achievements and their checks
     * @throws ReadException with every problem found
     */
    public CredentialReading readString(String text, String sourceName) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        if (text.length() > limits.maxBytes()) {
            throw new ReadException(java.util.List.of(new ReadProblem(Location.document(sourceName),
                    ReadProblem.Reason.LIMIT_EXCEEDED, "the input is larger than the limit of " + limits.maxBytes()
                            + " characters (ReadLimits.maxBytes)")));
        }
        Instant time = verificationTime != null ? verificationTime : Clock.systemUTC().instant();
        return new OpenBadgesReader(new OpenBadgesReader.Options(limits, trustedKeys.keys(), time, clockSkew,
                language)).read(text, sourceName);
    }

    /** @return a description of the settings, without key material */
    @Override
    public String toString() {
        return "CredentialFormat[openBadges, " + trustedKeys.size() + " trusted keys]";
    }
}
