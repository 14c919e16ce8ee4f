package io.github.opennqf.io;

import static io.github.opennqf.io.CredentialFixtures.ISSUER;
import static io.github.opennqf.io.CredentialFixtures.ISSUER_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.evidence.CourseCertificate;
import io.github.opennqf.evidence.VerificationStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of credentials signed by a trusted issuer: what is signed is read back, and no altered one verifies. */
class CredentialPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CredentialFormat FORMAT = CredentialFormat.openBadges()
            .withVerificationTime(Instant.parse("2026-12-01T00:00:00Z"))
            .withTrustedKeys(TrustedKeys.fromJwks(CredentialFixtures.jwks(ISSUER_KEY)).forIssuer(ISSUER));

    @Provide
    Arbitrary<String> titles() {
        return Arbitraries.strings().withChars("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі ABCxyz0129-.,").ofMinLength(1)
                .ofMaxLength(60).filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<BigDecimal> hours() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.5"), new BigDecimal("10000")).ofScale(1);
    }

    @Provide
    Arbitrary<List<String>> concepts() {
        return Arbitraries.strings().numeric().ofLength(6).map(n -> "http://data.europa.eu/esco/skill/" + n)
                .list().uniqueElements().ofMaxSize(3);
    }

    @Property(tries = 60)
    void aSignedCredentialReadsBackVerifiedWithWhatWasSigned(@ForAll("titles") String title,
            @ForAll("hours") BigDecimal hours, @ForAll("concepts") List<String> concepts,
            @ForAll @IntRange(min = 0, max = 2) int language) throws Exception {
        String lang = List.of("kk", "ru", "en").get(language);
        CredentialItem item = FORMAT.readString(signed(title, hours, concepts, lang), "p.jwt").items().get(0);
        CourseCertificate c = item.certificate();
        assertThat(item.check().isVerified()).as(item.check().message()).isTrue();
        assertThat(c.verification()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(c.title().get(lang)).hasValue(title.strip());
        assertThat(c.hours()).isEqualByComparingTo(hours);
        assertThat(c.skills()).extracting(ConceptRef::toString).containsExactlyElementsOf(concepts);
    }

    @Property(tries = 60)
    void noChangedCharacterOfASignedCredentialVerifies(@ForAll("titles") String title, @ForAll("hours") BigDecimal hours,
            @ForAll @IntRange(min = 0, max = 100_000) int where, @ForAll @IntRange(min = 1, max = 63) int by)
            throws Exception {
        String jwt = signed(title, hours, List.of(), "kk");
        int at = where % jwt.length();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        int index = alphabet.indexOf(jwt.charAt(at));
        String changed = jwt.substring(0, at) + (index < 0 ? 'A' : alphabet.charAt((index + by) % 64)) + jwt.substring(at + 1);
        try {
            assertThat(FORMAT.readString(changed, "p.jwt").items())
                    .noneSatisfy(i -> assertThat(i.check().isVerified()).isTrue());
        } catch (ReadException refused) {
            assertThat(refused.problems()).isNotEmpty();
        }
    }

    private static String signed(String title, BigDecimal hours, List<String> concepts, String lang) throws Exception {
        ObjectNode credential = JSON.createObjectNode();
        credential.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        credential.put("id", "urn:uuid:property");
        credential.putObject("issuer").put("id", ISSUER).put("name", "Astana IT Academy");
        credential.put("validFrom", "2025-03-01T00:00:00Z");
        ObjectNode achievement = credential.putObject("credentialSubject").putObject("achievement");
        achievement.put("name", title).put("inLanguage", lang).put("creditsAvailable", hours);
        ArrayNode alignment = achievement.putArray("alignment");
        concepts.forEach(c -> alignment.addObject().put("targetUrl", c));
        return CredentialFixtures.sign(ISSUER_KEY, CredentialFixtures.rs256(ISSUER_KEY), JSON.writeValueAsString(credential),
                Map.of("iss", ISSUER));
    }
}
