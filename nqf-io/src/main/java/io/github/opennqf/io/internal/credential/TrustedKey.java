package io.github.opennqf.io.internal.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import org.jspecify.annotations.Nullable;

/**
 * One public key of a trust list, optionally bound to one issuer id. Immutable.
 *
 * @param key the public key
 * @param issuer the only issuer whose credentials it verifies, or {@code null} for any
 * @param name the key's {@code kid}, else its RFC 7638 thumbprint, for messages
 */
public record TrustedKey(JWK key, @Nullable String issuer, String name) {

    static TrustedKey of(JWK key) {
        String name = key.getKeyID();
        if (name == null) {
            try {
                name = "thumbprint " + key.computeThumbprint();
            } catch (JOSEException e) {
                name = "without kid";
            }
        }
        return new TrustedKey(key, null, name);
    }

    /** @param issuerId the issuer @return this key bound to that issuer */
    public TrustedKey forIssuer(String issuerId) {
        return new TrustedKey(key, issuerId, name);
    }

    /** @return whether it may verify a credential of this issuer */
    boolean serves(@Nullable String issuerId) {
        return issuer == null || issuer.equals(issuerId);
    }

    /** @return the key's name and issuer, never its material */
    @Override
    public String toString() {
        return "'" + name + "'" + (issuer == null ? "" : " for " + issuer);
    }
}
