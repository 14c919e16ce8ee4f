package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.evidence.CourseCertificate;
import io.github.opennqf.evidence.Diploma;
import io.github.opennqf.evidence.Evidence;
import io.github.opennqf.evidence.VerificationStatus;
import io.github.opennqf.evidence.VerifiedSkill;
import io.github.opennqf.evidence.WorkExperience;
import io.github.opennqf.io.ReadProblem.Reason;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** JSON Resume: the schema's own sample and a résumé with partial dates (shared data), and résumés written here. */
class ResumeFormatTest {
    private static final LocalDate READ_ON = LocalDate.of(2026, 12, 1);
    private static final ResumeFormat RESUMES = ResumeFormat.jsonResume().withDeclarationDate(READ_ON);

    @Test
    void readsTheSchemasOwnSample() {
        ApplicantProfile a = RESUMES.withLanguage("en").read(SharedFormats.file("jsonresume/sample.resume.json"));
        assertThat(a.id()).isEqualTo("sample.resume");
        assertThat(a.name()).isEqualTo("Richard Hendriks");
        assertThat(a.evidence()).extracting(Evidence::id).containsExactly("work-1", "volunteer-1", "education-1",
                "skill-1", "skill-2");
        assertThat(a.evidence()).extracting(Evidence::verification).containsOnly(VerificationStatus.SELF_DECLARED);
        WorkExperience work = a.evidence(WorkExperience.class).get(0);
        assertThat(work.role().get("en")).hasValue("CEO/President");
        assertThat(work.employer()).isEqualTo("Pied Piper");
        assertThat(work.start()).isEqualTo(LocalDate.of(2013, 12, 1));
        assertThat(work.end()).isEqualTo(LocalDate.of(2014, 12, 1));
        assertThat(work.tasks()).hasSize(4);   // the summary and three highlights
        assertThat(a.evidence(WorkExperience.class).get(1).employer()).isEqualTo("CoderDojo");
        Diploma diploma = a.evidence(Diploma.class).get(0);
        assertThat(diploma.programId()).isEqualTo("Bachelor, Information Technology");
        assertThat(diploma.institution().get("en")).hasValue("University of Oklahoma");
        assertThat(diploma.awardedOn()).isEqualTo(LocalDate.of(2014, 1, 1));
        VerifiedSkill skill = a.evidence(VerifiedSkill.class).get(0);
        assertThat(skill.skill().get("en")).hasValue("Web Development: HTML, CSS, Javascript");
        assertThat(skill.platform()).isEqualTo("JSON Resume (self-declared)");
        assertThat(skill.verifiedOn()).isEqualTo(LocalDate.of(2017, 12, 24));   // meta.lastModified
    }

    @Test
    void readsPartialDatesAndPre10FieldNames() {
        ApplicantProfile a = RESUMES.read(SharedFormats.file("jsonresume/jane-fullstacker.json"));
        assertThat(a.evidence(WorkExperience.class)).hasSize(6);   // four jobs, two volunteer or military stints
        WorkExperience current = a.evidence(WorkExperience.class).get(0);
        assertThat(current.employer()).isEqualTo("Area 52");          // 'company', before JSON Resume 1.0
        assertThat(current.start()).isEqualTo(LocalDate.of(2013, 9, 1));
        assertThat(current.end()).isNull();                          // goes on
        WorkExperience intern = a.evidence(WorkExperience.class).get(3);
        assertThat(intern.start()).isEqualTo(LocalDate.of(2008, 6, 1));
        assertThat(intern.end()).isEqualTo(LocalDate.of(2008, 9, 30));
        assertThat(a.evidence(Diploma.class)).extracting(Diploma::programId)
                .containsExactly("Cornell University", "Medfield College", "Ninjitsu Academy");
        assertThat(a.evidence(Diploma.class).get(0).awardedOn()).isEqualTo(LocalDate.of(2008, 5, 31));
        assertThat(a.evidence(VerifiedSkill.class)).hasSize(5)
                .allSatisfy(s -> assertThat(s.verifiedOn()).isEqualTo(READ_ON));
    }

    @Test
    void refusesTheJsonSchemaWithAReason() {
        // located outside the lambda, so that missing shared data skips the test instead of failing it
        java.nio.file.Path schema = SharedFormats.file("jsonresume/schema.json");
        assertThatThrownBy(() -> RESUMES.read(schema))
                .isInstanceOfSatisfying(ReadException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.reason()).isEqualTo(Reason.UNKNOWN_VALUE);
                        assertThat(p.location().toString()).isEqualTo("schema.json:1:1#");
                        assertThat(p.message()).contains("not a JSON Resume");
                    });
                });
    }

    @Test
    void readsAResumeWrittenInKazakhWithYearsOnly() {
        String resume = """
                {"basics": {"name": "Айгерім Нұрланқызы"},
                 "work": [{"name": "ҚазМұнайГаз", "position": "Бағдарламашы", "startDate": "2019", "endDate": "2021",
                           "highlights": ["Деректер қорын жобалады"]}],
                 "certificates": [{"name": "SQL негіздері", "date": "2020-05", "issuer": "Astana IT Academy"}],
                 "skills": [{"name": "SQL", "level": "Advanced"}]}
                """;
        ApplicantProfile a = RESUMES.withLanguage("kk").readString(resume, "aigerim.json");
        assertThat(a.id()).isEqualTo("aigerim");
        WorkExperience work = a.evidence(WorkExperience.class).get(0);
        assertThat(work.start()).isEqualTo(LocalDate.of(2019, 1, 1));   // a start date: the first day of its year
        assertThat(work.end()).isEqualTo(LocalDate.of(2021, 12, 31));   // an end date: the last day
        assertThat(work.tasks()).extracting(t -> t.get("kk").orElseThrow()).containsExactly("Деректер қорын жобалады");
        CourseCertificate certificate = a.evidence(CourseCertificate.class).get(0);
        assertThat(certificate.issuedOn()).isEqualTo(LocalDate.of(2020, 5, 1));   // an event date: the first day
        assertThat(certificate.hours()).isNull();
        assertThat(certificate.provider()).isEqualTo("Astana IT Academy");
        assertThat(a.evidence(VerifiedSkill.class).get(0).skill().get("kk")).hasValue("SQL");
    }

    @Test
    void badInputGetsLocatedProblems() {
        assertThatThrownBy(() -> RESUMES.readString("""
                {"work": [{"name": "X", "startDate": "2019-13"},
                          {"position": "Dev", "startDate": "2020", "endDate": "2019-06"}],
                 "certificates": [{"name": "SQL"}],
                 "skills": "SQL"}
                """, "bad.json")).isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.problems())
                .extracting(p -> p.location() + " " + p.reason()).containsExactly(
                        "bad.json:1:11#/work/0 MISSING_FIELD",
                        "bad.json:1:38#/work/0/startDate INVALID_VALUE",
                        "bad.json:2:63#/work/1/endDate INVALID_VALUE",
                        "bad.json:3:19#/certificates/0 MISSING_FIELD",
                        "bad.json:3:19#/certificates/0 MISSING_FIELD",
                        "bad.json:4:12#/skills WRONG_TYPE"));
        assertThatThrownBy(() -> RESUMES.readString("[]", "r.json")).hasMessageContaining("r.json:1:1#: a JSON Resume is an object");
        assertThatThrownBy(() -> RESUMES.readString("{\"basics\": {\"name\": ", "r.json"))
                .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.problems().get(0).reason())
                        .isEqualTo(Reason.TRUNCATED));
        assertThatThrownBy(() -> RESUMES.withLimits(ReadLimits.DEFAULTS.withMaxDepth(2))
                .readString("{\"work\": [{\"highlights\": [\"x\"]}]}", "r.json"))
                .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.problems().get(0).reason())
                        .isEqualTo(Reason.LIMIT_EXCEEDED));
    }
}
