package io.github.opennqf.evidence;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A piece of evidence of a person's qualification, as held in an {@link ApplicantProfile}. The
 * kinds are closed; switch over them with pattern matching:
 *
 * <pre>{@code
 * String label = switch (evidence) {
 *     case Diploma d -> "diploma of " + d.programId();
 *     case CourseCertificate c -> "course by " + c.provider();
 *     case WorkExperience w -> "worked as " + w.role().resolve(LanguagePriority.KAZAKHSTAN);
 *     case RecognitionResult r -> "recognised at " + r.level();
 *     case VerifiedSkill s -> "skill verified on " + s.platform();
 * };   // Java 21; on 17 use instanceof
 * }</pre>
 *
 * <table>
 *   <caption>Kinds of evidence</caption>
 *   <tr><th>Type</th><th>Kind of learning</th><th>Records</th></tr>
 *   <tr><td>{@link Diploma}</td><td>formal</td><td>the program completed</td></tr>
 *   <tr><td>{@link CourseCertificate}</td><td>non-formal</td><td>provider, hours, outcomes or skills, issue date</td></tr>
 *   <tr><td>{@link WorkExperience}</td><td>informal</td><td>role, ISCO code, dates, tasks</td></tr>
 *   <tr><td>{@link RecognitionResult}</td><td>—</td><td>standard, profession, level, date of a recognition centre's assessment</td></tr>
 *   <tr><td>{@link VerifiedSkill}</td><td>—</td><td>a skill verified on a national portal such as Career Enbek</td></tr>
 * </table>
 *
 * <p>Every kind has an id, a verification status and a validity period. All implementations are
 * immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Evidence
        permits Diploma, CourseCertificate, WorkExperience, RecognitionResult, VerifiedSkill {

    /** @return the evidence's id, unique within its profile */
    String id();

    /** @return how far it has been verified */
    VerificationStatus verification();

    /** @return when it counts */
    ValidityPeriod validity();

    /** @return the kind of learning it shows; empty for assessment results and verified skills */
    Optional<LearningKind> learningKind();

    /**
     * @param date a day
     * @return {@code true} if the evidence is verified and within its validity period on that day
     */
    default boolean countsOn(LocalDate date) {
        return verification().isVerified() && validity().isValidOn(date);
    }
}
