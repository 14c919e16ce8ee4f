package io.github.opennqf.recognition;

import static io.github.opennqf.recognition.ApplicantAssessorTest.ASSESSOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.evidence.CourseCertificate;
import io.github.opennqf.evidence.Evidence;
import io.github.opennqf.evidence.ValidityPeriod;
import io.github.opennqf.evidence.VerificationStatus;
import io.github.opennqf.evidence.VerifiedSkill;
import io.github.opennqf.evidence.WorkExperience;
import io.github.opennqf.text.MultilingualText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** More or better evidence never lowers a score; weaker evidence never raises one. */
class ApplicantScorePropertiesTest {
    private static final String[] TEXTS = {"Разработка программного обеспечения на Java", "Тестирование программного обеспечения",
        "Проектирование баз данных и SQL", "Бағдарламалық жасақтаманы тестілеу", "Деректер қорын жобалау", "Ведение бухгалтерии",
        "Develop software in Java", "Writes SQL queries"};

    @Provide
    Arbitrary<List<Evidence>> evidence() {
        Arbitrary<MultilingualText> text = Arbitraries.of(TEXTS).map(t -> MultilingualText.of("und", t));
        Arbitrary<VerificationStatus> status = Arbitraries.of(VerificationStatus.VERIFIED, VerificationStatus.PENDING,
                VerificationStatus.SELF_DECLARED);
        Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2017, 1, 1).plusDays(d));
        Arbitrary<Evidence> certificate = Combinators.combine(text, text.list().ofMaxSize(3), status, date)
                .as((t, o, s, d) -> new CourseCertificate("x", "P", t, BigDecimal.valueOf(40), o, List.of(), d, s,
                        ValidityPeriod.UNLIMITED));
        Arbitrary<Evidence> skill = Combinators.combine(text, status, date)
                .as((t, s, d) -> new VerifiedSkill("x", t, null, "Career Enbek", d, s, ValidityPeriod.UNLIMITED));
        Arbitrary<Evidence> work = Combinators.combine(text, text.list().ofMaxSize(3), status, date)
                .as((t, tasks, s, d) -> new WorkExperience("x", t, null, null, d, d.plusDays(200), tasks, s, ValidityPeriod.UNLIMITED));
        return Arbitraries.oneOf(certificate, skill, work).list().ofMaxSize(5).map(ApplicantScorePropertiesTest::numbered);
    }

    /** Unique ids, and content that differs, so nothing is a duplicate. */
    private static List<Evidence> numbered(List<Evidence> list) {
        List<Evidence> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(renamed(list.get(i), "E" + i, null));
        }
        return out;
    }

    private static Evidence renamed(Evidence e, String id, VerificationStatus status) {
        if (e instanceof CourseCertificate c) {
            return new CourseCertificate(id, "P-" + id, c.title(), c.hours(), c.outcomes(), c.skills(), c.issuedOn(),
                    status == null ? c.verification() : status, c.validity());
        }
        if (e instanceof VerifiedSkill s) {
            return new VerifiedSkill(id, s.skill(), s.concept(), "Career Enbek " + id, s.verifiedOn(),
                    status == null ? s.verification() : status, s.validity());
        }
        WorkExperience w = (WorkExperience) e;
        return new WorkExperience(id, w.role(), w.occupation(), "Employer " + id, w.start(), w.end(), w.tasks(),
                status == null ? w.verification() : status, w.validity());
    }

    @Property(tries = 60)
    void addingVerifiedEvidenceNeverLowersTheScore(@ForAll("evidence") List<Evidence> evidence,
            @ForAll("evidence") List<Evidence> more) {
        double before = ASSESSOR.assess(new ApplicantProfile("A", null, evidence)).score();
        List<Evidence> all = new ArrayList<>(evidence);
        for (int i = 0; i < more.size(); i++) {
            all.add(renamed(more.get(i), "M" + i, VerificationStatus.VERIFIED));
        }
        assertThat(ASSESSOR.assess(new ApplicantProfile("A", null, all)).score()).isGreaterThanOrEqualTo(before);
    }

    @Property(tries = 60)
    void downgradingVerifiedEvidenceNeverRaisesTheScore(@ForAll("evidence") List<Evidence> evidence) {
        List<Evidence> verified = new ArrayList<>();
        List<Evidence> declared = new ArrayList<>();
        for (Evidence e : evidence) {
            verified.add(renamed(e, e.id(), VerificationStatus.VERIFIED));
            declared.add(renamed(e, e.id(), VerificationStatus.SELF_DECLARED));
        }
        assertThat(ASSESSOR.assess(new ApplicantProfile("A", null, declared)).score())
                .isLessThanOrEqualTo(ASSESSOR.assess(new ApplicantProfile("A", null, verified)).score());
    }

    @Property(tries = 60)
    void theRankingScoreIsTheAssessmentScoreBitForBit(@ForAll("evidence") List<Evidence> evidence) {
        ApplicantProfile profile = new ApplicantProfile("A", null, evidence);
        assertThat(Double.doubleToRawLongBits(ASSESSOR.score(profile)))
                .isEqualTo(Double.doubleToRawLongBits(ASSESSOR.assess(profile).score()));
    }
}
