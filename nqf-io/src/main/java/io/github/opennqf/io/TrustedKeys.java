package io.github.opennqf.io;

import io.github.opennqf.io.internal.json.LocatedJson;
import io.github.opennqf.io.internal.credential.TrustedKey;
import io.github.opennqf.io.internal.credential.TrustedKeySet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The issuers' public keys that a caller trusts to sign credentials: the trust list against which
 * {@link CredentialFormat} verifies VC-JWTs. Keys come from a JWK Set ({@code {"keys": [...]}}, RFC
 * 7517) or a single JWK, in a file or a string; nothing is ever fetched over the network.
 *
 * <pre>{@code
 * TrustedKeys keys = TrustedKeys.readJwks(Path.of("issuers.jwks"))                 // any issuer
 *         .and(TrustedKeys.readJwks(Path.of("enbek.jwk.json")).forIssuer("https://enbek.kz"));
 * }</pre>
 *
 * <p>A key read without an issuer verifies a credential of any issuer; {@link #forIssuer(String)}
 * binds keys to one issuer id, so that a key trusted for one issuer cannot vouch for a credential
 * claiming another. Only public RSA and EC keys verify (algorithms RS256–512, PS256–512,
 * ES256–512); a key set holding a private or symmetric key, or a key for encryption
 * ({@code "use": "enc"}), is refused with a located {@link ReadException}, as is malformed JSON.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TrustedKeys {
    private static final TrustedKeys NONE = new TrustedKeys(List.of());

    private final List<TrustedKey> keys;

    private TrustedKeys(List<TrustedKey> keys) {
        this.keys = List.copyOf(keys);
    }

    /** @return an empty trust list: no credential verifies */
    public static TrustedKeys none() {
        return NONE;
    }

    /**
     * @param jwks a JWK Set or a single JWK, as JSON text
     * @return the keys, for any issuer
     * @throws ReadException with the location of every bad key
     */
    public static TrustedKeys fromJwks(String jwks) {
        Objects.requireNonNull(jwks, "jwks");
        return new TrustedKeys(TrustedKeySet.read(jwks, "<jwks>", ReadLimits.DEFAULTS));
    }

    /**
     * @param file a UTF-8 file holding a JWK Set or a single JWK
     * @return the keys, for any issuer
     * @throws ReadException with the location of every bad key, or when the file cannot be read
     */
    public static TrustedKeys readJwks(Path file) {
        Objects.requireNonNull(file, "file");
        return new TrustedKeys(TrustedKeySet.read(LocatedJson.readText(file, ReadLimits.DEFAULTS),
                LocatedJson.sourceName(file), ReadLimits.DEFAULTS));
    }

    /**
     * @param issuerId the issuer's id, exactly as credentials state it (a URL or DID)
     * @return a copy whose keys verify only credentials of that issuer
     */
    public TrustedKeys forIssuer(String issuerId) {
        Objects.requireNonNull(issuerId, "issuerId");
        if (issuerId.isBlank()) {
            throw new IllegalArgumentException("issuerId must not be blank");
        }
        return new TrustedKeys(keys.stream().map(k -> k.forIssuer(issuerId)).toList());
    }

    /**
     * @param other more keys
     * @return a trust list holding the keys of both
     */
    public TrustedKeys and(TrustedKeys other) {
        Objects.requireNonNull(other, "other");
        List<TrustedKey> all = new ArrayList<>(keys);
        all.addAll(other.keys);
        return new TrustedKeys(all);
    }

    /** @return the number of keys */
    public int size() {
        return keys.size();
    }

    /** The keys, for the verifier. */
    List<TrustedKey> keys() {
        return keys;
    }

    /** @return the keys' ids (or thumbprints) and issuers, never key material */
    @Override
    public String toString() {
        return "TrustedKeys" + keys;
    }
}
