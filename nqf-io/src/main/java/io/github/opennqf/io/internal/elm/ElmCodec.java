package io.github.opennqf.io.internal.elm;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.opennqf.InvalidValueException;
import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.code.IscedField;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.FrameworkRef;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.io.FileFormat;
import io.github.opennqf.io.ReadLimits;
import io.github.opennqf.io.ReadProblem.Reason;
import io.github.opennqf.io.WriteReport;
import io.github.opennqf.io.elm.ElmFormat;
import io.github.opennqf.io.internal.json.LenientJson;
import io.github.opennqf.io.internal.json.LocatedTree;
import io.github.opennqf.program.CreditSystem;
import io.github.opennqf.program.Credits;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.program.NationalProgramCode;
import io.github.opennqf.text.MultilingualText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads and writes ELM v3 qualifications as JSON-LD; see {@link ElmFormat}. Thread-safe: no state between calls. */
public final class ElmCodec {
    static final String PROGRAM_URN = "urn:opennqf:program:";
    static final String LEVEL_URN = "urn:opennqf:level:";
    static final String CATEGORY_URN = "urn:opennqf:category:";
    static final String CREDIT_URN = "urn:opennqf:credit-system:";
    static final String EQF_IRI = "http://data.europa.eu/snb/eqf/";
    static final String ISCED_IRI = "http://data.europa.eu/snb/isced-f/";
    static final String ECTS_IRI = "http://data.europa.eu/snb/education-credit/6fcec5c5af";
    static final String ESCO_SKILL = "http://data.europa.eu/esco/skill/";
    static final String SKILL_TYPE = "http://data.europa.eu/esco/skill-type/";
    private static final Set<String> QUALIFICATION_FIELDS = Set.of("@context", "id", "type", "title", "eqfLevel", "nqfLevel",
            "creditPoint", "thematicArea", "qualificationCode", "learningOutcome");
    private static final Set<String> OUTCOME_FIELDS = Set.of("id", "type", "title", "relatedESCOSkill", "relatedSkill",
            "learningOutcomeType");
    private static final List<String> CONTEXT = List.of("https://www.w3.org/2018/credentials/v1",
            "http://data.europa.eu/snb/model/context/edc-ap");
    private static final ObjectMapper WRITER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private ElmCodec() {}

    public static ElmFormat.Read read(Path file, ReadLimits limits) {
        // a JWS JSON serialization starts with its payload, a string that may well pass the string
        // length limit before the "signatures" that tell what it is: look at the start first
        byte[] start;
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            start = in.readNBytes(64);
        } catch (IOException e) {
            return LenientJson.read(file, limits, ElmCodec::read);
        }
        if (new String(start, StandardCharsets.UTF_8).matches("(?s)\\s*\\{\\s*\"payload\"\\s*:.*")) {
            String source = String.valueOf(file.getFileName());
            throw new io.github.opennqf.io.ReadException(List.of(new io.github.opennqf.io.ReadProblem(
                    io.github.opennqf.io.Location.pointer(source, "/payload"), Reason.UNKNOWN_VALUE, SIGNED)));
        }
        return LenientJson.read(file, limits, ElmCodec::read);
    }

    private static final String SIGNED = "this is a signed credential (JWS JSON serialization); signatures"
            + " are not verified here: read the unsigned credential, or its payload as a file of its own";

    public static ElmFormat.Read read(InputStream in, String source, ReadLimits limits) {
        return LenientJson.read(in, source, limits, ElmCodec::read);
    }

    private static ElmFormat.@Nullable Read read(LenientJson json) {
        JsonNode root = json.root();
        if (root.isObject() && root.has("payload") && root.has("signatures")) {
            json.problem("", Reason.UNKNOWN_VALUE, SIGNED);
            return null;
        }
        Map<String, JsonNode> found = new LinkedHashMap<>();
        find(root, "", found, 0);
        if (found.isEmpty()) {
            json.problem("", Reason.MISSING_FIELD, "no object of type Qualification in the document; ELM credentials"
                    + " of other kinds (such as a LearningActivity's certificate of participation) hold no qualification");
            return null;
        }
        List<EducationalProgram> programs = new ArrayList<>();
        found.forEach((pointer, node) -> {
            EducationalProgram program = qualification(json, node, pointer);
            if (program != null) {
                programs.add(program);
            }
        });
        return json.failed() ? null : new ElmFormat.Read(programs, json.warnings());
    }

    private static void find(JsonNode node, String pointer, Map<String, JsonNode> found, int depth) {
        if (node.isObject()) {
            if (isQualification(node)) {
                found.put(pointer, node);
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                find(e.getValue(), LocatedTree.child(pointer, e.getKey()), found, depth + 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                find(node.get(i), pointer + "/" + i, found, depth + 1);
            }
        }
    }

    private static boolean isQualification(JsonNode node) {
        for (JsonNode type : LenientJson.oneOrMany(node.get("type"))) {
            if (type.isTextual() && type.asText().equals("Qualification")) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable EducationalProgram qualification(LenientJson json, JsonNode q, String at) {
        json.warnUnknown(q, at, QUALIFICATION_FIELDS, "Qualification");
        URI iri = json.uri(q, at, "id", true);
        MultilingualText title = languageMap(json, q, at, "title", true);
        // a missing id or title still lets every other field be checked, so that all problems are reported
        String programIri = iri == null ? PROGRAM_URN : iri.toString();
        String id = iri == null ? "?" : decoded(programIri, PROGRAM_URN);
        LevelRef level = null;
        String eqf = conceptId(json, q, at, "eqfLevel");
        if (eqf != null) {
            if (eqf.startsWith(EQF_IRI) && eqf.substring(EQF_IRI.length()).matches("[1-8]")) {
                level = LevelRef.parse(FrameworkRef.EQF_2017 + "/" + eqf.substring(EQF_IRI.length()));
            } else {
                json.problem(at + "/eqfLevel", Reason.INVALID_VALUE, "'" + eqf + "' is not an EQF level IRI ("
                        + EQF_IRI + "1 to 8)");
            }
        }
        String nqf = conceptId(json, q, at, "nqfLevel");
        if (nqf != null && nqf.startsWith(LEVEL_URN)) {
            try {
                level = LevelRef.parse(decoded(nqf, LEVEL_URN));
            } catch (InvalidValueException e) {
                json.problem(at + "/nqfLevel", Reason.INVALID_VALUE, e.getMessage());
            }
        } else if (nqf != null) {
            json.warn(at + "/nqfLevel", "nqfLevel " + nqf + " is not a level of a framework OpenNQF knows; not read");
        }
        EducationalProgram.Builder builder = EducationalProgram.builder(id,
                title == null ? MultilingualText.of(MultilingualText.UNDETERMINED, "?") : title, level);
        credits(json, q, at, builder);
        List<JsonNode> areas = LenientJson.oneOrMany(q.get("thematicArea"));
        for (int i = 0; i < areas.size(); i++) {
            String pointer = at + "/thematicArea" + (q.get("thematicArea").isArray() ? "/" + i : "");
            String area = areas.get(i).isObject() && areas.get(i).has("id") ? areas.get(i).get("id").asText() : "";
            if (i > 0) {
                json.warn(pointer, "a program has one ISCED-F field; thematicArea " + area + " is not read");
            } else if (area.startsWith(ISCED_IRI)) {
                try {
                    builder.field(IscedField.parse(area.substring(ISCED_IRI.length())));
                } catch (InvalidValueException e) {
                    json.problem(pointer, Reason.INVALID_VALUE, e.getMessage());
                }
            } else {
                json.warn(pointer, "thematicArea '" + area + "' is not an ISCED-F IRI; not read");
            }
        }
        JsonNode code = q.get("qualificationCode");
        List<JsonNode> codes = LenientJson.oneOrMany(code);
        for (int i = 0; i < codes.size(); i++) {
            String pointer = at + "/qualificationCode" + (code.isArray() ? "/" + i : "");
            JsonNode notation = codes.get(i).isObject() ? codes.get(i).get("notation") : codes.get(i);
            try {
                if (i > 0) {
                    throw new InvalidValueException("qualificationCode", String.valueOf(notation), "a program has one code");
                }
                builder.code(NationalProgramCode.parse(notation == null ? "" : notation.asText()));
            } catch (InvalidValueException e) {
                json.warn(pointer, "qualificationCode not read: " + e.getMessage());
            }
        }
        List<JsonNode> outcomes = LenientJson.oneOrMany(q.get("learningOutcome"));
        for (int i = 0; i < outcomes.size(); i++) {
            String pointer = at + "/learningOutcome" + (q.get("learningOutcome").isArray() ? "/" + i : "");
            LearningOutcome outcome = outcome(json, outcomes.get(i), pointer, programIri);
            if (outcome != null) {
                builder.outcome(outcome);
            }
        }
        if (json.failed() || iri == null || title == null) {
            return null;
        }
        try {
            return builder.build();
        } catch (InvalidValueException e) {
            json.problem(at, Reason.INVALID_VALUE, e.getMessage());
            return null;
        }
    }

    private static void credits(LenientJson json, JsonNode q, String at, EducationalProgram.Builder builder) {
        JsonNode node = q.get("creditPoint");
        List<JsonNode> points = LenientJson.oneOrMany(node);
        for (int i = 0; i < points.size(); i++) {
            String pointer = at + "/creditPoint" + (node.isArray() ? "/" + i : "");
            JsonNode p = points.get(i);
            if (i > 0) {
                json.warn(pointer, "a program has one credit figure; this creditPoint is not read");
                continue;
            }
            if (!p.isObject()) {
                json.problem(pointer, Reason.WRONG_TYPE, "creditPoint must be an object");
                continue;
            }
            String framework = conceptId(json, p, pointer, "framework");
            String point = json.text(p, pointer, "point", true);
            CreditSystem system = null;
            if (ECTS_IRI.equals(framework)) {
                system = CreditSystem.ECTS;
            } else if (framework != null && framework.startsWith(CREDIT_URN)) {
                try {
                    system = CreditSystem.valueOf(decoded(framework, CREDIT_URN));
                } catch (IllegalArgumentException e) {
                    json.problem(pointer + "/framework", Reason.UNKNOWN_VALUE, "unknown credit system " + framework);
                }
            } else {
                json.warn(pointer + "/framework", "credit framework " + framework + " is not one OpenNQF knows;"
                        + " creditPoint not read");
            }
            if (system != null && point != null) {
                try {
                    builder.credits(new Credits(new BigDecimal(point.strip()), system));
                } catch (NumberFormatException | InvalidValueException e) {
                    json.problem(pointer + "/point", Reason.INVALID_VALUE, "'" + point + "' is not a credit figure"
                            + (e instanceof InvalidValueException ? ": " + e.getMessage() : ""));
                }
            }
        }
    }

    private static @Nullable LearningOutcome outcome(LenientJson json, JsonNode o, String at, String programIri) {
        if (!o.isObject()) {
            json.problem(at, Reason.WRONG_TYPE, "a learningOutcome must be an object");
            return null;
        }
        json.warnUnknown(o, at, OUTCOME_FIELDS, "LearningOutcome");
        URI iri = json.uri(o, at, "id", true);
        MultilingualText statement = languageMap(json, o, at, "title", true);
        DescriptorCategory category = DescriptorCategory.ESCO_SKILL_COMPETENCE;
        String type = conceptId(json, o, at, "learningOutcomeType");
        if (type != null) {
            if (type.equals(SKILL_TYPE + "knowledge")) {
                category = DescriptorCategory.ESCO_KNOWLEDGE;
            } else if (type.startsWith(CATEGORY_URN)) {
                try {
                    category = DescriptorCategory.fromCode(decoded(type, CATEGORY_URN));
                } catch (InvalidValueException e) {
                    json.problem(at + "/learningOutcomeType", Reason.UNKNOWN_VALUE, e.getMessage());
                }
            } else if (!type.equals(SKILL_TYPE + "skill")) {
                json.warn(at + "/learningOutcomeType", "learningOutcomeType " + type + " is not one OpenNQF knows;"
                        + " the outcome is read as esco-skill-competence");
            }
        }
        List<ConceptRef> concepts = new ArrayList<>();
        for (String field : List.of("relatedESCOSkill", "relatedSkill")) {
            JsonNode node = o.get(field);
            List<JsonNode> skills = LenientJson.oneOrMany(node);
            for (int i = 0; i < skills.size(); i++) {
                String pointer = at + "/" + field + (node.isArray() ? "/" + i : "");
                JsonNode skill = skills.get(i);
                URI uri = skill.isObject() ? json.uri(skill, pointer, "id", true)
                        : skill.isTextual() ? json.uri(skill.asText(), pointer) : null;
                if (uri != null) {
                    concepts.add(new ConceptRef(uri));
                } else if (!skill.isObject() && !skill.isTextual()) {
                    json.problem(pointer, Reason.WRONG_TYPE, field + " must hold concepts or IRIs");
                }
            }
        }
        if (iri == null || statement == null) {
            return null;
        }
        String id = iri.toString().startsWith(programIri + ":outcome:")
                ? URLDecoder.decode(iri.toString().substring(programIri.length() + ":outcome:".length()), StandardCharsets.UTF_8)
                : iri.toString();
        return new LearningOutcome(id, category, statement, null, concepts);
    }

    /** The {@code id} of a concept field (an object with an id, or an IRI string), or null if absent. */
    private static @Nullable String conceptId(LenientJson json, JsonNode parent, String at, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            if (node.size() > 1) {
                json.warn(LocatedTree.child(at, name), "only the first of " + node.size() + " " + name + " values is read");
            }
            node = node.size() == 0 ? null : node.get(0);
            if (node == null) {
                return null;
            }
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isObject() && node.has("id") && node.get("id").isTextual()) {
            return node.get("id").asText();
        }
        json.problem(LocatedTree.child(at, name), Reason.WRONG_TYPE, "'" + name + "' must be a concept with an id");
        return null;
    }

    private static @Nullable MultilingualText languageMap(LenientJson json, JsonNode parent, String at, String name,
            boolean required) {
        JsonNode node = parent.get(name);
        String pointer = LocatedTree.child(at, name);
        if (node == null || node.isNull()) {
            if (required) {
                json.problem(at, Reason.MISSING_FIELD, "'" + name + "' is missing");
            }
            return null;
        }
        if (node.isTextual() && !node.asText().isBlank()) {
            return MultilingualText.of(MultilingualText.UNDETERMINED, node.asText());
        }
        if (!node.isObject() || node.isEmpty()) {
            json.problem(pointer, Reason.WRONG_TYPE, "'" + name + "' must be a language map such as {\"en\": \"...\"}");
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                json.problem(LocatedTree.child(pointer, e.getKey()), Reason.WRONG_TYPE, "a text must be a non-blank string");
                continue;
            }
            texts.put(e.getKey(), e.getValue().asText());
        }
        try {
            return texts.isEmpty() ? null : MultilingualText.of(texts);
        } catch (InvalidValueException e) {
            json.problem(pointer, Reason.INVALID_VALUE, e.getMessage());
            return null;
        }
    }

    private static String decoded(String iri, String prefix) {
        return iri.startsWith(prefix) ? URLDecoder.decode(iri.substring(prefix.length()), StandardCharsets.UTF_8) : iri;
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public static WriteReport write(List<EducationalProgram> programs, OutputStream out) {
        if (programs.isEmpty()) {
            throw new IllegalArgumentException("there is no program to write");
        }
        List<String> dropped = new ArrayList<>();
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ArrayNode context = root.putArray("@context");
        CONTEXT.forEach(context::add);
        if (programs.size() == 1) {
            qualification(root, programs.get(0), dropped);
        } else {
            ArrayNode graph = root.putArray("@graph");
            programs.forEach(p -> qualification(graph.addObject(), p, dropped));
        }
        try {
            WRITER.writeValue(out, root);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WriteReport(FileFormat.ELM, dropped);
    }

    private static void qualification(ObjectNode q, EducationalProgram p, List<String> dropped) {
        String iri = PROGRAM_URN + encoded(p.id());
        q.put("id", iri);
        q.put("type", "Qualification");
        languageMap(q.putObject("title"), p.title());
        LevelRef level = p.level();
        if (level != null && level.framework().equals(FrameworkRef.EQF_2017) && level.level().toString().matches("[1-8]")) {
            concept(q.putObject("eqfLevel"), EQF_IRI + level.level());
        } else if (level != null) {
            concept(q.putObject("nqfLevel"), LEVEL_URN + encoded(level.toString()));
        }
        Credits credits = p.credits();
        if (credits != null) {
            ObjectNode point = q.putObject("creditPoint");
            point.put("type", "CreditPoint");
            concept(point.putObject("framework"), credits.system() == CreditSystem.ECTS ? ECTS_IRI
                    : CREDIT_URN + credits.system().name());
            point.put("point", credits.amount().toPlainString());
        }
        IscedField field = p.field();
        if (field != null) {
            concept(q.putObject("thematicArea"), ISCED_IRI + field.code());
        }
        NationalProgramCode code = p.code();
        if (code != null) {
            ObjectNode c = q.putObject("qualificationCode");
            c.put("type", "Concept");
            c.put("notation", code.toString());
        }
        ArrayNode outcomes = q.putArray("learningOutcome");
        for (LearningOutcome o : p.outcomes()) {
            ObjectNode n = outcomes.addObject();
            n.put("id", iri + ":outcome:" + encoded(o.id()));
            n.put("type", "LearningOutcome");
            languageMap(n.putObject("title"), o.statement());
            DescriptorCategory c = o.category();
            concept(n.putObject("learningOutcomeType"), c == DescriptorCategory.ESCO_KNOWLEDGE ? SKILL_TYPE + "knowledge"
                    : c == DescriptorCategory.ESCO_SKILL_COMPETENCE ? SKILL_TYPE + "skill" : CATEGORY_URN + c.code());
            ArrayNode esco = f(n, "relatedESCOSkill");
            ArrayNode other = f(n, "relatedSkill");
            for (ConceptRef concept : o.concepts()) {
                concept((concept.uri().toString().startsWith(ESCO_SKILL) ? esco : other).addObject(), concept.uri().toString());
            }
            if (esco.isEmpty()) {
                n.remove("relatedESCOSkill");
            }
            if (other.isEmpty()) {
                n.remove("relatedSkill");
            }
            if (o.level() != null) {
                dropped.add("the level of outcome " + o.id() + " of program " + p.id());
            }
        }
        List<String> parts = new ArrayList<>();
        if (p.awardedQualification() != null) {
            parts.add("awarded qualification");
        }
        if (!p.modules().isEmpty()) {
            parts.add("modules");
        }
        if (!p.standardCodes().isEmpty()) {
            parts.add("standard codes");
        }
        if (!parts.isEmpty()) {
            dropped.add("the " + String.join(", ", parts) + " of program " + p.id());
        }
    }

    private static ArrayNode f(ObjectNode node, String name) {
        return node.putArray(name);
    }

    private static void concept(ObjectNode node, String id) {
        node.put("id", id);
        node.put("type", "Concept");
    }

    private static void languageMap(ObjectNode node, MultilingualText text) {
        text.asMap().forEach(node::put);
    }
}
