package io.github.opennqf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import io.github.opennqf.io.CredentialCheck;
import io.github.opennqf.io.CredentialFormat;
import io.github.opennqf.io.CredentialItem;
import io.github.opennqf.io.TrustedKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo's signed credentials ({@code demo/applicants/A-20/} and {@code A-21/}) and the demo
 * issuer's public key ({@code demo/issuers.jwks}): the genuine VC-JWT verifies with that key and
 * the tampered copy (one claim changed, the signature kept) does not. Regenerate both, with a new
 * key whose private half is never written, with
 * {@code ./mvnw -pl nqf-examples -am test -Dtest=DemoCredentialsTest -Dsurefire.failIfNoSpecifiedTests=false -Dopennqf.writeDemo=true}.
 */
class DemoCredentialsTest {
    private static final Path DEMO = Path.of("..", "demo");
    private static final String ISSUER = "https://skills.example.kz/issuers/demo-academy";
    private static final Instant DEMO_DATE = Instant.parse("2026-12-01T12:00:00Z");

    /** An Open Badges 3.0 (VC 2.0) course certificate for an applicant, written for the demo. */
    private static String credential(String id, String subject) {
        return """
                {
                  "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                  "id": "%s",
                  "type": ["VerifiableCredential", "OpenBadgeCredential"],
                  "name": "Бағдарламалық қамтамасыз етуді әзірлеу және тестілеу курсы",
                  "issuer": {"id": "%s", "type": ["Profile"], "name": "Demo IT Academy"},
                  "validFrom": "2026-03-01T09:00:00Z",
                  "credentialSubject": {
                    "id": "%s",
                    "type": ["AchievementSubject"],
                    "achievement": {
                      "id": "https://skills.example.kz/achievements/java-development",
                      "type": ["Achievement"],
                      "achievementType": "Course",
                      "inLanguage": "kk",
                      "name": "Java тілінде бағдарламалық қамтамасыз етуді әзірлеу және тестілеу",
                      "description": "Java тілінде бағдарламалар әзірлейді, тестілейді және деректер қорымен жұмыс істейді.",
                      "criteria": {"narrative": "96 сағаттық курсты аяқтап, қорытынды жобаны қорғады."},
                      "creditsAvailable": 96
                    }
                  }
                }
                """.formatted(id, ISSUER, subject);
    }

    private static String sign(ECKey key, String credentialJson, String jti) throws Exception {
        Map<String, Object> payload = new LinkedHashMap<>(JSONObjectUtils.parse(credentialJson));
        payload.put("iss", ISSUER);
        payload.put("jti", jti);
        payload.put("nbf", Instant.parse("2026-03-01T09:00:00Z").getEpochSecond());
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(),
                new Payload(payload));
        jws.sign(new ECDSASigner(key));
        return jws.serialize();
    }

    /** @return the JWS with its payload's course hours raised from 96 to 960, the signature kept */
    private static String tampered(String jws) {
        String[] parts = jws.split("\\.");
        String payload = new Base64URL(parts[1]).decodeToString().replace("\"creditsAvailable\":96", "\"creditsAvailable\":960");
        assertThat(payload).contains("960");
        return parts[0] + "." + Base64URL.encode(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    @Test
    void theGenuineDemoCredentialVerifiesAndTheTamperedCopyDoesNot() throws Exception {
        Path genuine = DEMO.resolve("applicants/A-20/java-course.jwt");
        Path forged = DEMO.resolve("applicants/A-21/java-course.jwt");
        if (Boolean.getBoolean("opennqf.writeDemo")) {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyID("demo-academy-2026").generate();
            Files.writeString(DEMO.resolve("issuers.jwks"), new JWKSet(key.toPublicJWK()).toString(false) + "\n",
                    StandardCharsets.UTF_8);
            String a20 = "urn:uuid:0d6c1e52-7f3a-4b8e-9a61-5c2f7e4d2a20";
            String a21 = "urn:uuid:0d6c1e52-7f3a-4b8e-9a61-5c2f7e4d2a21";
            Files.writeString(genuine, sign(key, credential(a20, "did:example:applicant-a20"), a20) + "\n",
                    StandardCharsets.UTF_8);
            Files.writeString(forged, tampered(sign(key, credential(a21, "did:example:applicant-a21"), a21)) + "\n",
                    StandardCharsets.UTF_8);
        }
        CredentialFormat format = CredentialFormat.openBadges()
                .withTrustedKeys(TrustedKeys.readJwks(DEMO.resolve("issuers.jwks"))).withVerificationTime(DEMO_DATE);

        CredentialItem good = format.read(genuine).items().get(0);
        CredentialItem bad = format.read(forged).items().get(0);
        CredentialItem untrusted = CredentialFormat.openBadges().withVerificationTime(DEMO_DATE).read(genuine).items().get(0);

        assertThat(good.check().outcome()).isEqualTo(CredentialCheck.Outcome.VERIFIED);
        assertThat(good.certificate().hours()).isEqualByComparingTo("96");
        assertThat(bad.check().outcome()).isEqualTo(CredentialCheck.Outcome.BAD_SIGNATURE);
        assertThat(bad.certificate().hours()).isEqualByComparingTo("960");
        assertThat(untrusted.check().outcome()).isEqualTo(CredentialCheck.Outcome.UNTRUSTED_KEY);
        assertThat(Files.readString(DEMO.resolve("issuers.jwks"))).doesNotContain("\"d\"");
    }
}
