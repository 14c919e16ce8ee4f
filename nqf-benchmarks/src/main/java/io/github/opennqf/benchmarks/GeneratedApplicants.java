package io.github.opennqf.benchmarks;

import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.evidence.CourseCertificate;
import io.github.opennqf.evidence.Diploma;
import io.github.opennqf.evidence.Evidence;
import io.github.opennqf.evidence.ValidityPeriod;
import io.github.opennqf.evidence.VerificationStatus;
import io.github.opennqf.evidence.VerifiedSkill;
import io.github.opennqf.evidence.WorkExperience;
import io.github.opennqf.io.TabularFormat;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.program.NationalProgramCode;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.text.MultilingualText;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Applicants made up from real texts, for benchmarks: every applicant has 20 evidence statements
 * (two course certificates with a title and two outcomes each, two jobs with a role and four tasks
 * each, four verified skills) and half of them a diploma of a program the lookup does not know.
 * The texts come from the cipsoc-dev program outcomes and O*NET task statements, so the vocabulary
 * is as varied as real text, and they repeat the way real evidence does:
 * <ul>
 *   <li>certificates come from {@value #COURSES} courses, each with its fixed title and outcomes
 *       (people take the same courses);</li>
 *   <li>verified skills come from a list of {@value #SKILLS} skills (a portal verifies skills of
 *       its own taxonomy);</li>
 *   <li>roles are occupation titles (867);</li>
 *   <li>every task is new text: the first half of one sentence joined to the second half of
 *       another, so 8 of the 20 statements of each applicant are, in practice, never seen before.</li>
 * </ul>
 * Dates, hours and verification vary (some certificates expired, some self-declared work), so
 * every check of the assessment runs.
 *
 * <p>The same seed gives the same applicants. Immutable once made; thread-safe.
 */
final class GeneratedApplicants {
    static final int COURSES = 3_000;
    static final int SKILLS = 2_000;
    private final List<MultilingualText> sentences;
    private final List<MultilingualText[]> courses = new ArrayList<>(COURSES);
    private final List<MultilingualText> skills = new ArrayList<>(SKILLS);
    private final List<MultilingualText> roles;
    private final long seed;
    private final boolean newTasks;

    private GeneratedApplicants(List<MultilingualText> sentences, List<MultilingualText> roles, long seed,
            boolean newTasks) {
        this.newTasks = newTasks;
        this.sentences = List.copyOf(sentences);
        this.roles = List.copyOf(roles);
        this.seed = seed;
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < COURSES; i++) {
            courses.add(new MultilingualText[] {sentence(random), sentence(random), sentence(random)});
        }
        for (int i = 0; i < SKILLS; i++) {
            skills.add(sentence(random));
        }
    }

    /**
     * @param cipsoc the cipsoc-dev directory (programs.csv, standards.csv)
     * @param seed the random seed
     * @return a generator drawing on that data's texts
     */
    static GeneratedApplicants fromTexts(Path cipsoc, long seed) {
        List<MultilingualText> sentences = new ArrayList<>();
        for (EducationalProgram p : TabularFormat.csv().readPrograms(cipsoc.resolve("programs.csv"))) {
            for (LearningOutcome o : p.outcomes()) {
                sentences.add(o.statement());
            }
        }
        List<MultilingualText> roles = new ArrayList<>();
        for (ProfessionalStandard s : TabularFormat.csv().readStandards(cipsoc.resolve("standards.csv"))) {
            roles.add(s.passport().title());
            for (Requirement r : s.requirements()) {
                sentences.add(r.text());
            }
        }
        return new GeneratedApplicants(sentences, roles, seed, true);
    }

    /**
     * @return the same generator with tasks drawn from the sentences as they are (a task list such as
     *     a classifier's, each repeated across applicants) instead of new text
     */
    GeneratedApplicants withPooledTasks() {
        return new GeneratedApplicants(sentences, roles, seed, false);
    }

    /**
     * @param count how many applicants
     * @param on the assessment date the dates are spread before
     * @return the applicants, ids {@code G-000001}…
     */
    List<ApplicantProfile> generate(int count, LocalDate on) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ApplicantProfile> out = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            out.add(applicant(String.format("G-%06d", i), random, on));
        }
        return out;
    }

    private ApplicantProfile applicant(String id, SplittableRandom random, LocalDate on) {
        List<Evidence> evidence = new ArrayList<>(9);
        if (random.nextBoolean()) {
            evidence.add(new Diploma(id + "/d", "P-" + random.nextInt(1000), NationalProgramCode.parse("6B06101"), null,
                    on.minusDays(365L * 3 + random.nextInt(3650)), VerificationStatus.VERIFIED, ValidityPeriod.UNLIMITED));
        }
        for (int c = 1; c <= 2; c++) {
            LocalDate issued = on.minusDays(30 + random.nextInt(6 * 365));
            ValidityPeriod validity = random.nextInt(10) == 0 ? ValidityPeriod.between(issued, issued.plusYears(1))
                    : ValidityPeriod.UNLIMITED;
            BigDecimal hours = random.nextInt(5) == 0 ? null : BigDecimal.valueOf(16 + random.nextInt(200));
            MultilingualText[] course = courses.get(random.nextInt(COURSES));
            evidence.add(new CourseCertificate(id + "/c" + c, "Provider " + random.nextInt(50), course[0], hours,
                    List.of(course[1], course[2]), List.of(), issued, verification(random), validity));
        }
        for (int w = 1; w <= 2; w++) {
            LocalDate start = on.minusDays(365 + random.nextInt(14 * 365));
            LocalDate end = random.nextInt(3) == 0 ? null : start.plusDays(180 + random.nextInt(5 * 365));
            evidence.add(new WorkExperience(id + "/w" + w, roles.get(random.nextInt(roles.size())), null,
                    "Employer " + random.nextInt(500), start, end,
                    List.of(task(random), task(random), task(random), task(random)),
                    verification(random), ValidityPeriod.UNLIMITED));
        }
        for (int s = 1; s <= 4; s++) {
            evidence.add(new VerifiedSkill(id + "/s" + s, skills.get(random.nextInt(SKILLS)), null, "Career Enbek",
                    on.minusDays(random.nextInt(4 * 365)), VerificationStatus.VERIFIED, ValidityPeriod.UNLIMITED));
        }
        return new ApplicantProfile(id, null, evidence);
    }

    private MultilingualText sentence(SplittableRandom random) {
        return sentences.get(random.nextInt(sentences.size()));
    }

    /** New text: the first half of one sentence and the second half of another, in the first one's language. */
    private MultilingualText task(SplittableRandom random) {
        if (!newTasks) {
            return sentence(random);
        }
        Map.Entry<String, String> a = sentence(random).asMap().entrySet().iterator().next();
        String b = sentence(random).asMap().values().iterator().next();
        return MultilingualText.of(a.getKey(), half(a.getValue(), true) + " " + half(b, false));
    }

    private static String half(String text, boolean first) {
        int cut = text.indexOf(' ', text.length() / 2);
        if (cut < 0) {
            return text;
        }
        return first ? text.substring(0, cut) : text.substring(cut + 1);
    }

    private static VerificationStatus verification(SplittableRandom random) {
        return random.nextInt(10) < 7 ? VerificationStatus.VERIFIED : VerificationStatus.SELF_DECLARED;
    }
}
