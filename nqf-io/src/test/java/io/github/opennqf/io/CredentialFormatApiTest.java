package io.github.opennqf.io;

import static io.github.opennqf.io.CredentialFixtures.ISSUER;
import static io.github.opennqf.io.CredentialFixtures.ISSUER_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.evidence.CourseCertificate;
import io.github.opennqf.io.ReadProblem.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public entry points as the README uses them: files, options, copies and bad arguments. */
class CredentialFormatApiTest {
    @TempDir
    Path dir;

    @Test
    void theReadmeExampleWorksOnFiles() throws IOException {
        Files.writeString(dir.resolve("issuers.jwks"), CredentialFixtures.jwks(ISSUER_KEY));
        Files.writeString(dir.resolve("sql-course.jwt"), CredentialFixtures.sign(ISSUER_KEY,
                CredentialFixtures.rs256(ISSUER_KEY), CredentialFixtures.resource("sql-course-vc2.json"),
                Map.of("iss", ISSUER)));

        CredentialFormat badges = CredentialFormat.openBadges()
                .withTrustedKeys(TrustedKeys.readJwks(dir.resolve("issuers.jwks")));
        CredentialReading reading = badges.read(dir.resolve("sql-course.jwt"));
        CredentialItem item = reading.items().get(0);
        CourseCertificate certificate = item.certificate();
        assertThat(certificate.title() + " " + item.check()).startsWith(
                "{kk=Деректер қорын жобалау} VERIFIED: signature (RS256) verified with trusted key 'astana-2026'");
        assertThat(reading.certificates()).containsExactly(certificate);

        Files.writeString(dir.resolve("resume.json"), "{\"basics\": {\"name\": \"Аня\"}, \"skills\": [{\"name\": \"SQL\"}]}");
        ApplicantProfile applicant = ResumeFormat.jsonResume().withLanguage("ru").read(dir.resolve("resume.json"));
        assertThat(applicant.id()).isEqualTo("resume");
        assertThat(applicant.evidence()).hasSize(1);
    }

    @Test
    void missingFilesAreReadProblems() {
        assertThatThrownBy(() -> CredentialFormat.openBadges().read(dir.resolve("none.json")))
                .isInstanceOfSatisfying(ReadException.class, e -> {
                    assertThat(e.problems().get(0).reason()).isEqualTo(Reason.IO_ERROR);
                    assertThat(e.getMessage()).contains("none.json", "no such file");
                });
        assertThatThrownBy(() -> ResumeFormat.jsonResume().read(dir.resolve("none.json"))).hasMessageContaining("no such file");
        assertThatThrownBy(() -> TrustedKeys.readJwks(dir.resolve("none.jwks"))).isInstanceOf(ReadException.class);
    }

    @Test
    void optionsAreCheckedAndCopied() {
        CredentialFormat base = CredentialFormat.openBadges();
        assertThat(base.withLimits(ReadLimits.DEFAULTS.withMaxDepth(8))).isNotSameAs(base);
        assertThat(base.limits()).isEqualTo(ReadLimits.DEFAULTS);
        assertThat(base.trustedKeys().size()).isZero();
        assertThatThrownBy(() -> base.withClockSkew(Duration.ofHours(2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base.withClockSkew(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base.withLanguage("not a tag!")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> base.withTrustedKeys(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> base.readString(null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> TrustedKeys.none().forIssuer(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResumeFormat.jsonResume().withDeclarationDate(null)).isInstanceOf(NullPointerException.class);
        assertThat(base.withTrustedKeys(TrustedKeys.fromJwks(CredentialFixtures.jwks(ISSUER_KEY))).toString())
                .isEqualTo("CredentialFormat[openBadges, 1 trusted keys]");
    }
}
