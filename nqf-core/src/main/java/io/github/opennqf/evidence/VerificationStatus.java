package io.github.opennqf.evidence;

/**
 * How far a piece of evidence has been verified.
 *
 * @since 0.1.0
 */
public enum VerificationStatus {
    /** Stated by the person, not checked. */
    SELF_DECLARED,
    /** Submitted for checking; no answer yet. */
    PENDING,
    /** Confirmed by the issuer, a registry or a national platform. */
    VERIFIED,
    /** Checked and found not to hold. */
    REJECTED,
    /** Was verified, later withdrawn by the issuer. */
    REVOKED;

    /** @return {@code true} only for {@link #VERIFIED} */
    public boolean isVerified() {
        return this == VERIFIED;
    }
}
