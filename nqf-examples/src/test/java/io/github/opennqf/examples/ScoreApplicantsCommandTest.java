package io.github.opennqf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.examples.cli.OpenNqfCommand;
import io.github.opennqf.io.DocumentType;
import io.github.opennqf.io.NativeFormat;
import io.github.opennqf.recognition.ApplicantAssessment;
import io.github.opennqf.recognition.ApplicantRanking;
import io.github.opennqf.recognition.EvidenceFlag;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code opennqf score-applicants} on the demo applicants: mixed evidence in kk, ru and en. */
class ScoreApplicantsCommandTest {
    private static final Path DEMO = Path.of("..", "demo");
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path tmp;

    private int run(String... args) {
        return OpenNqfCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    private String[] args(Path applicants, String output) {
        return new String[] {"score-applicants", "--standards", DEMO.resolve("standards.csv").toString(), "--card", "PS-ICT-02",
            "--programs", DEMO.resolve("programs.csv").toString(), "--date", "2026-12-01", "--applicants", applicants.toString(),
            "--top", "25", "--output", output};
    }

    @Test
    void ranksTheDemoApplicantsWithEligibilityAndFlags() throws Exception {
        Path csv = tmp.resolve("ranking.csv");
        assertThat(run(args(DEMO.resolve("applicants.jsonl"), csv.toString()))).isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(
                "query_id,rank,candidate_id,score,recognised,eligibility,education,experience,experience_years,flags,employment");
        assertThat(lines).hasSize(1 + 19);
        // the recognised applicant is decisive, first with score 1
        assertThat(lines.get(1)).startsWith("PS-ICT-02/PS-ICT-02,1,A-05,1.000000,true,");
        // the bachelor of software engineering with verified work comes next, eligible by diploma
        assertThat(lines.get(2)).startsWith("PS-ICT-02/PS-ICT-02,2,A-01,");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("PS-ICT-02/PS-ICT-02,").contains(",A-04,")
                .contains("A-04/c-old:expired").contains("A-04/c-future:future_dated"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(",A-06,").contains("A-06/w2:overlapping"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(",A-16,").contains("A-16/c2:duplicate A-16/c3:too_short"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(",A-13,").contains("A-13/c-expired:expired"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(",A-18,").contains("A-18/d:unknown_program"));
        assertThat(err.toString()).contains("19 applicants read, 0 rejected; 19 ranked for PS-ICT-02 / PS-ICT-02 on 2026-12-01");
    }

    @Test
    void badLinesAreReportedWithTheirLineAndTheRestIsRanked() throws Exception {
        Path applicants = tmp.resolve("applicants.jsonl");
        List<String> lines = Files.readAllLines(DEMO.resolve("applicants.jsonl"), StandardCharsets.UTF_8);
        Files.writeString(applicants, lines.get(0) + "\n{\"id\": \"broken\", \"evidence\": [{\"kind\": \"nope\"}]}\n"
                + lines.get(1) + "\n", StandardCharsets.UTF_8);
        assertThat(run(args(applicants, "-"))).isEqualTo(1);
        assertThat(out.toString().lines()).hasSize(1 + 2);
        assertThat(err.toString()).contains("2 applicants read, 1 rejected", "rejected: applicants.jsonl:2:")
                .doesNotContain("\tat ");
    }

    @Test
    void anUnknownCardOrBadDateIsRefused() {
        assertThat(run("score-applicants", "--standards", DEMO.resolve("standards.csv").toString(), "--card", "NOPE",
                "--applicants", DEMO.resolve("applicants.jsonl").toString(), "--output", "-")).isEqualTo(2);
        assertThat(err.toString()).contains("no standard in").contains("'NOPE'");
        assertThat(run("score-applicants", "--standards", DEMO.resolve("standards.csv").toString(), "--card", "PS-ICT-02",
                "--date", "2026-13-01", "--applicants", DEMO.resolve("applicants.jsonl").toString(), "--output", "-"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--date must be YYYY-MM-DD");
    }

    private String[] withOptions(String output, String... more) {
        List<String> all = new java.util.ArrayList<>(List.of("score-applicants", "--standards",
                DEMO.resolve("standards.csv").toString(), "--card", "PS-ICT-02", "--programs",
                DEMO.resolve("programs.csv").toString(), "--date", "2026-12-01", "--top", "25", "--output", output));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void aDirectoryOfResumesAndCredentialsIsReadWithTheTrustListAndATamperedCredentialIsFlagged() throws Exception {
        Path json = tmp.resolve("ranking.json");

        int code = run(withOptions(json.toString(), "--applicants", DEMO.resolve("applicants").toString(), "--trust",
                DEMO.resolve("issuers.jwks").toString()));

        assertThat(code).isZero();
        List<ApplicantRanking> rankings = NativeFormat.json().read(json, DocumentType.APPLICANT_RANKINGS);
        ApplicantRanking ranking = rankings.get(0);
        assertThat(ranking.assessed()).isEqualTo(2);
        assertThat(ranking.top()).extracting(ApplicantAssessment::applicantId).containsExactly("A-20", "A-21");
        ApplicantAssessment genuine = ranking.top().get(0);
        ApplicantAssessment forged = ranking.top().get(1);
        assertThat(genuine.evidence()).anySatisfy(u -> assertThat(u.reason()).contains("course-certificate 0.80 × verified"));
        assertThat(forged.flags()).extracting(EvidenceFlag::type).containsExactly(EvidenceFlag.Type.VERIFICATION_FAILED);
        assertThat(err.toString()).contains("2 applicants read, 0 rejected",
                "note: " + DEMO.resolve("applicants/A-21/java-course.jwt") + ": BAD_SIGNATURE");
    }

    @Test
    void theHtmlReportListsTheRankingThenEachApplicantAndCanBePseudonymised() throws Exception {
        Path html = tmp.resolve("report.html");
        Path hidden = tmp.resolve("hidden.html");

        assertThat(run(withOptions(html.toString(), "--applicants", DEMO.resolve("applicants.jsonl").toString(),
                "--applicants", DEMO.resolve("applicants").toString(), "--trust", DEMO.resolve("issuers.jwks").toString(),
                "--secondary-job-hours", "4"))).isZero();
        assertThat(run(withOptions(hidden.toString(), "--applicants", DEMO.resolve("applicants").toString(),
                "--pseudonymise"))).isZero();

        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).contains("<h2>Ranking</h2>", "<section id=\"applicant-21\">", "Multiple employment: allowed",
                "Multiple employment: not allowed", "Java тілінде бағдарламалар әзірлейді");
        assertThat(Files.readString(hidden, StandardCharsets.UTF_8)).contains("A-20", "A-21")
                .doesNotContain("Ерлан Жақсыбеков", "Дина Омарова", "Тестирует веб-приложения", "Junior Java developer");
        assertThat(err.toString()).contains("21 applicants read, 0 rejected");
    }

    @Test
    void theSecondaryJobOfTheVacancyAddsTheEmploymentCheck() throws Exception {
        assertThat(run(withOptions("-", "--applicants", DEMO.resolve("applicants.jsonl").toString(),
                "--secondary-job-hours", "4", "--secondary-job-kind", "TEACHING"))).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).endsWith(",flags,employment");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(",A-17,").endsWith(",ALLOWED"));
        // a civil servant may teach: the rule allows it
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(",A-19,").endsWith(",ALLOWED"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(",A-01,").endsWith(",UNKNOWN"));
        assertThat(run(withOptions("-", "--applicants", DEMO.resolve("applicants.jsonl").toString(),
                "--secondary-job-hours", "30"))).isEqualTo(2);
        assertThat(err.toString()).contains("--secondary-job-hours must be between 0 and 24, was 30");
    }

    @Test
    void badRecordsInADirectoryAreRejectedWithTheirPathAndListedInTheSideReport() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("applicants"));
        Path good = Files.createDirectories(dir.resolve("B-1"));
        Files.copy(DEMO.resolve("applicants/A-20/resume.json"), good.resolve("resume.json"));
        Path bad = Files.createDirectories(dir.resolve("B-2"));
        Files.copy(DEMO.resolve("applicants/A-21/resume.json"), bad.resolve("resume.json"));
        Files.writeString(bad.resolve("badge.json"), "{\"type\": [\"VerifiableCredential\"]", StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("B-3"));
        Files.writeString(dir.resolve("notes.txt"), "not an applicant", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("B-4.json"), "{\"basics\": {\"name\": \"Асқар Б.\"}, \"work\": [{\"position\": 7}]}",
                StandardCharsets.UTF_8);
        Path rejected = tmp.resolve("rejected.txt");

        int code = run(withOptions("-", "--applicants", dir.toString(), "--rejected", rejected.toString()));

        assertThat(code).isEqualTo(1);
        assertThat(out.toString().lines()).hasSize(1 + 1).last().asString().contains(",B-1,");
        assertThat(err.toString()).contains("1 applicants read, 4 rejected", "rejected records listed in " + rejected)
                .doesNotContain("\tat ").doesNotContain("Асқар");
        String side = Files.readString(rejected, StandardCharsets.UTF_8);
        assertThat(side).contains(bad.resolve("badge.json").toString() + ":1:", dir.resolve("B-3").toString(),
                dir.resolve("notes.txt") + ": not an applicant", "B-4.json:1:").doesNotContain("Асқар");
    }

    @Test
    void applicantsNamesAndTextsNeverReachTheLog() throws Exception {
        Path applicants = tmp.resolve("applicants.jsonl");
        Files.writeString(applicants, "{\"id\": \"X-1\", \"name\": \"Айгерім Сейітқызы\", \"evidence\": [{\"kind\":"
                + " \"work-experience\", \"id\": \"X-1/w\", \"role\": \"Бас бухгалтер Айгерім\", \"start\": \"2020-01-01\","
                + " \"verification\": \"VERIFIED\"}]}\n{\"id\": \"X-2\", \"name\": \"Иван Петров\", \"evidence\": [{\"kind\":"
                + " \"verified-skill\", \"id\": \"X-2/s\", \"skill\": {\"ru\": \"SQL\"}, \"platform\": \"Career Enbek\","
                + " \"verifiedOn\": \"Иван Петров 2020\", \"verification\": \"VERIFIED\"}]}\n",
                StandardCharsets.UTF_8);

        assertThat(run(withOptions("-", "--applicants", applicants.toString()))).isEqualTo(1);

        assertThat(err.toString()).contains("0 applicants read, 2 rejected", "applicants.jsonl:1:", "applicants.jsonl:2:",
                "/evidence/0/role", "/evidence/0/verifiedOn").doesNotContain("Айгерім", "Бас бухгалтер", "Иван", "Петров");
    }

    @Test
    void aMissingDirectoryABadPolicyFieldAndABadKeySetAreRefusedWithTheirLocation() throws Exception {
        assertThat(run(withOptions("-", "--applicants", tmp.resolve("nope").toString()))).isEqualTo(1);
        assertThat(err.toString()).contains(tmp.resolve("nope") + ": no such file or directory");

        Path policy = tmp.resolve("policy.yaml");
        Files.writeString(policy, "formatVersion: \"1.0\"\ntype: recognitionPolicy\nrecognitionPolicy:\n"
                + "  minimumCertificateHours: 24\n  recencyFloor: 1.5\n", StandardCharsets.UTF_8);
        assertThat(run(withOptions("-", "--applicants", DEMO.resolve("applicants.jsonl").toString(), "--policy",
                policy.toString()))).isEqualTo(1);
        assertThat(err.toString()).contains("policy.yaml:5:", "/recognitionPolicy/recencyFloor",
                "recencyFloor must be between 0 and 1, was 1.5");

        Path jwks = tmp.resolve("issuers.jwks");
        Files.writeString(jwks, "{\"keys\": [{\"kty\": \"oct\", \"k\": \"c2VjcmV0\"}]}", StandardCharsets.UTF_8);
        assertThat(run(withOptions("-", "--applicants", DEMO.resolve("applicants.jsonl").toString(), "--trust",
                jwks.toString()))).isEqualTo(1);
        assertThat(err.toString()).contains("issuers.jwks:1:").doesNotContain("\tat ");

        assertThat(run(withOptions("ranking.xlsx", "--applicants", DEMO.resolve("applicants.jsonl").toString())))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--output must end in .csv, .json or .html");
        assertThat(run(withOptions("-", "--applicants", DEMO.resolve("applicants.jsonl").toString(), "--level", "5")))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--level 5: card PS-ICT-02 of PS-ICT-02 is at level kz-nqf:2025/6");
    }
}
