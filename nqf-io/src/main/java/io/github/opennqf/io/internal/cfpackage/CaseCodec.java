package io.github.opennqf.io.internal.cfpackage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.opennqf.io.ReadLimits;
import io.github.opennqf.io.ReadProblem.Reason;
import io.github.opennqf.io.cfpackage.CaseAssociation;
import io.github.opennqf.io.cfpackage.CaseDocument;
import io.github.opennqf.io.cfpackage.CaseFormat;
import io.github.opennqf.io.cfpackage.CaseItem;
import io.github.opennqf.io.cfpackage.CasePackage;
import io.github.opennqf.io.internal.json.LenientJson;
import io.github.opennqf.io.internal.json.LocatedTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads and writes CASE 1.0 CFPackage JSON. Thread-safe: no state between calls. */
public final class CaseCodec {
    private static final Set<String> PACKAGE_FIELDS = Set.of("CFDocument", "CFItems", "CFAssociations");
    private static final Set<String> DOCUMENT_FIELDS = Set.of("identifier", "uri", "title", "creator", "language",
            "adoptionStatus", "description");
    private static final Set<String> ITEM_FIELDS = Set.of("identifier", "uri", "fullStatement", "humanCodingScheme",
            "abbreviatedStatement", "CFItemType", "educationLevel", "educationalLevel", "language", "notes");
    private static final Set<String> ASSOCIATION_FIELDS = Set.of("identifier", "uri", "associationType",
            "originNodeURI", "destinationNodeURI", "sequenceNumber");
    private static final ObjectMapper WRITER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private CaseCodec() {}

    public static CaseFormat.Read read(Path file, ReadLimits limits) {
        return LenientJson.read(file, limits, CaseCodec::read);
    }

    public static CaseFormat.Read read(InputStream in, String source, ReadLimits limits) {
        return LenientJson.read(in, source, limits, CaseCodec::read);
    }

    private static CaseFormat.@Nullable Read read(LenientJson json) {
        JsonNode root = json.root();
        if (!root.isObject()) {
            json.problem("", Reason.WRONG_TYPE, "a CFPackage must be a JSON object with CFDocument, CFItems and"
                    + " CFAssociations");
            return null;
        }
        json.warnUnknown(root, "", PACKAGE_FIELDS, "CFPackage");
        JsonNode doc = json.object(root, "", "CFDocument", true);
        CaseDocument document = doc == null ? null : document(json, doc);
        List<CaseItem> items = new ArrayList<>();
        Map<String, String> identifiers = new HashMap<>();
        List<JsonNode> itemNodes = array(json, root, "CFItems");
        for (int i = 0; i < itemNodes.size(); i++) {
            String at = "/CFItems/" + i;
            CaseItem item = item(json, itemNodes.get(i), at);
            if (item != null) {
                String first = identifiers.putIfAbsent(item.identifier(), at);
                if (first != null) {
                    json.problem(at + "/identifier", Reason.DUPLICATE, "item identifier '" + item.identifier()
                            + "' is also the identifier of " + first);
                }
                items.add(item);
            }
        }
        List<CaseAssociation> associations = new ArrayList<>();
        List<JsonNode> associationNodes = array(json, root, "CFAssociations");
        for (int i = 0; i < associationNodes.size(); i++) {
            CaseAssociation association = association(json, associationNodes.get(i), "/CFAssociations/" + i);
            if (association != null) {
                associations.add(association);
            }
        }
        if (document == null || json.failed()) {
            return null;
        }
        return new CaseFormat.Read(new CasePackage(document, items, associations), json.warnings());
    }

    private static List<JsonNode> array(LenientJson json, JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            json.problem("/" + name, Reason.WRONG_TYPE, "'" + name + "' must be an array");
            return List.of();
        }
        return LenientJson.oneOrMany(node);
    }

    private static @Nullable CaseDocument document(LenientJson json, JsonNode doc) {
        String at = "/CFDocument";
        json.warnUnknown(doc, at, DOCUMENT_FIELDS, "CFDocument");
        String identifier = json.text(doc, at, "identifier", true);
        URI uri = json.uri(doc, at, "uri", true);
        String title = json.text(doc, at, "title", true);
        String creator = json.text(doc, at, "creator", false);
        String language = language(json, doc, at);
        String status = json.text(doc, at, "adoptionStatus", false);
        String description = json.text(doc, at, "description", false);
        if (identifier == null || uri == null || title == null) {
            return null;
        }
        return new CaseDocument(identifier, uri, title, creator, language, status, description);
    }

    /** A {@code language} field, checked as a BCP 47 tag; a bad one is a located problem. */
    private static @Nullable String language(LenientJson json, JsonNode node, String at) {
        String language = json.text(node, at, "language", false);
        if (language == null) {
            return null;
        }
        try {
            io.github.opennqf.text.MultilingualText.normaliseTag(language);
            return language;
        } catch (io.github.opennqf.InvalidValueException e) {
            json.problem(LocatedTree.child(at, "language"), Reason.INVALID_VALUE, "'" + language
                    + "' is not a BCP 47 language tag");
            return null;
        }
    }

    private static @Nullable CaseItem item(LenientJson json, JsonNode item, String at) {
        if (!item.isObject()) {
            json.problem(at, Reason.WRONG_TYPE, "a CFItem must be an object");
            return null;
        }
        json.warnUnknown(item, at, ITEM_FIELDS, "CFItem");
        String identifier = json.text(item, at, "identifier", true);
        URI uri = json.uri(item, at, "uri", true);
        String statement = json.text(item, at, "fullStatement", true);
        List<String> levels = new ArrayList<>();
        for (String field : List.of("educationLevel", "educationalLevel")) {
            for (JsonNode level : LenientJson.oneOrMany(item.get(field))) {
                if (level.isTextual() || level.isNumber()) {
                    levels.add(level.asText());
                } else {
                    json.problem(LocatedTree.child(at, field), Reason.WRONG_TYPE, "'" + field
                            + "' must hold strings");
                }
            }
        }
        CaseItem value = identifier == null || uri == null || statement == null ? null
                : new CaseItem(identifier, uri, statement, json.text(item, at, "humanCodingScheme", false),
                        json.text(item, at, "abbreviatedStatement", false), json.text(item, at, "CFItemType", false),
                        levels, language(json, item, at), json.text(item, at, "notes", false));
        return value;
    }

    private static @Nullable CaseAssociation association(LenientJson json, JsonNode node, String at) {
        if (!node.isObject()) {
            json.problem(at, Reason.WRONG_TYPE, "a CFAssociation must be an object");
            return null;
        }
        json.warnUnknown(node, at, ASSOCIATION_FIELDS, "CFAssociation");
        String identifier = json.text(node, at, "identifier", true);
        URI uri = json.uri(node, at, "uri", true);
        String type = json.text(node, at, "associationType", true);
        CaseAssociation.Node origin = link(json, node, at, "originNodeURI");
        CaseAssociation.Node destination = link(json, node, at, "destinationNodeURI");
        Integer sequence = null;
        JsonNode number = node.get("sequenceNumber");
        if (number != null && !number.isNull()) {
            if (number.canConvertToInt() && number.isIntegralNumber()) {
                sequence = number.intValue();
            } else if (number.isTextual() && number.asText().matches("[0-9]{1,9}")) {
                // OpenSALT's pre-1.0 exports write it as a string
                sequence = Integer.parseInt(number.asText());
                json.warn(at + "/sequenceNumber", "sequenceNumber is a string; read as the number " + sequence);
            } else {
                json.problem(at + "/sequenceNumber", Reason.WRONG_TYPE, "'sequenceNumber' must be an integer");
            }
        }
        if (identifier == null || uri == null || type == null || origin == null || destination == null) {
            return null;
        }
        return new CaseAssociation(identifier, uri, type, origin, destination, sequence);
    }

    /** A LinkURI object, or (pre-1.0) a plain URI string whose identifier is its last segment. */
    private static CaseAssociation.@Nullable Node link(LenientJson json, JsonNode parent, String at, String name) {
        JsonNode node = parent.get(name);
        String pointer = LocatedTree.child(at, name);
        if (node != null && node.isTextual()) {
            URI uri = json.uri(node.asText(), pointer);
            if (uri == null) {
                return null;
            }
            String text = uri.toString();
            return new CaseAssociation.Node(text.substring(text.lastIndexOf('/') + 1), uri, null);
        }
        JsonNode object = json.object(parent, at, name, true);
        if (object == null) {
            return null;
        }
        String identifier = json.text(object, pointer, "identifier", true);
        URI uri = json.uri(object, pointer, "uri", true);
        String title = json.text(object, pointer, "title", false);
        return identifier == null || uri == null ? null : new CaseAssociation.Node(identifier, uri, title);
    }

    public static void write(CasePackage pkg, OutputStream out) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        CaseDocument d = pkg.document();
        ObjectNode doc = root.putObject("CFDocument");
        doc.put("identifier", d.identifier());
        doc.put("uri", d.uri().toString());
        doc.put("title", d.title());
        putIfPresent(doc, "creator", d.creator());
        putIfPresent(doc, "language", d.language());
        putIfPresent(doc, "adoptionStatus", d.adoptionStatus());
        putIfPresent(doc, "description", d.description());
        doc.putObject("CFPackageURI").put("title", d.title()).put("identifier", d.identifier())
                .put("uri", d.uri().toString());
        ArrayNode items = root.putArray("CFItems");
        for (CaseItem item : pkg.items()) {
            ObjectNode i = items.addObject();
            i.put("identifier", item.identifier());
            i.put("uri", item.uri().toString());
            i.put("fullStatement", item.fullStatement());
            putIfPresent(i, "humanCodingScheme", item.humanCodingScheme());
            putIfPresent(i, "abbreviatedStatement", item.abbreviatedStatement());
            putIfPresent(i, "CFItemType", item.itemType());
            if (!item.educationLevel().isEmpty()) {
                ArrayNode levels = i.putArray("educationLevel");
                item.educationLevel().forEach(levels::add);
            }
            putIfPresent(i, "language", item.language());
            putIfPresent(i, "notes", item.notes());
        }
        ArrayNode associations = root.putArray("CFAssociations");
        for (CaseAssociation a : pkg.associations()) {
            ObjectNode node = associations.addObject();
            node.put("identifier", a.identifier());
            node.put("uri", a.uri().toString());
            node.put("associationType", a.associationType());
            link(node.putObject("originNodeURI"), a.origin());
            link(node.putObject("destinationNodeURI"), a.destination());
            if (a.sequenceNumber() != null) {
                node.put("sequenceNumber", a.sequenceNumber());
            }
        }
        try {
            WRITER.writeValue(out, root);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void link(ObjectNode node, CaseAssociation.Node link) {
        node.put("title", link.title() == null ? link.identifier() : link.title());
        node.put("identifier", link.identifier());
        node.put("uri", link.uri().toString());
    }

    private static void putIfPresent(ObjectNode node, String name, @Nullable String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
