package io.github.opennqf.io;

import static io.github.opennqf.io.CredentialFixtures.EC_KEY;
import static io.github.opennqf.io.CredentialFixtures.ISSUER;
import static io.github.opennqf.io.CredentialFixtures.ISSUER_KEY;
import static io.github.opennqf.io.CredentialFixtures.STRANGER_KEY;
import static io.github.opennqf.io.CredentialFixtures.resource;
import static io.github.opennqf.io.CredentialFixtures.rs256;
import static io.github.opennqf.io.CredentialFixtures.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import io.github.opennqf.evidence.CourseCertificate;
import io.github.opennqf.evidence.ValidityPeriod;
import io.github.opennqf.evidence.VerificationStatus;
import io.github.opennqf.io.CredentialCheck.Outcome;
import io.github.opennqf.io.ReadProblem.Reason;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Open Badges credentials written for these tests from the specifications, signed with keys generated here. */
class CredentialFormatTest {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final long NOW_S = NOW.getEpochSecond();
    private static final String BADGE = resource("sql-course-vc2.json");
    private static final TrustedKeys TRUSTED = TrustedKeys.fromJwks(CredentialFixtures.jwks(ISSUER_KEY, EC_KEY));
    private static final CredentialFormat FORMAT = CredentialFormat.openBadges().withVerificationTime(NOW)
            .withTrustedKeys(TRUSTED);
    private static final Map<String, Object> CLAIMS = Map.of("iss", ISSUER, "nbf", 1_740_819_600L,
            "jti", "urn:uuid:5b0f4a52-8d8c-4d4e-9b7e-3f1c2a6e9d10");

    private static CredentialItem only(CredentialReading reading) {
        assertThat(reading.items()).hasSize(1);
        return reading.items().get(0);
    }

    @Test
    void readsAVc2BadgeIntoACourseCertificate() {
        CredentialItem item = only(FORMAT.readString(BADGE, "badge.json"));
        CourseCertificate c = item.certificate();
        assertThat(c.id()).isEqualTo("urn:uuid:5b0f4a52-8d8c-4d4e-9b7e-3f1c2a6e9d10");
        assertThat(c.title().get("kk")).hasValue("Деректер қорын жобалау");
        assertThat(c.outcomes()).extracting(o -> o.get("kk").orElseThrow()).containsExactly(
                "Реляциялық деректер қорын жобалайды және SQL сұраныстарын жазады.",
                "72 сағаттық курсты аяқтап, қорытынды жобаны қорғады.");
        assertThat(c.hours()).isEqualByComparingTo("72");
        assertThat(c.skills()).singleElement().satisfies(s -> assertThat(s.isEsco()).isTrue());
        assertThat(c.provider()).isEqualTo("Astana IT Academy");
        assertThat(c.issuedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(c.validity()).isEqualTo(ValidityPeriod.between(LocalDate.of(2025, 3, 1), LocalDate.of(2030, 2, 28)));
        assertThat(item.fieldOfStudy()).isEqualTo("Information and Communication Technologies");
        assertThat(item.achievementType()).isEqualTo("Course");
        assertThat(item.check().outcome()).isEqualTo(Outcome.NO_PROOF);
        assertThat(c.verification()).isEqualTo(VerificationStatus.SELF_DECLARED);
    }

    @Test
    void readsAVc11BadgeWithItsIssuerAsAnIdAndHoursFromAResult() {
        CredentialItem item = only(FORMAT.readString(resource("sql-course-vc1.json"), "badge.json"));
        CourseCertificate c = item.certificate();
        assertThat(c.title().get("ru")).hasValue("Бухгалтерский учёт в 1С");
        assertThat(c.provider()).isEqualTo("https://skills.example.kz/issuers/almaty-college");
        assertThat(c.hours()).isEqualByComparingTo(new BigDecimal("36"));
        assertThat(c.issuedOn()).isEqualTo(LocalDate.of(2024, 6, 15));   // 10:30 at +05:00 is 05:30 UTC
        assertThat(c.validity()).isEqualTo(ValidityPeriod.between(LocalDate.of(2024, 6, 15), LocalDate.of(2027, 6, 15)));
    }

    @Test
    void aValidVcJwtSignedByATrustedIssuerIsVerified() {
        CredentialItem item = only(FORMAT.readString(sign(ISSUER_KEY, rs256(ISSUER_KEY), BADGE, CLAIMS), "badge.jwt"));
        assertThat(item.check().outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(item.check().message()).contains("'astana-2026'");
        assertThat(item.certificate().verification()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(item.certificate().title().get("kk")).hasValue("Деректер қорын жобалау");

        String es256 = sign(EC_KEY, new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("astana-ec"), BADGE, CLAIMS);
        assertThat(only(FORMAT.readString(es256, "badge.jwt")).check().isVerified()).isTrue();
        String wrapped = sign(ISSUER_KEY, rs256(ISSUER_KEY), "{\"vc\": " + BADGE + "}", CLAIMS);   // VC-JWT 1.1 style
        assertThat(only(FORMAT.readString(wrapped, "badge.jwt")).check().isVerified()).isTrue();
    }

    @Test
    void aTamperedVcJwtIsRejected() {
        String[] parts = sign(ISSUER_KEY, rs256(ISSUER_KEY), BADGE, CLAIMS).split("\\.");
        String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8)
                .replace("\"creditsAvailable\":72", "\"creditsAvailable\":720");
        String tampered = parts[0] + "." + Base64URL.encode(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        CredentialItem item = only(FORMAT.readString(tampered, "badge.jwt"));
        assertThat(item.certificate().hours()).isEqualByComparingTo("720");
        assertThat(item.check().outcome()).isEqualTo(Outcome.BAD_SIGNATURE);
        assertThat(item.check().message()).contains("altered");
        assertThat(item.certificate().verification()).isEqualTo(VerificationStatus.REJECTED);
    }

    @Test
    void aVcJwtSignedByAnUnknownKeyIsNotVerified() {
        CredentialItem byKid = only(FORMAT.readString(sign(STRANGER_KEY, rs256(STRANGER_KEY), BADGE, CLAIMS), "b.jwt"));
        assertThat(byKid.check().outcome()).isEqualTo(Outcome.UNTRUSTED_KEY);
        assertThat(byKid.certificate().verification()).isEqualTo(VerificationStatus.SELF_DECLARED);

        // a key in the JWT's own header vouches for nothing; it only shows the signature is intact
        String embedded = sign(STRANGER_KEY, new JWSHeader.Builder(JWSAlgorithm.RS256).jwk(STRANGER_KEY.toPublicJWK()),
                BADGE, CLAIMS);
        CredentialItem byJwk = only(FORMAT.readString(embedded, "b.jwt"));
        assertThat(byJwk.check().outcome()).isEqualTo(Outcome.UNTRUSTED_KEY);
        assertThat(byJwk.check().message()).contains("intact", "not in the trust list");

        // the issuer's own kid, but another key: the signature cannot be the issuer's
        String impostor = sign(STRANGER_KEY, rs256(ISSUER_KEY), BADGE, CLAIMS);
        assertThat(only(FORMAT.readString(impostor, "b.jwt")).check().outcome()).isEqualTo(Outcome.BAD_SIGNATURE);
    }

    @Test
    void aKeyTrustedForOneIssuerDoesNotVouchForAnother() {
        String jwt = sign(ISSUER_KEY, rs256(ISSUER_KEY), BADGE, CLAIMS);
        TrustedKeys keys = TrustedKeys.fromJwks(CredentialFixtures.jwks(ISSUER_KEY));
        assertThat(only(FORMAT.withTrustedKeys(keys.forIssuer(ISSUER)).readString(jwt, "b.jwt")).check().isVerified())
                .isTrue();
        CredentialItem other = only(FORMAT.withTrustedKeys(keys.forIssuer("https://other.example")).readString(jwt, "b"));
        assertThat(other.check().outcome()).isEqualTo(Outcome.UNTRUSTED_KEY);
        assertThat(only(FORMAT.withTrustedKeys(TrustedKeys.none()).readString(jwt, "b")).check().outcome())
                .isEqualTo(Outcome.UNTRUSTED_KEY);
    }

    @Test
    void anExpiredVcJwtCountsAsUnverified() {
        String expiredBadge = BADGE.replace("2030-02-28T23:59:59Z", "2026-02-28T23:59:59Z");
        String jwt = sign(ISSUER_KEY, rs256(ISSUER_KEY), expiredBadge, Map.of("iss", ISSUER, "exp", 1_772_323_199L));
        CredentialItem item = only(FORMAT.readString(jwt, "expired.jwt"));
        assertThat(item.check().outcome()).isEqualTo(Outcome.EXPIRED);
        assertThat(item.check().message()).contains("verified with trusted key", "expired at 2026-02-28T23:59:59Z");
        assertThat(item.certificate().verification()).isEqualTo(VerificationStatus.SELF_DECLARED);
        assertThat(item.certificate().validity().until()).isEqualTo(LocalDate.of(2026, 2, 28));
        // the same credential checked while it was valid
        assertThat(only(FORMAT.withVerificationTime(Instant.parse("2026-01-01T00:00:00Z")).readString(jwt, "e"))
                .check().isVerified()).isTrue();
    }

    @Test
    void aFutureDatedVcJwtCountsAsUnverified() {
        String future = BADGE.replace("2025-03-01T09:00:00Z", "2027-03-01T09:00:00Z");
        String jwt = sign(ISSUER_KEY, rs256(ISSUER_KEY), future, Map.of("iss", ISSUER, "nbf", NOW_S + 86_400 * 90));
        CredentialItem item = only(FORMAT.readString(jwt, "future.jwt"));
        assertThat(item.check().outcome()).isEqualTo(Outcome.NOT_YET_VALID);
        assertThat(item.check().message()).contains("not valid before 2027-03-01T09:00:00Z", "'nbf'");
        assertThat(item.certificate().verification()).isEqualTo(VerificationStatus.SELF_DECLARED);
        // within the clock skew it is still valid
        String almost = sign(ISSUER_KEY, rs256(ISSUER_KEY), BADGE, Map.of("iss", ISSUER, "nbf", NOW_S + 60));
        assertThat(only(FORMAT.readString(almost, "b")).check().isVerified()).isTrue();
    }

    @Test
    void aVerifiedVcJwtStaysVerifiedWhenItAlsoCarriesAnEmbeddedProof() {
        String withProof = BADGE.replace("\"credentialSubject\"", "\"proof\": {\"type\": \"DataIntegrityProof\","
                + " \"cryptosuite\": \"eddsa-rdfc-2022\", \"proofValue\": \"z3FX\"}, \"credentialSubject\"");
        CredentialItem item = only(FORMAT.readString(sign(ISSUER_KEY, rs256(ISSUER_KEY), withProof, CLAIMS), "b.jwt"));
        assertThat(item.check().outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(item.check().message()).contains("embedded proof present, not verified");
        // a BOM before a JSON credential is not content
        assertThat(only(FORMAT.readString("\uFEFF" + BADGE, "b.json")).check().outcome()).isEqualTo(Outcome.NO_PROOF);
    }

    @Test
    void readsBakedSvgBadgesWithoutResolvingEntities() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\">\n"
                + "<openbadges:credential><![CDATA[" + BADGE + "]]></openbadges:credential></svg>";
        assertThat(only(FORMAT.readString(svg, "badge.svg")).certificate().title().get("kk"))
                .hasValue("Деректер қорын жобалау");
        String signed = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\">"
                + "<openbadges:credential verify=\"" + sign(ISSUER_KEY, rs256(ISSUER_KEY), BADGE, CLAIMS) + "\"/></svg>";
        assertThat(only(FORMAT.readString(signed, "badge.svg")).check().isVerified()).isTrue();
        String entity = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\"><openbadges:credential>&x;"
                + "</openbadges:credential></svg>";
        assertThatThrownBy(() -> FORMAT.readString(entity, "badge.svg"))
                .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.getMessage()).doesNotContain("root:"));
    }

    @Test
    void claimsThatContradictTheCredentialAreRejected() {
        String jwt = sign(ISSUER_KEY, rs256(ISSUER_KEY), BADGE, Map.of("iss", "https://someone.else"));
        CredentialItem item = only(FORMAT.readString(jwt, "b.jwt"));
        assertThat(item.check().outcome()).isEqualTo(Outcome.CLAIMS_MISMATCH);
        assertThat(item.certificate().verification()).isEqualTo(VerificationStatus.REJECTED);
        String otherSubject = sign(ISSUER_KEY, rs256(ISSUER_KEY), BADGE, Map.of("iss", ISSUER, "sub", "did:example:other"));
        assertThat(only(FORMAT.readString(otherSubject, "b.jwt")).check().message())
                .contains("'sub' did:example:other is not the credential's subject did:example:applicant-17");
    }

    @Test
    void proofsOpenNqfCannotVerifyAreReportedNotVerified() {
        String withProof = BADGE.replace("\"credentialSubject\"", "\"proof\": {\"type\": \"DataIntegrityProof\","
                + " \"cryptosuite\": \"eddsa-rdfc-2022\", \"proofValue\": \"z3FX\"}, \"credentialSubject\"");
        CredentialItem item = only(FORMAT.readString(withProof, "b.json"));
        assertThat(item.check().outcome()).isEqualTo(Outcome.PROOF_NOT_VERIFIED);
        assertThat(item.check().message()).contains("present, not verified", "eddsa-rdfc-2022");
        assertThat(item.certificate().verification()).isEqualTo(VerificationStatus.SELF_DECLARED);

        String hmac = sign(new com.nimbusds.jose.jwk.OctetSequenceKey.Builder(new byte[32]).build(),
                new JWSHeader.Builder(JWSAlgorithm.HS256), BADGE, CLAIMS);
        assertThat(only(FORMAT.readString(hmac, "b.jwt")).check().outcome()).isEqualTo(Outcome.PROOF_NOT_VERIFIED);
    }

    @Test
    void readsEveryCredentialOfAClrEachWithItsOwnCheck() {
        String nestedSigned = sign(ISSUER_KEY, rs256(ISSUER_KEY), BADGE, CLAIMS);
        String nestedStranger = sign(STRANGER_KEY, rs256(STRANGER_KEY),
                resource("sql-course-vc1.json"), Map.of());
        String clr = """
                {"@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"],
                 "id": "urn:uuid:clr-1", "type": ["VerifiableCredential", "ClrCredential"], "name": "Transcript",
                 "issuer": {"id": "%s", "name": "Astana IT Academy"}, "validFrom": "2025-06-01T00:00:00Z",
                 "credentialSubject": {"type": ["ClrSubject"], "verifiableCredential": ["%s", "%s", %s]}}
                """.formatted(ISSUER, nestedSigned, nestedStranger, BADGE.replace("5b0f4a52", "6c1f4a52"));
        CredentialReading reading = FORMAT.readString(sign(ISSUER_KEY, rs256(ISSUER_KEY), clr, Map.of("iss", ISSUER)),
                "clr.jwt");
        assertThat(reading.items()).extracting(i -> i.check().outcome())
                .containsExactly(Outcome.VERIFIED, Outcome.UNTRUSTED_KEY, Outcome.VERIFIED);
        assertThat(reading.items().get(2).check().message()).contains("inside the CLR of the same issuer");
    }

    @Test
    void badInputGetsLocatedProblems() {
        assertProblem("{\"type\": [\"VerifiableCredential\", \"OpenBadgeCredential\"],\n \"issuer\": 5}",
                "b.json:2:12#/issuer", Reason.WRONG_TYPE);
        assertProblem(BADGE.replace("\"validFrom\"", "\"validSince\""), "b.json:1:1#", Reason.MISSING_FIELD);
        assertProblem(BADGE.replace("\"name\": \"Деректер қорын жобалау\",", ""),
                "b.json:19:20#/credentialSubject/achievement", Reason.MISSING_FIELD);
        assertProblem(BADGE.replace("http://data.europa.eu/esco/skill/", "skills/"),
                "b.json:35:24#/credentialSubject/achievement/alignment/0/targetUrl", Reason.INVALID_VALUE);
        assertProblem(BADGE.replace("\"creditsAvailable\": 72", "\"creditsAvailable\": 72000"),
                "b.json:29:27#/credentialSubject/achievement/creditsAvailable", Reason.INVALID_VALUE);
        assertProblem(BADGE.replace("2030-02-28T23:59:59Z", "2020-02-28T23:59:59Z"), "b.json:15:17#/validUntil",
                Reason.INVALID_VALUE);
        assertProblem(BADGE.replace("2025-03-01T09:00:00Z", "1 March 2025"), "b.json:14:16#/validFrom",
                Reason.INVALID_VALUE);
        assertProblem(BADGE.replace("OpenBadgeCredential", "EndorsementCredential"), "b.json:7:11#/type",
                Reason.UNKNOWN_VALUE);
        assertProblem("{\"type\": \"OpenBadgeCredential\", \"issuer\": ", "b.json:1:43#", Reason.TRUNCATED);
        assertProblem(BADGE + "}", "b.json:43:1#", Reason.MALFORMED_SYNTAX);
        assertProblem("name,title\n", "b.json:1:1", Reason.UNKNOWN_VALUE);
        assertProblem("\u0089PNG\r\n", "b.json:1:1", Reason.UNKNOWN_VALUE);
        assertProblem("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>", "b.json", Reason.MISSING_FIELD);
        assertProblem("<svg><g></svg>", "b.json:1:11", Reason.MALFORMED_SYNTAX);
        assertProblem("eyJhbGciOiJSUzI1NiJ9.eyK.c2ln", "b.json", Reason.MALFORMED_SYNTAX);
        String notJson = "eyJhbGciOiJSUzI1NiJ9." + Base64URL.encode("{\"a\":").toString() + ".c2lnbmF0dXJl";
        assertProblem(notJson, "b.json#", Reason.TRUNCATED);
        assertThatThrownBy(() -> FORMAT.withLimits(ReadLimits.DEFAULTS.withMaxBytes(100)).readString(BADGE, "b.json"))
                .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.problems().get(0).reason())
                        .isEqualTo(Reason.LIMIT_EXCEEDED));
    }

    @Test
    void trustListsRefuseKeysThatCannotIdentifyAnIssuer() {
        assertThatThrownBy(() -> TrustedKeys.fromJwks("{\"keys\": [" + ISSUER_KEY.toJSONString() + "]}"))
                .isInstanceOfSatisfying(ReadException.class, e -> {
                    assertThat(e.problems().get(0).location().jsonPointer()).isEqualTo("/keys/0");
                    assertThat(e.problems().get(0).message()).contains("private key");
                });
        assertThatThrownBy(() -> TrustedKeys.fromJwks("{\"kty\": \"oct\", \"k\": \"c2VjcmV0\"}"))
                .hasMessageContaining("symmetric");
        assertThatThrownBy(() -> TrustedKeys.fromJwks("{\"keys\": [{\"kty\": \"RSA\"}]}"))
                .hasMessageContaining("<jwks>:1:11#/keys/0: not a valid JWK");
        assertThatThrownBy(() -> TrustedKeys.fromJwks("[1, 2")).isInstanceOf(ReadException.class);
        assertThat(TRUSTED.size()).isEqualTo(2);
        assertThat(TRUSTED.toString()).contains("astana-2026").doesNotContain(ISSUER_KEY.getModulus().toString());
    }

    private static void assertProblem(String input, @org.jspecify.annotations.Nullable String location, Reason reason) {
        assertThatThrownBy(() -> FORMAT.readString(input, "b.json"))
                .isInstanceOfSatisfying(ReadException.class, e -> {
                    assertThat(e.problems()).as(e.getMessage()).anySatisfy(p -> {
                        assertThat(p.reason()).isEqualTo(reason);
                        if (location != null) {
                            assertThat(p.location().toString()).isEqualTo(location);
                        }
                        assertThat(p.location().source()).isEqualTo("b.json");
                    });
                });
    }
}
