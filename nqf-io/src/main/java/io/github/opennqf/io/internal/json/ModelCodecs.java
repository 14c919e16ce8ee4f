package io.github.opennqf.io.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.code.IscedField;
import io.github.opennqf.code.IscoCode;
import io.github.opennqf.code.OkedCode;
import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.evidence.CourseCertificate;
import io.github.opennqf.evidence.Diploma;
import io.github.opennqf.evidence.Evidence;
import io.github.opennqf.evidence.PersonalDetails;
import io.github.opennqf.evidence.RecognitionResult;
import io.github.opennqf.evidence.ValidityPeriod;
import io.github.opennqf.evidence.VerificationStatus;
import io.github.opennqf.evidence.VerifiedSkill;
import io.github.opennqf.evidence.WorkExperience;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.FrameworkLevel;
import io.github.opennqf.framework.FrameworkRef;
import io.github.opennqf.framework.Level;
import io.github.opennqf.framework.LevelCorrespondence;
import io.github.opennqf.framework.LevelMapping;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.framework.MappingStatus;
import io.github.opennqf.framework.ProfessionPlacement;
import io.github.opennqf.framework.Provenance;
import io.github.opennqf.framework.QualificationsFramework;
import io.github.opennqf.framework.SectoralFramework;
import io.github.opennqf.framework.SectoralLevel;
import io.github.opennqf.framework.TextOrigin;
import io.github.opennqf.io.ReadProblem.Reason;
import io.github.opennqf.labour.Job;
import io.github.opennqf.program.CreditSystem;
import io.github.opennqf.program.Credits;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.program.NationalProgramCode;
import io.github.opennqf.program.ProgramModule;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.standard.StandardPassport;
import io.github.opennqf.text.MultilingualText;
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The codecs of the core model, one declaration per type: field names are the record component
 * names. Immutable and shared.
 */
final class ModelCodecs {
    /** The one table of evidence kinds: each type's tag, written in the {@code kind} field. */
    static final Map<Class<? extends Evidence>, String> KIND_TAGS = Map.of(
            Diploma.class, "diploma",
            CourseCertificate.class, "course-certificate",
            WorkExperience.class, "work-experience",
            RecognitionResult.class, "recognition-result",
            VerifiedSkill.class, "verified-skill");

    private ModelCodecs() {}

    // ---- scalars -------------------------------------------------------------------------------

    static final Codec<LocalDate> DATE = ValueCodecs.parsed("a date such as \"2025-06-30\"", LocalDate::parse,
            LocalDate::toString, ValueCodecs.format("date"));

    static final Codec<Period> PERIOD = ValueCodecs.parsed("an ISO 8601 period such as \"P3Y\"", Period::parse,
            Period::toString, ValueCodecs.pattern("^P(?!$)(-?[0-9]+Y)?(-?[0-9]+M)?(-?[0-9]+W)?(-?[0-9]+D)?$"));

    // java.net.URI, and so the model, takes non-ASCII letters as they are (https://kk.wikipedia.org/wiki/Бағдарлама):
    // an IRI (RFC 3987), which the schema's format "uri" (RFC 3986, ASCII only) would reject.
    static final Codec<URI> URI_CODEC = ValueCodecs.parsed("an absolute URI", ModelCodecs::absoluteUri, URI::toString,
            ValueCodecs.format("iri"));

    static final Codec<ConceptRef> CONCEPT = ValueCodecs.parsed("a concept URI such as an ESCO skill",
            ConceptRef::parse, ConceptRef::toString, ValueCodecs.format("iri"));

    static final Codec<IscoCode> ISCO = ValueCodecs.parsed("an ISCO-08 / НКЗ occupation code such as \"2512\"",
            IscoCode::parse, IscoCode::toString, ValueCodecs.pattern("^([0-9]{1,4}|[0-9]{4}(-[0-9]{1,4})+)$"));

    static final Codec<OkedCode> OKED = ValueCodecs.parsed("an ОКЭД activity code such as \"62.01\"",
            OkedCode::parse, OkedCode::toString, ValueCodecs.pattern("^([A-U]|[0-9]{2}(\\.[0-9]([0-9](\\.[0-9])?)?)?)$"));

    static final Codec<IscedField> ISCED_FIELD = ValueCodecs.parsed("an ISCED-F field code such as \"0613\"",
            IscedField::parse, IscedField::toString, ValueCodecs.pattern("^(0[0-9]|10|99)[0-9]{0,2}$"));

    static final Codec<NationalProgramCode> PROGRAM_CODE = ValueCodecs.parsed(
            "a program code such as \"6B06101\", \"06130100\" or \"4S06130105\"", NationalProgramCode::parse,
            Object::toString, ValueCodecs.pattern(
                    "^((6B|7M|8D)(0[0-9]|10|99)[0-9]{3}|(0[0-9]|10|99)[0-9]{6}|[1-5](W|S|AB)(0[0-9]|10|99)[0-9]{6})$"));

    static final Codec<Level> LEVEL = new LevelCodec();

    /** A framework's own identity (in a framework document): not a reference. */
    static final Codec<FrameworkRef> FRAMEWORK_ID = ValueCodecs.parsed("a framework id such as \"kz-nqf:2025\"",
            FrameworkRef::parse, FrameworkRef::toString,
            ValueCodecs.pattern("^[a-z0-9][a-z0-9-]{0,63}:[A-Za-z0-9][A-Za-z0-9.-]{0,31}$"));

    /** A reference to a framework, which must be known to the read. */
    static final Codec<FrameworkRef> FRAMEWORK_REF = resolved(FRAMEWORK_ID, (in, pointer, ref) ->
            in.resolves(pointer, ref, null));

    private static final Codec<LevelRef> LEVEL_REF_TEXT = ValueCodecs.parsed(
            "a level of a framework such as \"kz-nqf:2025/6\"", LevelRef::parse, LevelRef::toString,
            ValueCodecs.pattern("^[a-z0-9][a-z0-9-]{0,63}:[A-Za-z0-9][A-Za-z0-9.-]{0,31}/[0-8](\\.[1-9][0-9]?)?$"));

    /** A reference to a level of a framework, which must be known to the read and have that level. */
    static final Codec<LevelRef> LEVEL_REF = resolved(LEVEL_REF_TEXT, (in, pointer, ref) ->
            in.resolves(pointer, ref.framework(), ref.level()));

    /** Checks that a value read refers to something the read knows; records a problem when not. */
    private interface Resolution<T> {
        boolean resolves(Binding in, String pointer, T value);
    }

    /** @return a codec that reads as {@code base} does, then checks the reference resolves */
    private static <T> Codec<T> resolved(Codec<T> base, Resolution<T> resolution) {
        return new Codec<>() {
            @Override
            public @Nullable T read(Binding in, String pointer, JsonNode node) {
                T value = base.read(in, pointer, node);
                return value != null && resolution.resolves(in, pointer, value) ? value : null;
            }

            @Override
            public JsonNode write(T value) {
                return base.write(value);
            }

            @Override
            public ObjectNode schema(SchemaDefinitions definitions) {
                return base.schema(definitions);
            }

            @Override
            public String describe() {
                return base.describe();
            }
        };
    }

    static final Codec<DescriptorCategory> CATEGORY = ValueCodecs.enumBy(DescriptorCategory.class,
            DescriptorCategory::code, "descriptor category");

    static final Codec<VerificationStatus> VERIFICATION = ValueCodecs.enumByName(VerificationStatus.class,
            "verification status");

    private static final Codec<MultilingualText> TEXT = ValueCodecs.TEXT;
    private static final Codec<String> ID = ValueCodecs.ID;
    private static final Codec<String> STRING = ValueCodecs.STRING;

    // ---- frameworks ----------------------------------------------------------------------------

    static final Codec<Provenance> PROVENANCE;
    static final Codec<QualificationsFramework> FRAMEWORK;
    static final Codec<LevelMapping> LEVEL_MAPPING;
    static final Codec<SectoralFramework> SECTORAL_FRAMEWORK;

    static {
        ObjectShape<Provenance> p = new ObjectShape<>("provenance", "a provenance (where content comes from)");
        var source = p.required("source", ID, Provenance::source);
        var uri = p.optional("uri", URI_CODEC, Provenance::uri);
        var note = p.optional("note", STRING, Provenance::note);
        PROVENANCE = p.build(v -> new Provenance(v.get(source), v.get(uri), v.get(note)));

        Codec<Map<DescriptorCategory, MultilingualText>> descriptors = ValueCodecs.mapOf(CATEGORY, TEXT);

        ObjectShape<FrameworkLevel> l = new ObjectShape<>("frameworkLevel", "a framework level");
        var level = l.required("level", LEVEL, FrameworkLevel::level);
        var levelTitle = l.required("title", TEXT, FrameworkLevel::title);
        var description = l.optional("description", TEXT, FrameworkLevel::description);
        var iri = l.optional("iri", URI_CODEC, FrameworkLevel::iri);
        var levelDescriptors = l.optional("descriptors", descriptors, FrameworkLevel::descriptors, Map.of());
        Codec<FrameworkLevel> frameworkLevel = l.build(v -> new FrameworkLevel(v.get(level), v.get(levelTitle),
                v.get(description), v.get(iri), v.get(levelDescriptors)));

        ObjectShape<QualificationsFramework> f = new ObjectShape<>("framework", "a qualifications framework");
        var ref = f.required("ref", FRAMEWORK_ID, QualificationsFramework::ref);
        var title = f.required("title", TEXT, QualificationsFramework::title);
        var languages = f.required("languages", ValueCodecs.listOf(ID), q -> q.languages().stream().sorted().toList());
        var categories = f.optional("categories", ValueCodecs.listOf(CATEGORY), QualificationsFramework::categories,
                List.of());
        var levels = f.required("levels", ValueCodecs.listOf(frameworkLevel), QualificationsFramework::levels);
        var origin = f.required("textOrigin", ValueCodecs.enumByName(TextOrigin.class, "text origin"),
                QualificationsFramework::textOrigin);
        var provenance = f.required("provenance", PROVENANCE, QualificationsFramework::provenance);
        FRAMEWORK = f.build(v -> new QualificationsFramework(v.get(ref), v.get(title),
                new LinkedHashSet<>(v.get(languages)), v.get(categories), v.get(levels), v.get(origin),
                v.get(provenance)));

        ObjectShape<LevelCorrespondence> c = new ObjectShape<>("levelCorrespondence",
                "a level correspondence (from, to)");
        var from = c.required("from", LEVEL, LevelCorrespondence::from);
        var to = c.required("to", LEVEL, LevelCorrespondence::to);
        Codec<LevelCorrespondence> pair = c.build(v -> new LevelCorrespondence(v.get(from), v.get(to)));

        ObjectShape<LevelMapping> m = new ObjectShape<>("levelMapping", "a level mapping between two frameworks");
        var mapFrom = m.required("from", FRAMEWORK_REF, LevelMapping::from);
        var mapTo = m.required("to", FRAMEWORK_REF, LevelMapping::to);
        var pairs = m.required("pairs", ValueCodecs.listOf(pair), LevelMapping::pairs);
        var status = m.required("status", ValueCodecs.enumByName(MappingStatus.class, "mapping status"),
                LevelMapping::status);
        var mapProvenance = m.required("provenance", PROVENANCE, LevelMapping::provenance);
        LEVEL_MAPPING = m.build(v -> new LevelMapping(v.get(mapFrom), v.get(mapTo), v.get(pairs), v.get(status),
                v.get(mapProvenance)));

        ObjectShape<SectoralLevel> sl = new ObjectShape<>("sectoralLevel", "a sectoral framework level");
        var sectoralLevel = sl.required("level", LEVEL, SectoralLevel::level);
        var sectoralDescriptors = sl.optional("descriptors", descriptors, SectoralLevel::descriptors, Map.of());
        Codec<SectoralLevel> sectoralLevelCodec = sl.build(v -> new SectoralLevel(v.get(sectoralLevel),
                v.get(sectoralDescriptors)));

        ObjectShape<ProfessionPlacement> pp = new ObjectShape<>("professionPlacement",
                "a profession placed on a sectoral level");
        var profession = pp.required("profession", TEXT, ProfessionPlacement::profession);
        var occupation = pp.optional("occupation", ISCO, ProfessionPlacement::occupation);
        var placementLevel = pp.required("level", LEVEL, ProfessionPlacement::level);
        Codec<ProfessionPlacement> placement = pp.build(v -> new ProfessionPlacement(v.get(profession),
                v.get(occupation), v.get(placementLevel)));

        ObjectShape<SectoralFramework> s = new ObjectShape<>("sectoralFramework", "a sectoral qualifications framework");
        var sectoralId = s.required("id", ID, SectoralFramework::id);
        var sectoralTitle = s.required("title", TEXT, SectoralFramework::title);
        var sectors = s.required("sectors", ValueCodecs.listOf(OKED), SectoralFramework::sectors);
        var basedOn = s.required("basedOn", FRAMEWORK_REF, SectoralFramework::basedOn);
        var sectoralLevels = s.optional("levels", ValueCodecs.listOf(sectoralLevelCodec), SectoralFramework::levels,
                List.of());
        var professions = s.optional("professions", ValueCodecs.listOf(placement), SectoralFramework::professions,
                List.of());
        SECTORAL_FRAMEWORK = s.build(v -> new SectoralFramework(v.get(sectoralId), v.get(sectoralTitle), v.get(sectors),
                v.get(basedOn), v.get(sectoralLevels), v.get(professions)));
    }

    // ---- standards -----------------------------------------------------------------------------

    static final Codec<Requirement> REQUIREMENT;
    static final Codec<ProfessionalStandard> STANDARD;

    static {
        ObjectShape<Requirement> r = new ObjectShape<>("requirement", "a requirement");
        var id = r.required("id", ID, Requirement::id);
        var category = r.required("category", CATEGORY, Requirement::category);
        var text = r.required("text", TEXT, Requirement::text);
        var weight = r.optional("weight", ValueCodecs.NUMBER, Requirement::weight, 1.0);
        var essential = r.optional("essential", ValueCodecs.BOOLEAN, Requirement::essential, false);
        var concepts = r.optional("concepts", ValueCodecs.listOf(CONCEPT), Requirement::concepts, List.of());
        REQUIREMENT = r.build(v -> new Requirement(v.get(id), v.get(category), v.get(text), v.get(weight),
                v.get(essential), v.get(concepts)));

        ObjectShape<LabourFunction> f = new ObjectShape<>("labourFunction", "a labour function");
        var functionId = f.required("id", ID, LabourFunction::id);
        var functionTitle = f.required("title", TEXT, LabourFunction::title);
        var requirements = f.optional("requirements", ValueCodecs.listOf(REQUIREMENT), LabourFunction::requirements,
                List.of());
        Codec<LabourFunction> function = f.build(v -> new LabourFunction(v.get(functionId), v.get(functionTitle),
                v.get(requirements)));

        ObjectShape<ProfessionCard> c = new ObjectShape<>("professionCard", "a profession card");
        var cardId = c.required("id", ID, ProfessionCard::id);
        var cardTitle = c.required("title", TEXT, ProfessionCard::title);
        var occupation = c.optional("occupation", ISCO, ProfessionCard::occupation);
        var level = c.optional("level", LEVEL_REF, ProfessionCard::level);
        var educationLevel = c.optional("requiredEducationLevel", LEVEL_REF, ProfessionCard::requiredEducationLevel);
        var education = c.optional("requiredEducation", TEXT, ProfessionCard::requiredEducation);
        var experience = c.optional("requiredExperience", PERIOD, ProfessionCard::requiredExperience);
        var functions = c.optional("labourFunctions", ValueCodecs.listOf(function), ProfessionCard::labourFunctions,
                List.of());
        Codec<ProfessionCard> card = c.build(v -> new ProfessionCard(v.get(cardId), v.get(cardTitle),
                v.get(occupation), v.get(level), v.get(educationLevel), v.get(education), v.get(experience),
                v.get(functions)));

        ObjectShape<StandardPassport> p = new ObjectShape<>("standardPassport", "a standard's passport");
        var code = p.required("code", ID, StandardPassport::code);
        var title = p.required("title", TEXT, StandardPassport::title);
        var sectors = p.optional("sectors", ValueCodecs.listOf(OKED), StandardPassport::sectors, List.of());
        var body = p.optional("approvingBody", TEXT, StandardPassport::approvingBody);
        var date = p.optional("approvalDate", DATE, StandardPassport::approvalDate);
        var order = p.optional("approvalOrder", STRING, StandardPassport::approvalOrder);
        var version = p.required("version", ID, StandardPassport::version);
        Codec<StandardPassport> passport = p.build(v -> new StandardPassport(v.get(code), v.get(title),
                v.get(sectors), v.get(body), v.get(date), v.get(order), v.get(version)));

        ObjectShape<ProfessionalStandard> s = new ObjectShape<>("standard", "a professional standard");
        var standardPassport = s.required("passport", passport, ProfessionalStandard::passport);
        var cards = s.optional("professionCards", ValueCodecs.listOf(card), ProfessionalStandard::professionCards,
                List.of());
        STANDARD = s.build(v -> new ProfessionalStandard(v.get(standardPassport), v.get(cards)));
    }

    // ---- programs ------------------------------------------------------------------------------

    static final Codec<EducationalProgram> PROGRAM;

    static {
        ObjectShape<Credits> cr = new ObjectShape<>("credits", "an amount of credits");
        var amount = cr.required("amount", ValueCodecs.DECIMAL, Credits::amount);
        var system = cr.required("system", ValueCodecs.enumByName(CreditSystem.class, "credit system"), Credits::system);
        Codec<Credits> credits = cr.build(v -> new Credits(v.get(amount), v.get(system)));

        ObjectShape<ProgramModule> m = new ObjectShape<>("programModule", "a program module");
        var moduleId = m.required("id", ID, ProgramModule::id);
        var moduleTitle = m.required("title", TEXT, ProgramModule::title);
        var moduleCredits = m.required("credits", credits, ProgramModule::credits);
        var outcomeIds = m.optional("outcomeIds", ValueCodecs.listOf(ID), ProgramModule::outcomeIds, List.of());
        Codec<ProgramModule> module = m.build(v -> new ProgramModule(v.get(moduleId), v.get(moduleTitle),
                v.get(moduleCredits), v.get(outcomeIds)));

        ObjectShape<LearningOutcome> o = new ObjectShape<>("learningOutcome", "a learning outcome");
        var outcomeId = o.required("id", ID, LearningOutcome::id);
        var category = o.required("category", CATEGORY, LearningOutcome::category);
        var statement = o.required("statement", TEXT, LearningOutcome::statement);
        var outcomeLevel = o.optional("level", LEVEL_REF, LearningOutcome::level);
        var concepts = o.optional("concepts", ValueCodecs.listOf(CONCEPT), LearningOutcome::concepts, List.of());
        Codec<LearningOutcome> outcome = o.build(v -> new LearningOutcome(v.get(outcomeId), v.get(category),
                v.get(statement), v.get(outcomeLevel), v.get(concepts)));

        ObjectShape<EducationalProgram> p = new ObjectShape<>("program", "an educational program");
        var id = p.required("id", ID, EducationalProgram::id);
        var code = p.optional("code", PROGRAM_CODE, EducationalProgram::code);
        var title = p.required("title", TEXT, EducationalProgram::title);
        var level = p.optional("level", LEVEL_REF, EducationalProgram::level);
        var qualification = p.optional("awardedQualification", TEXT, EducationalProgram::awardedQualification);
        var programCredits = p.optional("credits", credits, EducationalProgram::credits);
        var field = p.optional("field", ISCED_FIELD, EducationalProgram::field);
        var modules = p.optional("modules", ValueCodecs.listOf(module), EducationalProgram::modules, List.of());
        var outcomes = p.optional("outcomes", ValueCodecs.listOf(outcome), EducationalProgram::outcomes, List.of());
        var standardCodes = p.optional("standardCodes", ValueCodecs.listOf(ID), EducationalProgram::standardCodes,
                List.of());
        PROGRAM = p.build(v -> new EducationalProgram(v.get(id), v.get(code), v.get(title), v.get(level),
                v.get(qualification), v.get(programCredits), v.get(field), v.get(modules), v.get(outcomes),
                v.get(standardCodes)));
    }

    // ---- applicants ----------------------------------------------------------------------------

    static final Codec<ApplicantProfile> APPLICANT;
    /** A recognition result, as in an applicant's evidence (with its {@code kind}). */
    static final Codec<RecognitionResult> RECOGNITION_RESULT;
    /** A job (a main job in personal details, or a vacancy). */
    static final Codec<Job> JOB;

    static {
        ObjectShape<ValidityPeriod> vp = new ObjectShape<>("validityPeriod", "a validity period");
        var validFrom = vp.optional("from", DATE, ValidityPeriod::from);
        var validUntil = vp.optional("until", DATE, ValidityPeriod::until);
        Codec<ValidityPeriod> validity = vp.build(v -> new ValidityPeriod(v.get(validFrom), v.get(validUntil)));

        ObjectShape<Diploma> d = new ObjectShape<Diploma>("diploma", "a diploma").kind("diploma");
        var dId = d.required("id", ID, Diploma::id);
        var dProgram = d.required("programId", ID, Diploma::programId);
        var dCode = d.optional("programCode", PROGRAM_CODE, Diploma::programCode);
        var dInstitution = d.optional("institution", TEXT, Diploma::institution);
        var dAwarded = d.optional("awardedOn", DATE, Diploma::awardedOn);
        var dVerification = d.required("verification", VERIFICATION, Diploma::verification);
        var dValidity = d.optional("validity", validity, Diploma::validity, ValidityPeriod.UNLIMITED);
        Codec<Diploma> diploma = d.build(v -> new Diploma(v.get(dId), v.get(dProgram), v.get(dCode),
                v.get(dInstitution), v.get(dAwarded), v.get(dVerification), v.get(dValidity)));

        ObjectShape<CourseCertificate> c = new ObjectShape<CourseCertificate>("courseCertificate",
                "a course certificate").kind("course-certificate");
        var cId = c.required("id", ID, CourseCertificate::id);
        var cProvider = c.required("provider", ID, CourseCertificate::provider);
        var cTitle = c.required("title", TEXT, CourseCertificate::title);
        var cHours = c.optional("hours", ValueCodecs.DECIMAL, CourseCertificate::hours);
        var cOutcomes = c.optional("outcomes", ValueCodecs.listOf(TEXT), CourseCertificate::outcomes, List.of());
        var cSkills = c.optional("skills", ValueCodecs.listOf(CONCEPT), CourseCertificate::skills, List.of());
        var cIssued = c.required("issuedOn", DATE, CourseCertificate::issuedOn);
        var cVerification = c.required("verification", VERIFICATION, CourseCertificate::verification);
        var cValidity = c.optional("validity", validity, CourseCertificate::validity, ValidityPeriod.UNLIMITED);
        Codec<CourseCertificate> certificate = c.build(v -> new CourseCertificate(v.get(cId), v.get(cProvider),
                v.get(cTitle), v.get(cHours), v.get(cOutcomes), v.get(cSkills), v.get(cIssued), v.get(cVerification),
                v.get(cValidity)));

        ObjectShape<WorkExperience> w = new ObjectShape<WorkExperience>("workExperience", "a work experience")
                .kind("work-experience");
        var wId = w.required("id", ID, WorkExperience::id);
        var wRole = w.required("role", TEXT, WorkExperience::role);
        var wOccupation = w.optional("occupation", ISCO, WorkExperience::occupation);
        var wEmployer = w.optional("employer", STRING, WorkExperience::employer);
        var wStart = w.required("start", DATE, WorkExperience::start);
        var wEnd = w.optional("end", DATE, WorkExperience::end);
        var wTasks = w.optional("tasks", ValueCodecs.listOf(TEXT), WorkExperience::tasks, List.of());
        var wVerification = w.required("verification", VERIFICATION, WorkExperience::verification);
        var wValidity = w.optional("validity", validity, WorkExperience::validity, ValidityPeriod.UNLIMITED);
        Codec<WorkExperience> work = w.build(v -> new WorkExperience(v.get(wId), v.get(wRole), v.get(wOccupation),
                v.get(wEmployer), v.get(wStart), v.get(wEnd), v.get(wTasks), v.get(wVerification), v.get(wValidity)));

        ObjectShape<RecognitionResult> r = new ObjectShape<RecognitionResult>("recognitionResult",
                "a recognition result").kind("recognition-result");
        var rId = r.required("id", ID, RecognitionResult::id);
        var rStandard = r.required("standardCode", ID, RecognitionResult::standardCode);
        var rCard = r.required("professionCardId", ID, RecognitionResult::professionCardId);
        var rLevel = r.required("level", LEVEL_REF, RecognitionResult::level);
        var rAssessed = r.required("assessedOn", DATE, RecognitionResult::assessedOn);
        var rCentre = r.optional("centre", STRING, RecognitionResult::centre);
        var rVerification = r.required("verification", VERIFICATION, RecognitionResult::verification);
        var rValidity = r.optional("validity", validity, RecognitionResult::validity, ValidityPeriod.UNLIMITED);
        Codec<RecognitionResult> recognition = r.build(v -> new RecognitionResult(v.get(rId), v.get(rStandard),
                v.get(rCard), v.get(rLevel), v.get(rAssessed), v.get(rCentre), v.get(rVerification), v.get(rValidity)));
        RECOGNITION_RESULT = recognition;

        ObjectShape<VerifiedSkill> s = new ObjectShape<VerifiedSkill>("verifiedSkill", "a verified skill")
                .kind("verified-skill");
        var sId = s.required("id", ID, VerifiedSkill::id);
        var sSkill = s.required("skill", TEXT, VerifiedSkill::skill);
        var sConcept = s.optional("concept", CONCEPT, VerifiedSkill::concept);
        var sPlatform = s.required("platform", ID, VerifiedSkill::platform);
        var sVerifiedOn = s.required("verifiedOn", DATE, VerifiedSkill::verifiedOn);
        var sVerification = s.required("verification", VERIFICATION, VerifiedSkill::verification);
        var sValidity = s.optional("validity", validity, VerifiedSkill::validity, ValidityPeriod.UNLIMITED);
        Codec<VerifiedSkill> skill = s.build(v -> new VerifiedSkill(v.get(sId), v.get(sSkill), v.get(sConcept),
                v.get(sPlatform), v.get(sVerifiedOn), v.get(sVerification), v.get(sValidity)));

        Map<String, Codec<? extends Evidence>> kinds = new LinkedHashMap<>();
        kinds.put(KIND_TAGS.get(Diploma.class), diploma);
        kinds.put(KIND_TAGS.get(CourseCertificate.class), certificate);
        kinds.put(KIND_TAGS.get(WorkExperience.class), work);
        kinds.put(KIND_TAGS.get(RecognitionResult.class), recognition);
        kinds.put(KIND_TAGS.get(VerifiedSkill.class), skill);
        Codec<Evidence> evidence = ValueCodecs.union("evidence", "evidence of a qualification", ModelCodecs::kindOf,
                kinds);

        ObjectShape<Job> j = new ObjectShape<>("job", "a job (title, hours a day, hazardous, kind of work)");
        var jTitle = j.required("title", ID, Job::title);
        var jHours = j.required("hoursPerDay", ValueCodecs.NUMBER, Job::hoursPerDay);
        var jHazardous = j.optional("hazardous", ValueCodecs.BOOLEAN, Job::hazardous, false);
        var jKind = j.optional("kind", ValueCodecs.enumByName(Job.WorkKind.class, "kind of work"), Job::kind,
                Job.WorkKind.OTHER);
        Codec<Job> job = j.build(v -> new Job(v.get(jTitle), v.get(jHours), v.get(jHazardous), v.get(jKind)));
        JOB = job;

        ObjectShape<PersonalDetails> pd = new ObjectShape<>("personalDetails",
                "facts about the person (birth date, main job, civil-servant and healthcare-worker status)");
        var pdBirth = pd.optional("birthDate", DATE, PersonalDetails::birthDate);
        var pdJob = pd.optional("mainJob", job, PersonalDetails::mainJob);
        var pdCivil = pd.optional("civilServant", ValueCodecs.BOOLEAN, PersonalDetails::civilServant, false);
        var pdHealth = pd.optional("healthcareWorker", ValueCodecs.BOOLEAN, PersonalDetails::healthcareWorker, false);
        Codec<PersonalDetails> details = pd.build(v -> new PersonalDetails(v.get(pdBirth), v.get(pdJob), v.get(pdCivil),
                v.get(pdHealth)));

        ObjectShape<ApplicantProfile> a = new ObjectShape<>("applicant", "an applicant");
        var aId = a.required("id", ID, ApplicantProfile::id);
        var aName = a.optional("name", STRING, ApplicantProfile::name);
        var aEvidence = a.optional("evidence", ValueCodecs.listOf(evidence), ApplicantProfile::evidence, List.of());
        var aDetails = a.optional("details", details, ApplicantProfile::details, PersonalDetails.UNKNOWN);
        APPLICANT = a.build(v -> new ApplicantProfile(v.get(aId), v.get(aName), v.get(aEvidence), v.get(aDetails)));
    }

    /**
     * @return the tag of the evidence's kind
     * @throws IllegalStateException for a kind of evidence the table does not know, so that a new
     *     kind is never written under another's tag
     */
    static String kindOf(Evidence e) {
        String tag = KIND_TAGS.get(e.getClass());
        if (tag == null) {
            throw new IllegalStateException("no native tag for evidence of type " + e.getClass().getName()
                    + "; add it to ModelCodecs.KIND_TAGS");
        }
        return tag;
    }

    private static URI absoluteUri(String text) {
        URI uri = URI.create(text);
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("not absolute");
        }
        return uri;
    }

    /** A level: a string such as "6" or "6.2", or (as people write YAML) a whole number 0–8. */
    private static final class LevelCodec implements Codec<Level> {
        @Override
        public @Nullable Level read(Binding in, String pointer, JsonNode node) {
            if (node.isIntegralNumber() && node.canConvertToInt() && node.intValue() >= 0 && node.intValue() <= 8) {
                return Level.of(node.intValue());
            }
            if (!node.isTextual()) {
                in.problem(pointer, Reason.WRONG_TYPE, "expected " + describe() + ", found " + ValueCodecs.kindOf(node));
                return null;
            }
            try {
                return Level.parse(node.textValue());
            } catch (RuntimeException e) {
                in.problem(pointer, Reason.INVALID_VALUE, e.getMessage(), e);
                return null;
            }
        }

        @Override
        public JsonNode write(Level value) {
            return SchemaDefinitions.NODES.textNode(value.toString());
        }

        @Override
        public ObjectNode schema(SchemaDefinitions definitions) {
            ObjectNode s = SchemaDefinitions.NODES.objectNode();
            s.putArray("oneOf")
                    .add(ValueCodecs.pattern("^[0-8](\\.[1-9][0-9]?)?$"))
                    .add(SchemaDefinitions.NODES.objectNode().put("type", "integer").put("minimum", 0).put("maximum", 8));
            return s;
        }

        @Override
        public String describe() {
            return "a level such as \"6\" or \"6.2\"";
        }
    }

    /** The level ranks of every bundled framework, for resolving references. */
    static Map<FrameworkRef, Set<Integer>> ranks(List<QualificationsFramework> frameworks) {
        Map<FrameworkRef, Set<Integer>> ranks = new LinkedHashMap<>();
        for (QualificationsFramework f : frameworks) {
            Set<Integer> r = new LinkedHashSet<>();
            f.levels().forEach(l -> r.add(l.level().rank()));
            ranks.put(f.ref(), Set.copyOf(r));
        }
        return Map.copyOf(ranks);
    }
}
