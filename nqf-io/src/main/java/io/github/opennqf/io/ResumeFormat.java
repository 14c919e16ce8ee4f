package io.github.opennqf.io;

import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.io.internal.json.LocatedJson;
import io.github.opennqf.io.internal.credential.JsonResumeReader;
import io.github.opennqf.text.MultilingualText;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * JSON Resume 1.x documents, read as applicant profiles whose evidence is self-declared.
 *
 * <pre>{@code
 * ApplicantProfile applicant = ResumeFormat.jsonResume().withLanguage("ru")
 *         .read(Path.of("aigerim.resume.json"));          // id "aigerim.resume"
 * applicant.evidence(WorkExperience.class);              // work and volunteer entries
 * }</pre>
 *
 * <p><b>What becomes evidence.</b> Nothing in a résumé has been checked, so every item is
 * {@link io.github.opennqf.evidence.VerificationStatus#SELF_DECLARED}, with an unlimited validity:
 * <ul>
 *   <li>{@code work[]} and {@code volunteer[]}: a {@link io.github.opennqf.evidence.WorkExperience}
 *       ({@code position} the role, {@code name} or the pre-1.0 {@code company} / {@code organization}
 *       the employer, {@code summary} and {@code highlights} the tasks);</li>
 *   <li>{@code education[]}: a {@link io.github.opennqf.evidence.Diploma} whose program id is the
 *       résumé's words for the program ({@code "Bachelor, Computer Science"}: {@code studyType, area}),
 *       or the institution when it names neither, which a program lookup will usually not know; the
 *       institution; and the end date as the award date;</li>
 *   <li>{@code certificates[]}: a {@link io.github.opennqf.evidence.CourseCertificate} ({@code name},
 *       {@code issuer} as provider, {@code date}; hours unknown);</li>
 *   <li>{@code skills[]}: a {@link io.github.opennqf.evidence.VerifiedSkill} of the platform
 *       {@code "JSON Resume (self-declared)"}, its text the name and keywords
 *       ({@code "Web Development: HTML, CSS"}), dated by {@code meta.lastModified}, else by
 *       {@link #withDeclarationDate(LocalDate)}. The kind carries skills; the status says nobody
 *       verified them, and a policy weights them as such. The self-assessed {@code level} is not kept.</li>
 * </ul>
 * {@code basics.name} is the applicant's name; the other sections (awards, publications,
 * languages, interests, references, projects) and contact details are not read. Evidence ids are
 * the section and the entry's number: {@code work-1}, {@code skill-3}.
 *
 * <p><b>Partial dates.</b> Dates may be written {@code 2019}, {@code 2019-05} or {@code 2019-05-17}.
 * A start date is read as the first day of its period and an end date as the last
 * ({@code "2019"} to {@code "2020-05"} is 2019-01-01 to 2020-05-31), so that a period covers
 * what the person wrote; an event date (a certificate's {@code date}) as the first day, so that it
 * never seems more recent than written. A work entry without {@code endDate} goes on.
 *
 * <p><b>Bad input</b> (not JSON, a section that is not an array, a work entry without
 * {@code position} or {@code startDate}, a certificate without {@code name}, {@code issuer} or
 * {@code date}, a date in another form, an end before its start) gets a {@link ReadException} with
 * every problem located by line, column and JSON pointer. Input is bounded by {@link ReadLimits}.
 * A failed read returns nothing.
 *
 * <p>Immutable and thread-safe; {@code withX} methods return copies.
 *
 * @since 0.1.0
 */
public final class ResumeFormat {
    private final ReadLimits limits;
    private final String language;
    private final @Nullable LocalDate declarationDate;

    private ResumeFormat(ReadLimits limits, String language, @Nullable LocalDate declarationDate) {
        this.limits = limits;
        this.language = language;
        this.declarationDate = declarationDate;
    }

    /** @return the JSON Resume format with {@link ReadLimits#DEFAULTS} and texts in an undetermined language */
    public static ResumeFormat jsonResume() {
        return new ResumeFormat(ReadLimits.DEFAULTS, MultilingualText.UNDETERMINED, null);
    }

    /** @param value the limits @return a copy reading within these limits */
    public ResumeFormat withLimits(ReadLimits value) {
        return new ResumeFormat(Objects.requireNonNull(value, "limits"), language, declarationDate);
    }

    /** @return the limits reads are held to */
    public ReadLimits limits() {
        return limits;
    }

    /** @param value a BCP 47 tag, such as {@code kk}, {@code ru} or {@code en} @return a copy tagging texts so */
    public ResumeFormat withLanguage(String value) {
        return new ResumeFormat(limits, MultilingualText.normaliseTag(Objects.requireNonNull(value, "language")),
                declarationDate);
    }

    /**
     * @param value the date skills count as declared on when the résumé has no {@code meta.lastModified}
     * @return a copy using it; by default, the day of the read (UTC)
     */
    public ResumeFormat withDeclarationDate(LocalDate value) {
        return new ResumeFormat(limits, language, Objects.requireNonNull(value, "declarationDate"));
    }

    /**
     * Reads a résumé file; the applicant's id is the file's name without {@code .json}.
     *
     * @param file the file
     * @return the applicant
     * @throws ReadException with every problem found
     */
    public ApplicantProfile read(Path file) {
        Objects.requireNonNull(file, "file");
        return readString(LocatedJson.readText(file, limits), LocatedJson.sourceName(file));
    }

    /**
     * Reads a résumé from UTF-8 bytes.
     *
     * @param in the bytes; not closed
     * @param sourceName the name used in locations; without {@code .json}, the applicant's id
     * @return the applicant
     * @throws ReadException with every problem found
     */
    public ApplicantProfile read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        return readString(LocatedJson.readText(in, sourceName, limits), sourceName);
    }

    /**
     * @param text the résumé's JSON
     * @param sourceName the name used in locations; without {@code .json}, the applicant's id
     * @return the applicant
     * @throws ReadException with every problem found
     */
    public ApplicantProfile readString(String text, String sourceName) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        if (text.length() > limits.maxBytes()) {
            throw new ReadException(java.util.List.of(new ReadProblem(Location.document(sourceName),
                    ReadProblem.Reason.LIMIT_EXCEEDED, "the input is larger than the limit of " + limits.maxBytes()
                            + " characters (ReadLimits.maxBytes)")));
        }
        String id = sourceName.endsWith(".json") ? sourceName.substring(0, sourceName.length() - 5) : sourceName;
        LocalDate declared = declarationDate != null ? declarationDate : LocalDate.now(ZoneOffset.UTC);
        return JsonResumeReader.read(text, sourceName, id.isBlank() ? "applicant" : id, language, declared, limits);
    }

    /** @return {@code ResumeFormat[jsonResume]} */
    @Override
    public String toString() {
        return "ResumeFormat[jsonResume]";
    }
}
