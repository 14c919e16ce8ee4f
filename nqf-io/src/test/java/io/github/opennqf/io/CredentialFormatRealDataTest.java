package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.evidence.CourseCertificate;
import io.github.opennqf.evidence.ValidityPeriod;
import io.github.opennqf.evidence.VerificationStatus;
import io.github.opennqf.io.CredentialCheck.Outcome;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every Open Badges 3.0 and CLR 2.0 sample in {@code ../shared/data/formats} (published by 1EdTech's
 * reference validator), read with its checks; the VC-JWTs verify with their published keys, and no
 * one-byte change of them does.
 */
class CredentialFormatRealDataTest {
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final CredentialFormat BADGES = CredentialFormat.openBadges().withVerificationTime(NOW);

    @Test
    void readsTheMinimalBadgeInBothVcVersions() {
        for (String file : new String[] {"ob3/simple.json", "ob3/simple_v1.json"}) {
            CredentialReading reading = BADGES.read(SharedFormats.file(file));
            assertThat(reading.items()).as(file).hasSize(1);
            assertThat(reading.notes()).isEmpty();
            CredentialItem item = reading.items().get(0);
            CourseCertificate c = item.certificate();
            assertThat(c.id()).isEqualTo("http://example.com/credentials/3527");
            assertThat(c.title().get("und")).hasValue("Teamwork");
            assertThat(c.provider()).isEqualTo("Example Corp");
            assertThat(item.issuerId()).isEqualTo("https://example.com/issuers/876543");
            assertThat(c.issuedOn()).isEqualTo(LocalDate.of(2010, 1, 1));
            assertThat(c.validity()).isEqualTo(ValidityPeriod.startingOn(LocalDate.of(2010, 1, 1)));
            assertThat(c.hours()).isNull();
            assertThat(c.outcomes()).hasSize(2);
            assertThat(c.outcomes().get(0).get("und")).hasValue(
                    "This badge recognizes the development of the capacity to collaborate within a group environment.");
            // the embedded Data Integrity proof is reported, never taken as verified
            assertThat(item.check().outcome()).isEqualTo(Outcome.PROOF_NOT_VERIFIED);
            assertThat(item.check().message()).contains(file.endsWith("v1.json") ? "Ed25519Signature2020"
                    : "DataIntegrityProof eddsa-rdfc-2022");
            assertThat(c.verification()).isEqualTo(VerificationStatus.SELF_DECLARED);
        }
    }

    @Test
    void readsTheCompleteBadgeWithAlignmentsCreditsAndValidity() {
        CredentialItem item = BADGES.withLanguage("en").read(SharedFormats.file("ob3/complete.json")).items().get(0);
        CourseCertificate c = item.certificate();
        assertThat(c.title().get("en")).hasValue("1EdTech University Degree");
        assertThat(c.provider()).isEqualTo("1EdTech University");
        assertThat(c.hours()).isEqualByComparingTo(new BigDecimal("42"));   // creditsEarned before creditsAvailable (36)
        assertThat(c.skills()).extracting(ConceptRef::toString).containsExactly(
                "https://1edtech.edu/catalog/degree",
                "https://credentialengineregistry.org/resources/ce-98cb027b-95ef-4494-908d-6f7790ec6b6b",
                "https://1edtech.edu/catalog/degree/project/result/1");
        assertThat(c.validity()).isEqualTo(ValidityPeriod.between(LocalDate.of(2010, 1, 1), LocalDate.of(2030, 1, 1)));
        assertThat(item.achievementType()).isEqualTo("Degree");
        assertThat(item.fieldOfStudy()).isEqualTo("Research");
        assertThat(item.location().jsonPointer()).isEqualTo("/credentialSubject/achievement");
        assertThat(item.location().line()).isEqualTo(53);

        CredentialItem later = BADGES.withVerificationTime(Instant.parse("2031-01-01T00:00:00Z"))
                .read(SharedFormats.file("ob3/complete.json")).items().get(0);
        assertThat(later.check().outcome()).isEqualTo(Outcome.EXPIRED);
        assertThat(later.check().message()).contains("expired at 2030-01-01T00:00:00Z");
    }

    @Test
    void readsEveryAwardedAchievementOfAClrAndNotesTheOthers() {
        CredentialReading simple = BADGES.read(SharedFormats.file("clr2/simple.json"));
        assertThat(simple.items()).extracting(i -> i.certificate().title().get("und").orElseThrow())
                .containsExactly("Teamwork");
        assertThat(simple.notes()).hasSize(2).allSatisfy(n -> assertThat(n.message()).contains("not read as evidence"));
        assertThat(simple.notes().get(0).location().jsonPointer()).isEqualTo("/credentialSubject/achievement/0");

        CredentialReading complex = BADGES.read(SharedFormats.file("clr2/complex.json"));
        assertThat(complex.items()).hasSize(6);
        assertThat(complex.items()).extracting(CredentialItem::achievementType)
                .contains("Diploma", "Course", "Badge");
        assertThat(complex.items()).extracting(i -> i.certificate().provider()).containsOnly("Western High School, RSD");
        assertThat(complex.items()).extracting(i -> i.check().outcome()).containsOnly(Outcome.PROOF_NOT_VERIFIED);
        assertThat(complex.certificates()).extracting(CourseCertificate::id).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @CsvSource({
        "ob3/simple-jwt.from-svg.jwt, ob3/simple-jwt.from-svg.jwk.json, 1",
        "ob3/simple-jwt.svg,          ob3/simple-jwt.from-svg.jwk.json, 1",
        "clr2/simple.jwt,             clr2/simple.jwt.jwk.json,         1"})
    void verifiesTheVcJwtsWithTheirPublishedKeys(String credential, String key, int achievements) {
        TrustedKeys keys = TrustedKeys.readJwks(SharedFormats.file(key));
        CredentialReading trusted = BADGES.withTrustedKeys(keys).read(SharedFormats.file(credential));
        assertThat(trusted.items()).hasSize(achievements).allSatisfy(item -> {
            assertThat(item.check().outcome()).as(item.check().message()).isEqualTo(Outcome.VERIFIED);
            assertThat(item.certificate().verification()).isEqualTo(VerificationStatus.VERIFIED);
        });
        // without the key in the trust list, the intact signature proves nothing about who signed
        CredentialReading untrusted = BADGES.read(SharedFormats.file(credential));
        assertThat(untrusted.items()).allSatisfy(item -> {
            assertThat(item.check().outcome()).isEqualTo(Outcome.UNTRUSTED_KEY);
            assertThat(item.certificate().verification()).isEqualTo(VerificationStatus.SELF_DECLARED);
        });
        // a key trusted only for another issuer does not vouch for this one
        CredentialReading otherIssuer = BADGES.withTrustedKeys(keys.forIssuer("https://elsewhere.example"))
                .read(SharedFormats.file(credential));
        assertThat(otherIssuer.items()).allSatisfy(item -> assertThat(item.check().isVerified()).isFalse());
    }

    @ParameterizedTest
    @CsvSource({
        "ob3/simple-jwt.from-svg.jwt, ob3/simple-jwt.from-svg.jwk.json",
        "clr2/simple.jwt,             clr2/simple.jwt.jwk.json"})
    void noOneByteChangeOfAPublishedVcJwtVerifies(String credential, String key) throws IOException {
        CredentialFormat format = BADGES.withTrustedKeys(TrustedKeys.readJwks(SharedFormats.file(key)));
        byte[] original = Files.readAllBytes(SharedFormats.file(credential));
        int changes = 0;
        for (int i : positions(new String(original, StandardCharsets.US_ASCII))) {
            byte[] changed = original.clone();
            changed[i] = (byte) (changed[i] == 'A' ? 'B' : 'A');
            CredentialReading reading;
            try {
                reading = format.readString(new String(changed, StandardCharsets.UTF_8), "changed.jwt");
            } catch (ReadException e) {
                continue;   // refused outright: not verified either
            }
            changes++;
            assertThat(reading.items()).as("byte %d changed", i)
                    .noneSatisfy(item -> assertThat(item.check().isVerified()).isTrue());
        }
        assertThat(changes).as("changes that still parse, so that the signature check is what fails")
                .isGreaterThan(positions(new String(original, StandardCharsets.US_ASCII)).size() / 5);
    }

    /**
     * Every 13th byte, and every byte within 4 of a segment's start or end (the dots, and the last
     * characters, whose spare bits a lenient base64 decoder would ignore); keeps the test to a second.
     */
    private static java.util.SortedSet<Integer> positions(String jwt) {
        java.util.SortedSet<Integer> positions = new java.util.TreeSet<>();
        for (int i = 0; i < jwt.length(); i += 13) {
            positions.add(i);
        }
        for (int i = 0; i < jwt.length(); i++) {
            if (jwt.charAt(i) == '.' || i == 0 || i == jwt.length() - 1) {
                for (int j = Math.max(0, i - 4); j <= Math.min(jwt.length() - 1, i + 4); j++) {
                    positions.add(j);
                }
            }
        }
        return positions;
    }
}
