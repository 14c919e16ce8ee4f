package io.github.opennqf.io.internal.credential;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.opennqf.InvalidValueException;
import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.evidence.CourseCertificate;
import io.github.opennqf.evidence.Diploma;
import io.github.opennqf.evidence.Evidence;
import io.github.opennqf.evidence.ValidityPeriod;
import io.github.opennqf.evidence.VerificationStatus;
import io.github.opennqf.evidence.VerifiedSkill;
import io.github.opennqf.evidence.WorkExperience;
import io.github.opennqf.io.ReadException;
import io.github.opennqf.io.ReadLimits;
import io.github.opennqf.io.ReadProblem.Reason;
import io.github.opennqf.io.internal.json.LocatedJson;
import io.github.opennqf.text.MultilingualText;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Reads a JSON Resume 1.x document into an applicant profile of self-declared evidence. Stateless. */
public final class JsonResumeReader {
    /** The platform named by skills declared in a résumé. */
    public static final String SELF_DECLARED_PLATFORM = "JSON Resume (self-declared)";

    /** The top-level sections of JSON Resume 1.x. */
    private static final List<String> SECTIONS = List.of("basics", "work", "volunteer", "education", "awards",
            "certificates", "publications", "skills", "languages", "interests", "references", "projects");

    private JsonResumeReader() {
    }

    /**
     * @param text the document
     * @param source its name, for locations
     * @param applicantId the profile's id
     * @param language the language of the résumé's texts
     * @param declaredOn the date skills count as declared on when {@code meta.lastModified} is absent
     * @throws ReadException with every problem found
     */
    public static ApplicantProfile read(String text, String source, String applicantId, String language,
            LocalDate declaredOn, ReadLimits limits) {
        LocatedJson tree = LocatedJson.parse(new StringReader(text), source, limits);
        Fields f = new Fields(tree, limits);
        JsonNode root = tree.root();
        if (!root.isObject()) {
            f.problem("", Reason.WRONG_TYPE, "a JSON Resume is an object, not " + Fields.describe(root));
            f.throwIfAny();
        }
        if (SECTIONS.stream().noneMatch(root::has)) {
            f.problem("", Reason.UNKNOWN_VALUE, "not a JSON Resume: it has none of the sections " + SECTIONS);
            f.throwIfAny();
        }
        JsonNode basics = f.object(root, "", "basics", false);
        String name = basics == null ? null : f.text(basics, "/basics", "name", false);
        JsonNode meta = f.object(root, "", "meta", false);
        String modified = meta == null ? null : f.text(meta, "/meta", "lastModified", false);
        PartialDate lastModified = modified == null || modified.length() < 10 ? null
                : PartialDate.parse(modified.substring(0, 10));
        LocalDate skillsDate = lastModified != null ? lastModified.first() : declaredOn;

        List<Evidence> evidence = new ArrayList<>();
        for (var e : entries(f, root, "work", limits)) {
            add(evidence, work(f, e.node(), e.pointer(), "work-" + e.number(), "name", language));
        }
        for (var e : entries(f, root, "volunteer", limits)) {
            add(evidence, work(f, e.node(), e.pointer(), "volunteer-" + e.number(), "organization", language));
        }
        for (var e : entries(f, root, "education", limits)) {
            add(evidence, education(f, e.node(), e.pointer(), "education-" + e.number(), language));
        }
        for (var e : entries(f, root, "certificates", limits)) {
            add(evidence, certificate(f, e.node(), e.pointer(), "certificate-" + e.number(), language));
        }
        for (var e : entries(f, root, "skills", limits)) {
            add(evidence, skill(f, e.node(), e.pointer(), "skill-" + e.number(), language, skillsDate));
        }
        f.throwIfAny();
        try {
            return new ApplicantProfile(applicantId, name, evidence);
        } catch (InvalidValueException e) {
            f.problem("", Reason.INVALID_VALUE, e.getMessage());
            f.throwIfAny();
            throw e;
        }
    }

    private static void add(List<Evidence> evidence, @Nullable Evidence item) {
        if (item != null) {
            evidence.add(item);
        }
    }

    /** An entry of a section, numbered from 1. */
    private record Numbered(JsonNode node, String pointer, int number) {
    }

    private static List<Numbered> entries(Fields f, JsonNode root, String section, ReadLimits limits) {
        JsonNode list = Fields.get(root, section);
        if (list == null) {
            return List.of();
        }
        if (!list.isArray()) {
            f.problem("/" + section, Reason.WRONG_TYPE, "'" + section + "' must be an array, not " + Fields.describe(list));
            return List.of();
        }
        List<Numbered> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "/" + section + "/" + i;
            if (i >= limits.maxRecords()) {
                f.problem(at, Reason.LIMIT_EXCEEDED, "more than " + limits.maxRecords() + " entries (ReadLimits.maxRecords)");
                break;
            }
            if (list.get(i).isObject()) {
                entries.add(new Numbered(list.get(i), at, i + 1));
            } else {
                f.problem(at, Reason.WRONG_TYPE, "an entry of '" + section + "' must be an object, not "
                        + Fields.describe(list.get(i)));
            }
        }
        return entries;
    }

    private static @Nullable WorkExperience work(Fields f, JsonNode node, String at, String id, String employerField,
            String language) {
        String position = f.text(node, at, "position", true);
        // Before 1.0 the employer was 'company'; JSON Resume 1.0 renamed it 'name'.
        String employer = f.text(node, at, employerField, false);
        if (employer == null && Fields.get(node, employerField) == null) {
            employer = f.text(node, at, "company", false);
        }
        PartialDate start = date(f, node, at, "startDate", true);
        PartialDate end = date(f, node, at, "endDate", false);
        List<MultilingualText> tasks = new ArrayList<>();
        String summary = f.text(node, at, "summary", false);
        if (summary != null) {
            tasks.add(MultilingualText.of(language, summary));
        }
        tasks.addAll(texts(f, node, at, "highlights", language));
        if (position == null || start == null) {
            return null;
        }
        String employerName = employer;
        return build(f, at + "/endDate", () -> new WorkExperience(id, MultilingualText.of(language, position), null,
                employerName, start.first(), end == null ? null : end.last(), tasks, VerificationStatus.SELF_DECLARED,
                ValidityPeriod.UNLIMITED));
    }

    private static @Nullable Diploma education(Fields f, JsonNode node, String at, String id, String language) {
        String institution = f.text(node, at, "institution", false);
        String area = f.text(node, at, "area", false);
        String studyType = f.text(node, at, "studyType", false);
        date(f, node, at, "startDate", false);
        PartialDate end = date(f, node, at, "endDate", false);
        String programId = area != null && studyType != null ? studyType + ", " + area
                : area != null ? area : studyType != null ? studyType : institution;
        if (programId == null) {
            f.problem(at, Reason.MISSING_FIELD, "an education entry names no 'institution', 'area' or 'studyType'");
            return null;
        }
        return build(f, at, () -> new Diploma(id, programId, null,
                institution == null ? null : MultilingualText.of(language, institution), end == null ? null : end.last(),
                VerificationStatus.SELF_DECLARED, ValidityPeriod.UNLIMITED));
    }

    private static @Nullable CourseCertificate certificate(Fields f, JsonNode node, String at, String id,
            String language) {
        String title = f.text(node, at, "name", true);
        String issuer = f.text(node, at, "issuer", true);
        PartialDate date = date(f, node, at, "date", true);
        if (title == null || issuer == null || date == null) {
            return null;
        }
        return build(f, at, () -> new CourseCertificate(id, issuer, MultilingualText.of(language, title), null,
                List.of(), List.of(), date.first(), VerificationStatus.SELF_DECLARED, ValidityPeriod.UNLIMITED));
    }

    private static @Nullable VerifiedSkill skill(Fields f, JsonNode node, String at, String id, String language,
            LocalDate declaredOn) {
        String name = f.text(node, at, "name", true);
        List<MultilingualText> keywords = texts(f, node, at, "keywords", language);
        f.text(node, at, "level", false);
        if (name == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(name);
        for (int i = 0; i < keywords.size(); i++) {
            text.append(i == 0 ? ": " : ", ").append(keywords.get(i).get(language).orElse(""));
        }
        return build(f, at, () -> new VerifiedSkill(id, MultilingualText.of(language, text.toString()), null,
                SELF_DECLARED_PLATFORM, declaredOn, VerificationStatus.SELF_DECLARED, ValidityPeriod.UNLIMITED));
    }

    private static List<MultilingualText> texts(Fields f, JsonNode node, String at, String name, String language) {
        List<MultilingualText> texts = new ArrayList<>();
        JsonNode list = Fields.get(node, name);
        if (list == null) {
            return texts;
        }
        if (!list.isArray()) {
            f.problem(at + "/" + name, Reason.WRONG_TYPE, "'" + name + "' must be an array of texts");
            return texts;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            if (!item.isTextual()) {
                f.problem(at + "/" + name + "/" + i, Reason.WRONG_TYPE, "must be text, not " + Fields.describe(item));
            } else if (!item.asText().isBlank()) {
                texts.add(MultilingualText.of(language, item.asText().strip()));
            }
        }
        return texts;
    }

    private static @Nullable PartialDate date(Fields f, JsonNode node, String at, String name, boolean required) {
        String text = f.text(node, at, name, required);
        if (text == null) {
            return null;
        }
        PartialDate date = PartialDate.parse(text);
        if (date == null) {
            f.problem(at + "/" + name, Reason.INVALID_VALUE, "'" + name + "' must be a date written YYYY, YYYY-MM or"
                    + " YYYY-MM-DD, not '" + text + "'");
        }
        return date;
    }

    private static <T> @Nullable T build(Fields f, String at, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidValueException e) {
            f.problem(at, Reason.INVALID_VALUE, e.getMessage());
            return null;
        }
    }
}
