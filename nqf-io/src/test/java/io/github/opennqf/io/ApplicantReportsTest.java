package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.labour.Job;
import io.github.opennqf.recognition.ApplicantAssessor;
import io.github.opennqf.recognition.ApplicantRanking;
import io.github.opennqf.recognition.EvidenceFlag;
import io.github.opennqf.recognition.RecognitionPolicy;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports of applicant rankings: HTML, JSON, pseudonymised, and the recognition-policy document. */
class ApplicantReportsTest {
    private static final String NAME = "Айгерім Сейітқызы";
    private static final String TASK = "Develops and tests web applications in Java with Spring";
    private static final String SKILL_KK = "Деректер қорын жобалау және SQL сұраныстары";
    private static final String COURSE_RU = "Разработка и тестирование программ на Java";
    private static final String RESUME_PROGRAM = "Bachelor, Computer Science";

    /** Three applicants for card PS-SE/A: one with a name, work and a Kazakh skill; one with a course; one with a hostile task. */
    static final String APPLICANTS = String.join("\n",
            "{\"id\": \"P-1\", \"name\": \"" + NAME + "\", \"evidence\": ["
                    + "{\"kind\": \"work-experience\", \"id\": \"P-1/w\", \"role\": {\"en\": \"Java developer\"},"
                    + " \"start\": \"2019-01-01\", \"end\": \"2025-12-31\", \"tasks\": [{\"en\": \"" + TASK + "\"}],"
                    + " \"verification\": \"VERIFIED\"},"
                    + "{\"kind\": \"verified-skill\", \"id\": \"P-1/s\", \"skill\": {\"kk\": \"" + SKILL_KK + "\"},"
                    + " \"platform\": \"Career Enbek\", \"verifiedOn\": \"2026-02-01\", \"verification\": \"VERIFIED\"},"
                    + "{\"kind\": \"diploma\", \"id\": \"P-1/d\", \"programId\": \"" + RESUME_PROGRAM + "\","
                    + " \"awardedOn\": \"2018-06-30\", \"verification\": \"SELF_DECLARED\"}]}",
            "{\"id\": \"P-2\", \"evidence\": [{\"kind\": \"course-certificate\", \"id\": \"P-2/c\", \"provider\": \"Academy\","
                    + " \"title\": {\"ru\": \"" + COURSE_RU + "\"}, \"hours\": 72, \"issuedOn\": \"2026-03-01\","
                    + " \"verification\": \"VERIFIED\"}]}",
            "{\"id\": \"P-3\", \"evidence\": [{\"kind\": \"work-experience\", \"id\": \"P-3/w\", \"role\": {\"en\": \"Tester\"},"
                    + " \"start\": \"2024-01-01\", \"tasks\": [{\"en\": \"Tests software in Java "
                    + MatchFixtures.HOSTILE.replace("\"", "\\\"") + "\"}], \"verification\": \"SELF_DECLARED\"}]}");

    @TempDir
    Path profiles;

    static List<ApplicantProfile> applicants() {
        List<ApplicantProfile> all = new ArrayList<>();
        JsonLines.applicants().read(new StringReader(APPLICANTS), "applicants.jsonl", all::add);
        return all;
    }

    static ApplicantRanking ranking() {
        ApplicantAssessor assessor = ApplicantAssessor.builder(MatchFixtures.matcher(), MatchFixtures.SOFTWARE, "PS-SE/A")
                .programs(id -> Optional.empty()).on(LocalDate.of(2026, 12, 1)).build();
        return assessor.rank(applicants(), 3, ForkJoinPool.commonPool());
    }

    private static String html(ApplicantRanking ranking, ReportOptions options) {
        StringWriter out = new StringWriter();
        MatchReports.defaults().withOptions(options).writeHtml(ranking, out);
        return out.toString();
    }

    private static String json(ApplicantRanking ranking, ReportOptions options) {
        StringWriter out = new StringWriter();
        MatchReports.defaults().withOptions(options).writeJson(ranking, out);
        return out.toString();
    }

    @Test
    void theHtmlPageShowsTheRankingThenEachApplicantsEligibilityEvidenceAndFlags() {
        ApplicantRanking ranking = ranking();
        String page = html(ranking, ReportOptions.DEFAULTS);

        assertThat(page).startsWith("<!DOCTYPE html>").contains("<title>Applicants for PS-SE / PS-SE/A</title>")
                .contains("default-src 'none'").doesNotContain("<script>").doesNotContain("http://", "https://");
        int table = page.indexOf("<h2>Ranking</h2>");
        int first = page.indexOf("<section id=\"applicant-1\">");
        assertThat(table).isPositive().isLessThan(first);
        assertThat(page).contains("<a href=\"#applicant-1\">" + ranking.top().get(0).applicantId() + "</a>")
                .contains("<h3>Eligibility</h3>", "<strong>Education: ", "<strong>Experience: ")
                .contains("<h3>Requirements and evidence</h3>", "<strong>P-1/w</strong> (work-experience)")
                .contains("<span class=\"status covered\">covered</span>")
                .contains(TASK, SKILL_KK, COURSE_RU)
                .contains("<strong>P-1/d</strong> unknown program (counted): program " + RESUME_PROGRAM)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;double&quot; &#39;single&#39;")
                .doesNotContain(NAME);
        assertThat(page).as("same input, same bytes").isEqualTo(html(ranking, ReportOptions.DEFAULTS));
    }

    @Test
    void pseudonymisedReportsShowIdsKindsScoresAndStatusesButNoNamesOrEvidenceTexts() {
        ApplicantRanking ranking = ranking();
        ReportOptions pseudonymised = ReportOptions.DEFAULTS.withPseudonymised(true);
        List<String> texts = List.of(NAME, TASK, SKILL_KK, COURSE_RU, RESUME_PROGRAM, "Java developer", "Tester",
                "alert(1)", "Spring", "Деректер", "Разработка");

        String page = html(ranking, pseudonymised);
        String document = json(ranking, pseudonymised);

        for (String report : List.of(page, document)) {
            assertThat(report).contains("P-1", "P-2", "P-3", "P-1/w", "work-experience", "verified-skill", "P-2/c");
            for (String text : texts) {
                assertThat(report).as("pseudonymised report shows '%s'", text).doesNotContain(text);
            }
        }
        assertThat(page).contains("Pseudonymised: applicants are shown by id only")
                .contains("<span class=\"status covered\">covered</span>");
        assertThat(html(ranking, ReportOptions.DEFAULTS)).contains(TASK);
        // the pseudonymised document is still a valid ranking with the same scores and statuses
        ApplicantRanking read = NativeFormat.json().readString(document, DocumentType.APPLICANT_RANKINGS).get(0);
        assertThat(read.top()).extracting(a -> a.applicantId() + " " + a.score() + " " + a.eligibility().status())
                .containsExactlyElementsOf(ranking.top().stream()
                        .map(a -> a.applicantId() + " " + a.score() + " " + a.eligibility().status()).toList());
        assertThat(read.top().get(0).skills().requirements()).flatExtracting(m -> m.supports())
                .allSatisfy(s -> assertThat(s.statement()).isEmpty());
    }

    @Test
    void theJsonDocumentReadsBackAsTheSameRankingAndIsValidAgainstItsSchema() throws Exception {
        ApplicantRanking ranking = ranking();
        String document = json(ranking, ReportOptions.DEFAULTS);

        assertThat(NativeFormat.json().readString(document, DocumentType.APPLICANT_RANKINGS)).containsExactly(ranking);
        assertThat(PublishedSchemas.violations(DocumentType.APPLICANT_RANKINGS, PublishedSchemas.tree("json", document)))
                .isEmpty();
        assertThat(document).contains("\"type\": \"applicantRankings\"", "\"assessed\": 3", "\"eligibility\"",
                "\"experienceYears\"", "\"flags\"", "\"evidence\"", "\"skills\"", "\"kind\": \"work-experience\"");
        assertThat(ranking.top()).flatExtracting(a -> a.flags()).extracting(EvidenceFlag::type)
                .contains(EvidenceFlag.Type.UNKNOWN_PROGRAM);
    }

    @Test
    void aSecondaryJobVacancyShowsEachApplicantsEmploymentCheckWithoutTheMainJobWhenPseudonymised() {
        String line = "{\"id\": \"P-9\", \"name\": \"" + NAME + "\", \"details\": {\"birthDate\": \"1990-05-01\","
                + " \"mainJob\": {\"title\": \"Главный специалист акимата\", \"hoursPerDay\": 8}, \"civilServant\": true},"
                + " \"evidence\": []}";
        List<ApplicantProfile> profiles = new ArrayList<>();
        JsonLines.applicants().read(new StringReader(line), "p9.jsonl", profiles::add);
        ApplicantRanking ranking = ApplicantAssessor.builder(MatchFixtures.matcher(), MatchFixtures.SOFTWARE, "PS-SE/A")
                .on(LocalDate.of(2026, 12, 1)).secondaryJob(new Job("Evening developer", 4, false, Job.WorkKind.OTHER))
                .build().rank(profiles, 1, ForkJoinPool.commonPool());

        String page = html(ranking, ReportOptions.DEFAULTS);
        String hidden = html(ranking, ReportOptions.DEFAULTS.withPseudonymised(true));

        assertThat(page).contains("<th scope=\"col\">Secondary job</th>", "<h3>Secondary job</h3>",
                "Multiple employment: not allowed", "a civil servant may take only teaching, research or creative work",
                "Главный специалист акимата");
        assertThat(hidden).contains("Multiple employment: not allowed").doesNotContain("Главный специалист акимата", NAME);
        assertThat(json(ranking, ReportOptions.DEFAULTS.withPseudonymised(true))).contains("\"status\": \"NOT_ALLOWED\"")
                .doesNotContain("Главный специалист акимата");
    }

    @Test
    void anEmptyRankingStillGivesACompletePage() {
        ApplicantRanking empty = new ApplicantRanking("PS-SE", "PS-SE/A", List.of(), 0);

        assertThat(html(empty, ReportOptions.DEFAULTS.withTitle("Nobody applied"))).contains("<h1>Nobody applied</h1>",
                "No applicants were assessed.").endsWith("</html>\n");
        assertThatThrownBy(() -> MatchReports.defaults().writeHtml((ApplicantRanking) null, new StringWriter()))
                .isInstanceOf(NullPointerException.class).hasMessage("ranking");
        assertThatThrownBy(() -> MatchReports.defaults().writeJson(empty, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("out");
    }

    @Test
    void aRecognitionPolicyDocumentNeedsOnlyTheSettingsItChanges() {
        String yaml = """
                formatVersion: "1.0"
                type: recognitionPolicy
                recognitionPolicy:
                  kindWeights:
                    verified-skill: 0.9
                  minimumCertificateHours: 36
                  experienceSubstitutingEducation: P5Y
                """;

        RecognitionPolicy policy = NativeFormat.yaml().readString(yaml, DocumentType.RECOGNITION_POLICY);

        assertThat(policy).isEqualTo(RecognitionPolicy.DEFAULTS.toBuilder()
                .kindWeight(io.github.opennqf.recognition.EvidenceKind.VERIFIED_SKILL, 0.9)
                .minimumCertificateHours(new java.math.BigDecimal("36"))
                .experienceSubstitutingEducation(Period.ofYears(5)).build());
        assertThat(NativeFormat.json().readString("{\"formatVersion\": \"1.0\", \"type\": \"recognitionPolicy\","
                + " \"recognitionPolicy\": {}}", DocumentType.RECOGNITION_POLICY)).isEqualTo(RecognitionPolicy.DEFAULTS);
        assertThat(NativeFormat.json().readString(NativeFormat.json().writeString(DocumentType.RECOGNITION_POLICY, policy),
                DocumentType.RECOGNITION_POLICY)).isEqualTo(policy);
    }

    @Test
    void aBadPolicySettingIsLocatedAtItsField() {
        String yaml = """
                formatVersion: "1.0"
                type: recognitionPolicy
                recognitionPolicy:
                  kindWeights:
                    diploma: 1.5
                    degree: 1
                  recencyHalfLife: ten years
                  minimumHours: 36
                """;

        assertThatThrownBy(() -> NativeFormat.yaml().readString(yaml, DocumentType.RECOGNITION_POLICY))
                .isInstanceOf(ReadException.class)
                .satisfies(e -> assertThat(((ReadException) e).problems()).extracting(p -> p.location().jsonPointer() + " "
                        + p.reason()).containsExactlyInAnyOrder(
                        "/recognitionPolicy/kindWeights/degree UNKNOWN_VALUE",
                        "/recognitionPolicy/recencyHalfLife INVALID_VALUE",
                        "/recognitionPolicy/minimumHours UNKNOWN_FIELD"));
        String outOfRange = """
                formatVersion: "1.0"
                type: recognitionPolicy
                recognitionPolicy:
                  kindWeights: {diploma: 1.5}
                """;
        assertThatThrownBy(() -> NativeFormat.yaml().readString(outOfRange, DocumentType.RECOGNITION_POLICY))
                .isInstanceOf(ReadException.class)
                .satisfies(e -> assertThat(((ReadException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.location().jsonPointer()).isEqualTo("/recognitionPolicy/kindWeights");
                    assertThat(p.location().line()).isEqualTo(4);
                    assertThat(p.message()).contains("kindWeight(DIPLOMA) must be between 0 and 1, was 1.5");
                }));
    }

    @Test
    void theApplicantsPageRendersInChromium() throws Exception {
        assumeTrue(Files.isExecutable(MatchReportsBrowserTest.CHROMIUM), "chromium not installed: apt-get install chromium");
        Path html = MatchReportsBrowserTest.output("applicants.html");
        try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            MatchReports.defaults().writeHtml(ranking(), out);
        }

        BufferedImage image = MatchReportsBrowserTest.screenshot(html,
                MatchReportsBrowserTest.output("applicants.png"), profiles, 1600);

        int dark = 0;
        int coloured = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                dark += r + g + b < 200 ? 1 : 0;
                coloured += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40 ? 1 : 0;
            }
        }
        assertThat(dark).as("sampled pixels of dark text").isGreaterThan(500);
        assertThat(coloured).as("sampled pixels of score bars and status badges").isGreaterThan(50);
    }
}
