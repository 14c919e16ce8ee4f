package io.github.opennqf.io;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Issuer keys generated for the tests, and VC-JWTs signed with them. */
final class CredentialFixtures {
    static final String ISSUER = "https://skills.example.kz/issuers/astana-it-academy";
    static final RSAKey ISSUER_KEY = rsa("astana-2026");
    static final RSAKey STRANGER_KEY = rsa("stranger");
    static final ECKey EC_KEY = ec("astana-ec");

    private CredentialFixtures() {
    }

    private static RSAKey rsa(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECKey ec(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the public keys as a JWK Set, as an issuer would publish them */
    static String jwks(JWK... keys) {
        return new JWKSet(java.util.Arrays.stream(keys).map(JWK::toPublicJWK).toList()).toString();
    }

    /** @return a test resource as text */
    static String resource(String name) {
        try (InputStream in = CredentialFixtures.class.getResourceAsStream("credentials/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param credentialJson the credential, which becomes the JWT's payload with the given claims added
     * @param claims registered claims ({@code iss}, {@code nbf}, {@code exp}, ...)
     * @return the compact JWS
     */
    static String sign(JWK key, JWSHeader.Builder header, String credentialJson, Map<String, Object> claims) {
        try {
            Map<String, Object> payload = new java.util.LinkedHashMap<>(com.nimbusds.jose.util.JSONObjectUtils
                    .parse(credentialJson));
            payload.putAll(claims);
            JWSObject jws = new JWSObject(header.build(), new Payload(payload));
            JWSSigner signer = key instanceof RSAKey rsa ? new RSASSASigner(rsa) : key instanceof ECKey ec ? new ECDSASigner(ec)
                    : new com.nimbusds.jose.crypto.MACSigner((com.nimbusds.jose.jwk.OctetSequenceKey) key);
            jws.sign(signer);
            return jws.serialize();
        } catch (JOSEException | java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    static JWSHeader.Builder rs256(RSAKey key) {
        return new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID());
    }
}
