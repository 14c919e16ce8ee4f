package io.github.opennqf.recognition;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.evidence.CourseCertificate;
import io.github.opennqf.evidence.Diploma;
import io.github.opennqf.evidence.Evidence;
import io.github.opennqf.evidence.PersonalDetails;
import io.github.opennqf.evidence.RecognitionResult;
import io.github.opennqf.evidence.VerifiedSkill;
import io.github.opennqf.evidence.WorkExperience;
import io.github.opennqf.framework.FrameworkRef;
import io.github.opennqf.framework.Level;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.labour.EmploymentDecision;
import io.github.opennqf.labour.Job;
import io.github.opennqf.labour.MultipleEmploymentRule;
import io.github.opennqf.labour.Worker;
import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.CoverageScope;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.Query;
import io.github.opennqf.matching.Statement;
import io.github.opennqf.matching.StatementSource;
import io.github.opennqf.matching.internal.LevelKeys;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.text.MultilingualText;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Assesses applicants against one profession card (a vacancy) on one date: each piece of evidence
 * is checked (dates, validity, verification, duplicates, hours), weighed by the
 * {@link RecognitionPolicy}, turned into {@link Statement}s and scored by the {@link Matcher} like
 * any other query, so a person's evidence is analysed in kk, ru and en and explained the same way
 * as a program's outcomes.
 *
 * <pre>{@code
 * ApplicantAssessor assessor = ApplicantAssessor.builder(matcher, standard, "PC-02")
 *         .policy(RecognitionPolicy.DEFAULTS)
 *         .programs(programId -> Optional.ofNullable(programsById.get(programId)))   // diplomas' programs
 *         .on(LocalDate.of(2026, 12, 1))
 *         .build();
 * ApplicantAssessment one = assessor.assess(profile);
 * ApplicantRanking best = assessor.rank(profiles, 20, ForkJoinPool.commonPool());
 * }</pre>
 *
 * <p>What each kind of evidence brings: a diploma its program's outcomes (through the program
 * lookup; an unknown program brings only its level, from the program code, and is flagged); a
 * course certificate its title with its skill concepts and its outcomes; work experience its role
 * and tasks, and its duration toward the required experience (overlapping periods counted once); a
 * verified skill its text and concept; a recognition result for this standard and card, at the
 * card's level or above, is decisive. Statement ids are {@code evidenceId/part} and every statement
 * names its evidence item as its source, so explanations say which item covers each requirement.
 *
 * <p>When the vacancy is a secondary job ({@link Builder#secondaryJob}), each assessment also
 * carries the labour code's multiple-employment decision, made from the applicant's
 * {@link io.github.opennqf.evidence.PersonalDetails}; work said to start before the person's 14th
 * birthday (when the birth date is known) is flagged and counted from that birthday.
 *
 * <p>For ranking, {@link #score} gives the score of {@link #assess} bit for bit without building
 * the explanation; {@link #rank} and {@link #ranker} score every applicant that way and assess only
 * the best {@code k} in full.
 *
 * <p>An applicant's assessment depends only on their own evidence, the compiled standards, the
 * policy and the date — never on who else applied. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ApplicantAssessor {
    private static final int BATCH = 256;
    /** The age before which work is inconsistent evidence (the labour code's minimum age for light work). */
    private static final int MINIMUM_WORKING_AGE = 14;

    private final Matcher matcher;
    private final ProfessionalStandard standard;
    private final ProfessionCard card;
    private final CoverageScope scope;
    private final RecognitionPolicy policy;
    private final Function<String, Optional<EducationalProgram>> programs;
    private final LocalDate date;
    private final @Nullable Job secondaryJob;
    private final MultipleEmploymentRule employmentRule;

    private ApplicantAssessor(Builder b) {
        this.matcher = b.matcher;
        this.standard = b.standard;
        this.card = standard.professionCard(b.cardId).orElseThrow(() -> new InvalidValueException("professionCardId",
                b.cardId, "is not a profession card of standard " + standard.code()));
        this.scope = b.labourFunctionId == null ? CoverageScope.card(b.cardId)
                : CoverageScope.labourFunction(b.cardId, b.labourFunctionId);
        scope.requireIn(standard);
        this.policy = b.policy;
        this.programs = b.programs;
        this.date = b.date;
        this.secondaryJob = b.secondaryJob;
        this.employmentRule = b.employmentRule;
    }

    /**
     * @param matcher the matcher whose standards' statistics and configuration score the evidence
     * @param standard the standard (compiled in the matcher or not)
     * @param professionCardId the card of the vacancy
     * @return a builder; not thread-safe
     */
    public static Builder builder(Matcher matcher, ProfessionalStandard standard, String professionCardId) {
        return new Builder(matcher, standard, professionCardId);
    }

    /** @return the card assessed against */
    public ProfessionCard card() {
        return card;
    }

    /** @return the policy */
    public RecognitionPolicy policy() {
        return policy;
    }

    /** @return the day evidence is judged on */
    public LocalDate date() {
        return date;
    }

    /**
     * @param profile the applicant
     * @return the assessment
     */
    public ApplicantAssessment assess(ApplicantProfile profile) {
        Objects.requireNonNull(profile, "profile");
        Collected c = collect(profile, true);
        CoverageReport skills = matcher.coverage(c.query, standard, scope);
        double experienceYears = RecognitionDates.years(union(c.periods));
        Eligibility eligibility = new Eligibility(education(c.diplomaLevels, c.unknownLevelDiplomas, c.decisive,
                experienceYears), experience(experienceYears, c.decisive));
        double score = c.decisive != null ? 1.0 : skills.score();
        return new ApplicantAssessment(profile.id(), standard.code(), card.id(), date, score, skills, eligibility,
                c.decisive, experienceYears, c.uses, c.flags, employment(profile.details()));
    }

    /**
     * The score of {@link #assess}, equal to its {@link ApplicantAssessment#score()} bit for bit,
     * without the explanation, the eligibility or the employment check: what ranking needs for every
     * applicant before the best are assessed in full.
     *
     * @param profile the applicant
     * @return the overall score, in [0, 1]
     */
    public double score(ApplicantProfile profile) {
        Objects.requireNonNull(profile, "profile");
        Collected c = collect(profile, false);
        return c.decisive != null ? 1.0 : matcher.coverageScore(c.query, standard, scope);
    }

    /** What the evidence of one applicant brings, before scoring. */
    private record Collected(Query query, List<EvidenceUse> uses, List<EvidenceFlag> flags, List<LevelRef> diplomaLevels,
            int unknownLevelDiplomas, @Nullable RecognitionResult decisive, List<LocalDate[]> periods) {}

    /**
     * Checks and weighs every item and turns it into statements.
     *
     * @param explain whether to write each item's reason (the ranking's first pass does not need it)
     */
    private Collected collect(ApplicantProfile profile, boolean explain) {
        List<EvidenceUse> uses = new ArrayList<>();
        List<EvidenceFlag> flags = new ArrayList<>();
        Query.Builder query = Query.builder(profile.id());
        Set<String> seenIds = new HashSet<>();
        Set<List<Object>> seenContent = new HashSet<>();
        List<LocalDate[]> periods = new ArrayList<>();
        List<LevelRef> diplomaLevels = new ArrayList<>();
        int unknownLevelDiplomas = 0;
        RecognitionResult decisive = null;
        for (Evidence e : profile.evidence()) {
            EvidenceKind kind = EvidenceKind.of(e);
            String problem = exclusion(e, kind, seenIds, seenContent, flags);
            if (problem != null) {
                uses.add(new EvidenceUse(e.id(), kind, false, 0, List.of(), problem));
                continue;
            }
            double recency = policy.recency(kind, RecognitionDates.yearsBetween(dated(e), date));
            double weight = policy.kindWeight(kind) * policy.verificationWeight(e.verification()) * recency;
            String why = !explain ? "" : String.format(Locale.ROOT, "%s %.2f × %s %.2f × recency %.2f = %.2f",
                    kind.sourceKind(), policy.kindWeight(kind), e.verification().name().toLowerCase(Locale.ROOT),
                    policy.verificationWeight(e.verification()), recency, weight);
            StatementSource source = StatementSource.of(kind.sourceKind(), e.id());
            List<Statement> statements = new ArrayList<>();
            if (e instanceof Diploma d) {
                Optional<EducationalProgram> program = programs.apply(d.programId());
                LevelRef level = program.map(EducationalProgram::level).orElse(null);
                if (program.isPresent()) {
                    for (LearningOutcome o : program.get().outcomes()) {
                        statements.add(new Statement(d.id() + "/" + o.id(), source, o.statement(), o.category(),
                                o.level() != null ? o.level() : level, o.concepts(), weight));
                    }
                } else {
                    flags.add(new EvidenceFlag(d.id(), EvidenceFlag.Type.UNKNOWN_PROGRAM, false, "program " + d.programId()
                            + " is unknown: the diploma brings its level and field, not its outcomes"));
                }
                if (level == null && d.programCode() != null && d.programCode().nqfLevel().isPresent()) {
                    level = LevelRef.of(FrameworkRef.KZ_NQF_2025, Level.of(d.programCode().nqfLevel().getAsInt()));
                }
                if (level != null) {
                    diplomaLevels.add(level);
                } else {
                    unknownLevelDiplomas++;
                }
            } else if (e instanceof CourseCertificate c) {
                statements.add(new Statement(c.id() + "/title", source, c.title(), null, null, c.skills(), weight));
                int i = 1;
                for (MultilingualText o : c.outcomes()) {
                    statements.add(new Statement(c.id() + "/o" + i++, source, o, null, null, List.of(), weight));
                }
            } else if (e instanceof WorkExperience w) {
                statements.add(new Statement(w.id() + "/role", source, w.role(), null, null, List.of(), weight));
                int i = 1;
                for (MultilingualText t : w.tasks()) {
                    statements.add(new Statement(w.id() + "/t" + i++, source, t, null, null, List.of(), weight));
                }
                LocalDate end = w.end() == null || w.end().isAfter(date) ? date : w.end();
                LocalDate start = w.start();
                LocalDate fourteen = profile.details().birthday(MINIMUM_WORKING_AGE).orElse(null);
                if (fourteen != null && start.isBefore(fourteen)) {
                    flags.add(new EvidenceFlag(w.id(), EvidenceFlag.Type.INCONSISTENT, false, "starts " + start
                            + ", before the person's " + MINIMUM_WORKING_AGE + "th birthday (" + fourteen
                            + "): experience counted from that day"));
                    start = fourteen;
                }
                if (w.end() != null && w.end().isAfter(date)) {
                    flags.add(new EvidenceFlag(w.id(), EvidenceFlag.Type.INCONSISTENT, false, "ends " + w.end()
                            + ", after the assessment date " + date + ": counted until " + date));
                }
                for (LocalDate[] p : periods) {
                    if (!start.isAfter(p[1]) && !p[0].isAfter(end)) {
                        flags.add(new EvidenceFlag(w.id(), EvidenceFlag.Type.OVERLAPPING, false,
                                "overlaps other work from " + p[0] + " to " + p[1] + ": the overlap counts once toward experience"));
                        break;
                    }
                }
                periods.add(new LocalDate[] {start, end});
            } else if (e instanceof VerifiedSkill s) {
                statements.add(new Statement(s.id() + "/skill", source, s.skill(), null, null,
                        s.concept() == null ? List.of() : List.of(s.concept()), weight));
            } else if (e instanceof RecognitionResult r) {
                String decisiveWhy = decisive(r);
                if (decisiveWhy == null && decisive == null) {
                    decisive = r;
                    why = "recognised for " + standard.code() + " / " + card.id() + " at " + r.level() + ": decisive";
                } else if (decisiveWhy != null) {
                    why = "not decisive: " + decisiveWhy;
                }
            }
            query.statements(statements);
            uses.add(new EvidenceUse(e.id(), kind, true, weight, statements.stream().map(Statement::id).toList(), why));
        }
        return new Collected(query.build(), uses, flags, diplomaLevels, unknownLevelDiplomas, decisive, periods);
    }

    /** The multiple-employment check, when the vacancy is a secondary job. */
    private @Nullable EmploymentCheck employment(PersonalDetails details) {
        if (secondaryJob == null) {
            return null;
        }
        Job main = details.mainJob();
        if (main == null) {
            return new EmploymentCheck(EmploymentCheck.Status.UNKNOWN, secondaryJob, null, null, List.of(
                    "the applicant's main job is not stated: the rule cannot be applied (with no main job the vacancy"
                            + " would be their main job)"));
        }
        Optional<Worker> worker = details.worker();
        if (worker.isPresent()) {
            EmploymentDecision decision = employmentRule.check(worker.get(), main, secondaryJob, date);
            return new EmploymentCheck(decision.allowed() ? EmploymentCheck.Status.ALLOWED
                    : EmploymentCheck.Status.NOT_ALLOWED, secondaryJob, main, decision,
                    explanations(decision));
        }
        // Without a birth date only the age test is missing; any of the other grounds decides.
        EmploymentDecision other = employmentRule.checkBesidesAge(details.civilServant(), details.healthcareWorker(),
                main, secondaryJob);
        List<String> reasons = new ArrayList<>(explanations(other));
        if (!other.allowed()) {
            return new EmploymentCheck(EmploymentCheck.Status.NOT_ALLOWED, secondaryJob, main, other, reasons);
        }
        reasons.add("the birth date is not stated: whether the person is under " + employmentRule.ageOfMajority()
                + " could not be checked");
        return new EmploymentCheck(EmploymentCheck.Status.UNKNOWN, secondaryJob, main, null, reasons);
    }

    private static List<String> explanations(EmploymentDecision decision) {
        return decision.reasons().stream().map(EmploymentDecision.Reason::explanation).toList();
    }

    /** Why an item is left out (and its flag added), or {@code null} when it counts. */
    private @Nullable String exclusion(Evidence e, EvidenceKind kind, Set<String> seenIds, Set<List<Object>> seenContent,
            List<EvidenceFlag> flags) {
        EvidenceFlag flag = null;
        LocalDate dated = dated(e);
        if (!seenIds.add(e.id())) {
            flag = new EvidenceFlag(e.id(), EvidenceFlag.Type.DUPLICATE, true, "another item has the same id");
        } else if (!seenContent.add(fingerprint(e))) {
            flag = new EvidenceFlag(e.id(), EvidenceFlag.Type.DUPLICATE, true, "the same " + kind.sourceKind().replace('-', ' ')
                    + " as an earlier item");
        } else if (dated.isAfter(date)) {
            flag = new EvidenceFlag(e.id(), EvidenceFlag.Type.FUTURE_DATED, true, "dated " + dated
                    + ", after the assessment date " + date);
        } else if (!e.validity().isValidOn(date)) {
            flag = new EvidenceFlag(e.id(), EvidenceFlag.Type.EXPIRED, true, "not valid on " + date + " (valid "
                    + (e.validity().from() == null ? "" : "from " + e.validity().from() + " ")
                    + (e.validity().until() == null ? "" : "until " + e.validity().until()) + ")");
        } else if (e instanceof CourseCertificate c && c.validity().until() == null
                && c.issuedOn().plus(policy.certificateLifetime()).isBefore(date)) {
            flag = new EvidenceFlag(e.id(), EvidenceFlag.Type.EXPIRED, true, "issued " + c.issuedOn()
                    + ", more than the policy's certificate lifetime (" + policy.certificateLifetime() + ") ago");
        } else if (policy.verificationWeight(e.verification()) == 0) {
            flag = new EvidenceFlag(e.id(), EvidenceFlag.Type.VERIFICATION_FAILED, true, "verification "
                    + e.verification().name().toLowerCase(Locale.ROOT) + ": it counts for nothing under the policy");
        } else if (e instanceof CourseCertificate c && c.hours() != null
                && c.hours().compareTo(policy.minimumCertificateHours()) < 0) {
            flag = new EvidenceFlag(e.id(), EvidenceFlag.Type.TOO_SHORT, true, c.hours().stripTrailingZeros().toPlainString()
                    + " hours, fewer than the policy's minimum of "
                    + policy.minimumCertificateHours().stripTrailingZeros().toPlainString());
        }
        if (flag == null) {
            if (e instanceof CourseCertificate c && c.hours() == null) {
                // most badges state no length: counted, and said
                flags.add(new EvidenceFlag(e.id(), EvidenceFlag.Type.HOURS_UNKNOWN, false, "the certificate states no hours:"
                        + " the policy's minimum of " + policy.minimumCertificateHours().stripTrailingZeros().toPlainString()
                        + " hours could not be checked"));
            }
            return null;
        }
        flags.add(flag);
        return flag.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + flag.message();
    }

    /** The date an item states (issued, awarded, verified, assessed, started); the assessment date if none. */
    private LocalDate dated(Evidence e) {
        if (e instanceof Diploma d) {
            return d.awardedOn() == null ? date : d.awardedOn();
        }
        if (e instanceof CourseCertificate c) {
            return c.issuedOn();
        }
        if (e instanceof WorkExperience w) {
            return w.end() == null || w.end().isAfter(date) ? (w.start().isAfter(date) ? w.start() : date) : w.end();
        }
        if (e instanceof VerifiedSkill s) {
            return s.verifiedOn();
        }
        return ((RecognitionResult) e).assessedOn();
    }

    /** What makes two items the same, whatever their ids: a key with value equality (parts may be null). */
    private static List<Object> fingerprint(Evidence e) {
        if (e instanceof Diploma d) {
            return java.util.Arrays.asList("diploma", d.programId(), d.awardedOn());
        }
        if (e instanceof CourseCertificate c) {
            return java.util.Arrays.asList("certificate", c.provider(), c.title(), c.issuedOn());
        }
        if (e instanceof WorkExperience w) {
            return java.util.Arrays.asList("work", w.role(), w.employer(), w.start());
        }
        if (e instanceof VerifiedSkill s) {
            return java.util.Arrays.asList("skill", s.skill(), s.platform());
        }
        RecognitionResult r = (RecognitionResult) e;
        return java.util.Arrays.asList("recognition", r.standardCode(), r.professionCardId(), r.level(), r.assessedOn());
    }

    /** Why a recognition result is not decisive for this card, or {@code null} if it is. */
    private @Nullable String decisive(RecognitionResult r) {
        if (!r.standardCode().equals(standard.code()) || !r.professionCardId().equals(card.id())) {
            return "it is for " + r.standardCode() + " / " + r.professionCardId() + ", not " + standard.code() + " / " + card.id();
        }
        if (card.level() != null) {
            int have = LevelKeys.of(r.level());
            int need = LevelKeys.of(card.level());
            if (!LevelKeys.comparable(have, need)) {
                return "its level " + r.level() + " cannot be compared with the card's " + card.level();
            }
            if (have < need) {
                return "its level " + r.level() + " is below the card's " + card.level();
            }
        }
        return null;
    }

    private EligibilityCheck education(List<LevelRef> levels, int unknown, @Nullable RecognitionResult recognised,
            double experienceYears) {
        LevelRef required = card.requiredEducationLevel();
        if (required == null) {
            return new EligibilityCheck(EligibilityCheck.Status.NOT_REQUIRED, "the card requires no education level");
        }
        int need = LevelKeys.of(required);
        boolean comparable = false;
        for (LevelRef l : levels) {
            int have = LevelKeys.of(l);
            if (LevelKeys.comparable(have, need)) {
                comparable = true;
                if (have >= need) {
                    return new EligibilityCheck(EligibilityCheck.Status.MET, "a diploma at " + l + " meets the required " + required);
                }
            }
        }
        if (recognised != null && policy.recognitionSubstitutesEducation()) {
            return new EligibilityCheck(EligibilityCheck.Status.MET, "recognised for this card on " + recognised.assessedOn()
                    + ", which the policy accepts instead of the required " + required);
        }
        if (policy.experienceSubstitutingEducation() != null
                && experienceYears >= RecognitionDates.years(policy.experienceSubstitutingEducation())) {
            return new EligibilityCheck(EligibilityCheck.Status.MET, String.format(Locale.ROOT,
                    "%.1f years of work, which the policy accepts instead of the required %s", experienceYears, required));
        }
        if (unknown > 0 || (!levels.isEmpty() && !comparable)) {
            return new EligibilityCheck(EligibilityCheck.Status.UNKNOWN, unknown > 0
                    ? "a diploma's level is unknown (its program is not known and it has no program code)"
                    : "no diploma's level can be compared with the required " + required);
        }
        return new EligibilityCheck(EligibilityCheck.Status.NOT_MET, levels.isEmpty()
                ? "no counted diploma; the card requires " + required
                : "the highest diploma is below the required " + required);
    }

    private EligibilityCheck experience(double years, @Nullable RecognitionResult recognised) {
        if (card.requiredExperience() == null || card.requiredExperience().isZero()) {
            return new EligibilityCheck(EligibilityCheck.Status.NOT_REQUIRED, "the card requires no work experience");
        }
        double need = RecognitionDates.years(card.requiredExperience());
        if (years >= need) {
            return new EligibilityCheck(EligibilityCheck.Status.MET, String.format(Locale.ROOT,
                    "%.1f years of counted work, %s required", years, card.requiredExperience()));
        }
        if (recognised != null) {
            return new EligibilityCheck(EligibilityCheck.Status.MET, String.format(Locale.ROOT,
                    "%.1f years of counted work, %s required; recognised for this card on %s, which assessed it",
                    years, card.requiredExperience(), recognised.assessedOn()));
        }
        return new EligibilityCheck(EligibilityCheck.Status.NOT_MET, String.format(Locale.ROOT,
                "%.1f years of counted work, %s required", years, card.requiredExperience()));
    }

    /** Days covered by the union of the periods (inclusive of both ends). */
    private static long union(List<LocalDate[]> periods) {
        List<LocalDate[]> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing((LocalDate[] p) -> p[0]).thenComparing(p -> p[1]));
        long days = 0;
        LocalDate start = null;
        LocalDate end = null;
        for (LocalDate[] p : sorted) {
            if (p[1].isBefore(p[0])) {
                continue;
            }
            if (start == null || p[0].isAfter(end)) {
                if (start != null) {
                    days += ChronoUnit.DAYS.between(start, end);
                }
                start = p[0];
                end = p[1];
            } else if (p[1].isAfter(end)) {
                end = p[1];
            }
        }
        if (start != null) {
            days += ChronoUnit.DAYS.between(start, end);
        }
        return days;
    }

    /**
     * Scores every applicant and keeps the best {@code k}, in parallel batches on the executor, then
     * assesses those {@code k} in full: memory holds the best {@code k} and a few batches, not every
     * profile, and only the listed applicants pay for an explanation. Each listed assessment's
     * score is the one the applicant was ranked by ({@link #score}). The result is the same
     * whatever the executor, the thread count or the input order (ties by applicant id, then input
     * position).
     *
     * @param profiles the applicants, read once, in order
     * @param k how many to keep, at least 1
     * @param executor runs the batches; not shut down
     * @return the ranking
     */
    public ApplicantRanking rank(Iterable<ApplicantProfile> profiles, int k, Executor executor) {
        Objects.requireNonNull(profiles, "profiles");
        Ranker ranker = ranker(k, executor);
        profiles.forEach(ranker);
        return ranker.result();
    }

    /**
     * A ranker to push applicants into as they are read (from JSON lines, a directory of
     * résumés), for example {@code JsonLines.applicants().read(path, ranker)}; its result
     * is that of {@link #rank} over the same applicants in the same order.
     *
     * @param k how many to keep, at least 1
     * @param executor runs the batches; not shut down
     * @return a new ranker
     */
    public Ranker ranker(int k, Executor executor) {
        Objects.requireNonNull(executor, "executor");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        return new Ranker(k, executor);
    }

    /**
     * Ranks applicants pushed into it, in parallel batches, keeping the best {@code k}. Not
     * thread-safe: one thread pushes applicants, then asks for the {@link #result()} once.
     */
    public final class Ranker implements java.util.function.Consumer<ApplicantProfile> {
        private final int k;
        private final Executor executor;
        private final Comparator<Ranked> best = Comparator.comparingDouble(Ranked::score).reversed()
                .thenComparing(r -> r.profile.id()).thenComparingLong(Ranked::position);
        private final PriorityQueue<Ranked> top;
        private final java.util.ArrayDeque<CompletableFuture<List<Ranked>>> pending = new java.util.ArrayDeque<>();
        private final int maxPending = Math.max(2, 4 * Runtime.getRuntime().availableProcessors());
        private List<ApplicantProfile> batch = new ArrayList<>(BATCH);
        private long first;
        private long position;
        private boolean done;
        private @Nullable ApplicantRanking result;

        private Ranker(int k, Executor executor) {
            this.k = k;
            this.executor = executor;
            this.top = new PriorityQueue<>(best.reversed());
        }

        /** @param profile the next applicant */
        @Override
        public void accept(ApplicantProfile profile) {
            if (done) {
                throw new IllegalStateException("the ranking is already complete");
            }
            batch.add(Objects.requireNonNull(profile, "profile"));
            position++;
            if (batch.size() == BATCH) {
                submit();
            }
        }

        private void submit() {
            List<ApplicantProfile> work = batch;
            long start = first;
            batch = new ArrayList<>(BATCH);
            first = position;
            pending.add(CompletableFuture.supplyAsync(() -> {
                List<Ranked> out = new ArrayList<>(work.size());
                for (int i = 0; i < work.size(); i++) {
                    ApplicantProfile profile = work.get(i);
                    out.add(new Ranked(score(profile), start + i, profile));
                }
                return out;
            }, executor));
            while (pending.size() > maxPending) {
                keep(join(pending.poll()));
            }
        }

        private void keep(List<Ranked> ranked) {
            for (Ranked r : ranked) {
                top.add(r);
                if (top.size() > k) {
                    top.poll();
                }
            }
        }

        /** @return how many applicants were pushed so far */
        public long count() {
            return position;
        }

        /**
         * Waits for every batch and ranks.
         *
         * @return the ranking of every applicant pushed
         */
        public ApplicantRanking result() {
            if (result != null) {
                return result;
            }
            if (!batch.isEmpty()) {
                submit();
            }
            while (!pending.isEmpty()) {
                keep(join(pending.poll()));
            }
            done = true;
            List<Ranked> sorted = new ArrayList<>(top);
            sorted.sort(best);
            // only the best are assessed in full; their scores are the first pass's, bit for bit
            List<CompletableFuture<ApplicantAssessment>> full = new ArrayList<>(sorted.size());
            for (Ranked r : sorted) {
                full.add(CompletableFuture.supplyAsync(() -> assess(r.profile), executor));
            }
            List<ApplicantAssessment> assessments = new ArrayList<>(full.size());
            for (CompletableFuture<ApplicantAssessment> f : full) {
                assessments.add(join(f));
            }
            result = new ApplicantRanking(standard.code(), card.id(), assessments, position);
            return result;
        }
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ranking applicants", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("ranking applicants failed: " + e.getCause(), e.getCause());
        }
    }

    private record Ranked(double score, long position, ApplicantProfile profile) {}

    /** Collects an assessor's settings. Not thread-safe; the assessor it builds is. */
    public static final class Builder {
        private final Matcher matcher;
        private final ProfessionalStandard standard;
        private final String cardId;
        private @Nullable String labourFunctionId;
        private RecognitionPolicy policy = RecognitionPolicy.DEFAULTS;
        private Function<String, Optional<EducationalProgram>> programs = id -> Optional.empty();
        private LocalDate date = LocalDate.now(java.time.ZoneOffset.UTC);
        private @Nullable Job secondaryJob;
        private MultipleEmploymentRule employmentRule = MultipleEmploymentRule.KAZAKHSTAN_2025;

        private Builder(Matcher matcher, ProfessionalStandard standard, String cardId) {
            this.matcher = Objects.requireNonNull(matcher, "matcher");
            this.standard = Objects.requireNonNull(standard, "standard");
            this.cardId = Objects.requireNonNull(cardId, "professionCardId");
        }

        /** @param value a labour function of the card, to assess against it alone @return this builder */
        public Builder labourFunction(String value) {
            this.labourFunctionId = Objects.requireNonNull(value, "labourFunctionId");
            return this;
        }

        /** @param value the policy (default {@link RecognitionPolicy#DEFAULTS}) @return this builder */
        public Builder policy(RecognitionPolicy value) {
            this.policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        /**
         * @param value finds a diploma's program by its id (default: none is known); must be thread-safe
         * @return this builder
         */
        public Builder programs(Function<String, Optional<EducationalProgram>> value) {
            this.programs = Objects.requireNonNull(value, "programs");
            return this;
        }

        /** @param value the day evidence is judged on (default: today, UTC) @return this builder */
        public Builder on(LocalDate value) {
            this.date = Objects.requireNonNull(value, "date");
            return this;
        }

        /**
         * Declares the vacancy a secondary job: each assessment then includes the labour code's
         * multiple-employment decision ({@link ApplicantAssessment#employment()}), made from the
         * applicant's {@link PersonalDetails} (main job, birth date, civil-servant and
         * healthcare-worker status).
         *
         * @param value the vacancy as a job: its hours a day, whether hazardous, its kind of work
         * @return this builder
         */
        public Builder secondaryJob(Job value) {
            this.secondaryJob = Objects.requireNonNull(value, "secondaryJob");
            return this;
        }

        /**
         * @param value the multiple-employment rule (default {@link MultipleEmploymentRule#KAZAKHSTAN_2025})
         * @return this builder
         */
        public Builder employmentRule(MultipleEmploymentRule value) {
            this.employmentRule = Objects.requireNonNull(value, "employmentRule");
            return this;
        }

        /**
         * @return the assessor
         * @throws InvalidValueException if the card or labour function is not in the standard
         */
        public ApplicantAssessor build() {
            return new ApplicantAssessor(this);
        }
    }
}
