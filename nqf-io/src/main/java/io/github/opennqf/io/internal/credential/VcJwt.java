package io.github.opennqf.io.internal.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import io.github.opennqf.io.CredentialCheck.Outcome;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Verifies the signature of a compact JWS (a VC-JWT) against a trust list, with nimbus-jose-jwt.
 * Only asymmetric algorithms that nimbus verifies without optional libraries are accepted (RSA
 * PKCS#1 v1.5 and PSS, ECDSA); a key named in the JWS header is never trusted, only used to tell an
 * altered credential from one signed by an unknown key. Stateless.
 */
final class VcJwt {
    static final Pattern COMPACT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    private static final Set<JWSAlgorithm> RSA = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512);
    private static final Set<JWSAlgorithm> EC = Set.of(JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    private VcJwt() {
    }

    /**
     * @return the index (0, 1 or 2) of the first segment that is not canonical base64url (so that
     *     a changed character anywhere changes the decoded bytes), or -1 when all are
     */
    static int nonCanonicalSegment(String compact) {
        String[] parts = compact.split("\\.", -1);
        for (int i = 0; i < parts.length; i++) {
            try {
                byte[] bytes = Base64.getUrlDecoder().decode(parts[i]);
                if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(parts[i])) {
                    return i;
                }
            } catch (IllegalArgumentException e) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Checks the signature.
     *
     * @param jws the parsed JWS
     * @param issuerId the issuer the credential claims, or {@code null}
     * @param keys the trust list
     * @return what was found
     */
    static Findings verify(JWSObject jws, @Nullable String issuerId, List<TrustedKey> keys) {
        Findings findings = new Findings();
        JWSHeader header = jws.getHeader();
        JWSAlgorithm alg = header.getAlgorithm();
        if (!RSA.contains(alg) && !EC.contains(alg)) {
            return findings.add(Outcome.PROOF_NOT_VERIFIED, "signed with " + alg + ", which OpenNQF does not verify"
                    + " (it verifies RS256-512, PS256-512 and ES256-512)");
        }
        if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
            return findings.add(Outcome.PROOF_NOT_VERIFIED, "the JWS header has critical parameters "
                    + header.getCriticalParams() + " that OpenNQF does not understand");
        }
        String kid = header.getKeyID();
        List<TrustedKey> candidates = new ArrayList<>();
        for (TrustedKey key : keys) {
            if (key.serves(issuerId) && fits(key.key(), alg) && (kid == null || key.key().getKeyID() == null
                    || kid.equals(key.key().getKeyID()))) {
                candidates.add(key);
            }
        }
        for (TrustedKey key : candidates) {
            if (verifies(jws, key.key())) {
                return findings.add(Outcome.VERIFIED, "signature (" + alg + ") verified with trusted key " + key);
            }
        }
        JWK embedded = header.getJWK();
        if (embedded != null && fits(embedded, alg)) {
            if (verifies(jws, embedded)) {
                return findings.add(Outcome.UNTRUSTED_KEY, "the signature is intact, but the key in the JWS header ("
                        + TrustedKey.of(embedded).name() + ") is not in the trust list for issuer " + issuerId);
            }
            return findings.add(Outcome.BAD_SIGNATURE, "the signature does not match the content for the key in"
                    + " its own header: the credential was altered, or signed with another key");
        }
        if (!candidates.isEmpty()) {
            return findings.add(Outcome.BAD_SIGNATURE, "the signature verifies with none of the " + candidates.size()
                    + " trusted keys for issuer " + issuerId + ": the credential was altered, or signed with another key");
        }
        return findings.add(Outcome.UNTRUSTED_KEY, "no trusted key for issuer " + issuerId
                + (kid == null ? "" : " with kid '" + kid + "'") + " and algorithm " + alg);
    }

    /** @return whether the algorithm is one RFC 7518 or RFC 8037 registers for JWS */
    static boolean isRegistered(JWSAlgorithm alg) {
        return RSA.contains(alg) || EC.contains(alg) || JWSAlgorithm.Family.HMAC_SHA.contains(alg)
                || JWSAlgorithm.Family.ED.contains(alg) || JWSAlgorithm.ES256K.equals(alg);
    }

    private static boolean fits(JWK key, JWSAlgorithm alg) {
        if (RSA.contains(alg)) {
            return key instanceof RSAKey;
        }
        return key instanceof ECKey ec && Curve.forJWSAlgorithm(alg).contains(ec.getCurve());
    }

    private static boolean verifies(JWSObject jws, JWK key) {
        try {
            JWSVerifier verifier = key instanceof RSAKey rsa ? new RSASSAVerifier(rsa.toRSAPublicKey())
                    : new ECDSAVerifier(((ECKey) key).toECPublicKey());
            return jws.verify(verifier);
        } catch (JOSEException | IllegalStateException e) {
            return false;
        }
    }
}
