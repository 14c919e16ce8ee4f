package io.github.opennqf.io;

import io.github.opennqf.evidence.VerificationStatus;
import java.util.Objects;

/**
 * What checking a credential's proof, issuer and dates found: an {@link Outcome} a program can act
 * on, and a message for a person. A credential counts as {@link VerificationStatus#VERIFIED} only
 * when its signature verified with a key of the caller's trust list and it was valid at the
 * verification time; a tampered or wrongly signed one is {@link VerificationStatus#REJECTED};
 * everything else (no proof, a proof OpenNQF does not verify, an untrusted key, expired or not yet
 * valid) is {@link VerificationStatus#SELF_DECLARED}: it may still count, as unverified evidence.
 *
 * <pre>{@code
 * CredentialCheck check = item.check();
 * if (check.outcome() == CredentialCheck.Outcome.BAD_SIGNATURE) {
 *     log.warn("credential {} was altered: {}", item.certificate().id(), check.message());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe. Nulls get a {@link NullPointerException}.
 *
 * @param outcome the most serious finding
 * @param message every finding, for a person
 * @since 0.1.0
 */
public record CredentialCheck(Outcome outcome, String message) {

    /** Validates. */
    public CredentialCheck {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
    }

    /** @return the verification status the evidence gets from this check */
    public VerificationStatus status() {
        return outcome.status();
    }

    /** @return {@code true} only for {@link Outcome#VERIFIED} */
    public boolean isVerified() {
        return outcome == Outcome.VERIFIED;
    }

    /** @return {@code outcome: message} */
    @Override
    public String toString() {
        return outcome + ": " + message;
    }

    /**
     * The findings of a check, declared from best to worst; when several apply, the worst is the
     * outcome and the message names them all.
     */
    public enum Outcome {
        /** A VC-JWT whose signature verified with a trusted key of its issuer, valid at the verification time. */
        VERIFIED(VerificationStatus.VERIFIED),
        /** The credential carries no proof at all (or an unsecured JWT, {@code "alg": "none"}). */
        NO_PROOF(VerificationStatus.SELF_DECLARED),
        /**
         * A proof is present but not verified: an embedded Data Integrity proof (such as
         * {@code eddsa-rdfc-2022} or {@code Ed25519Signature2020}), which needs RDF canonicalisation
         * and a key resolved over the network, or a JWS algorithm OpenNQF does not verify (EdDSA,
         * HMAC) or critical header parameters it does not understand.
         */
        PROOF_NOT_VERIFIED(VerificationStatus.SELF_DECLARED),
        /** The signature is intact, or could not be tried, but no key of the trust list belongs to the signer. */
        UNTRUSTED_KEY(VerificationStatus.SELF_DECLARED),
        /** Its validity starts after the verification time ({@code validFrom}, {@code issuanceDate}, {@code nbf}). */
        NOT_YET_VALID(VerificationStatus.SELF_DECLARED),
        /** Its validity ended before the verification time ({@code validUntil}, {@code expirationDate}, {@code exp}). */
        EXPIRED(VerificationStatus.SELF_DECLARED),
        /**
         * The JWT's claims contradict the credential it carries ({@code iss} against the issuer,
         * {@code jti} against the id, {@code sub} against the subject).
         */
        CLAIMS_MISMATCH(VerificationStatus.REJECTED),
        /** The signature does not match the content: the credential was altered, or signed with another key. */
        BAD_SIGNATURE(VerificationStatus.REJECTED);

        private final VerificationStatus status;

        Outcome(VerificationStatus status) {
            this.status = status;
        }

        /** @return the verification status evidence with this outcome gets */
        public VerificationStatus status() {
            return status;
        }
    }
}
