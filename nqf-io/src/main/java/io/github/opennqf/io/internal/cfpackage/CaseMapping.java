package io.github.opennqf.io.internal.cfpackage;

import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.io.cfpackage.CaseAssociation;
import io.github.opennqf.io.cfpackage.CaseDocument;
import io.github.opennqf.io.cfpackage.CaseItem;
import io.github.opennqf.io.cfpackage.CasePackage;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.standard.StandardPassport;
import io.github.opennqf.text.MultilingualText;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Maps CASE packages to and from standards and programs; see {@link CasePackage}. Thread-safe: no
 * state between calls.
 */
public final class CaseMapping {
    static final String CODE_URN = "urn:opennqf:case:";
    private static final String CHILD_OF = "isChildOf";
    private static final String EXACT_MATCH_OF = "exactMatchOf";

    private CaseMapping() {}

    /** One statement of a framework, as both sides see it. */
    private record Statement(String id, DescriptorCategory category, MultilingualText text, List<ConceptRef> concepts) {}

    public static ProfessionalStandard toStandard(CasePackage pkg) {
        String code = code(pkg.document());
        MultilingualText title = text(pkg.document().title(), pkg.document().language(), null);
        List<Requirement> requirements = new ArrayList<>();
        for (Statement s : statements(pkg)) {
            requirements.add(new Requirement(s.id(), s.category(), s.text(), 1.0, false, s.concepts()));
        }
        ProfessionCard card = ProfessionCard.of(code, title, null,
                List.of(new LabourFunction(code, title, requirements)));
        return new ProfessionalStandard(StandardPassport.of(code, title), List.of(card));
    }

    public static EducationalProgram toProgram(CasePackage pkg) {
        String code = code(pkg.document());
        EducationalProgram.Builder builder = EducationalProgram.builder(code,
                text(pkg.document().title(), pkg.document().language(), null), null);
        for (Statement s : statements(pkg)) {
            builder.outcome(new LearningOutcome(s.id(), s.category(), s.text(), null, s.concepts()));
        }
        return builder.build();
    }

    private static String code(CaseDocument document) {
        String uri = document.uri().toString();
        if (uri.startsWith(CODE_URN)) {
            return URLDecoder.decode(uri.substring(CODE_URN.length()), StandardCharsets.UTF_8);
        }
        return document.identifier();
    }

    private static MultilingualText text(String text, @Nullable String language, @Nullable String fallback) {
        String tag = language != null ? language : fallback != null ? fallback : MultilingualText.UNDETERMINED;
        return MultilingualText.of(tag, text);
    }

    private static List<Statement> statements(CasePackage pkg) {
        Map<String, Integer> codes = new HashMap<>();
        for (CaseItem item : pkg.items()) {
            if (item.humanCodingScheme() != null) {
                codes.merge(item.humanCodingScheme(), 1, Integer::sum);
            }
        }
        Map<String, List<URI>> matches = new HashMap<>();
        for (CaseAssociation a : pkg.associations()) {
            if (a.associationType().equals(EXACT_MATCH_OF)) {
                matches.computeIfAbsent(a.origin().identifier(), k -> new ArrayList<>()).add(a.destination().uri());
            }
        }
        List<Statement> statements = new ArrayList<>();
        for (CaseItem item : ordered(pkg)) {
            String code = item.humanCodingScheme();
            String id = code != null && !code.isBlank() && codes.get(code) == 1 ? code : item.identifier();
            DescriptorCategory category = DescriptorCategory.KZ_SKILLS;
            if (item.itemType() != null) {
                for (DescriptorCategory c : DescriptorCategory.values()) {
                    if (c.code().equals(item.itemType())) {
                        category = c;
                    }
                }
            }
            Set<ConceptRef> concepts = new LinkedHashSet<>();
            if (!item.uri().toString().equals("urn:uuid:" + item.identifier())) {
                concepts.add(new ConceptRef(item.uri()));
            }
            for (URI match : matches.getOrDefault(item.identifier(), List.of())) {
                concepts.add(new ConceptRef(match));
            }
            statements.add(new Statement(id, category, text(item.fullStatement(), item.language(),
                    pkg.document().language()), List.copyOf(concepts)));
        }
        return statements;
    }

    /** Items in tree order from the document, siblings by sequence number; unreached items after, in package order. */
    private static List<CaseItem> ordered(CasePackage pkg) {
        Map<String, CaseItem> byId = new LinkedHashMap<>();
        pkg.items().forEach(i -> byId.putIfAbsent(i.identifier(), i));
        Map<String, List<CaseAssociation>> children = new HashMap<>();
        for (CaseAssociation a : pkg.associations()) {
            if (a.associationType().equals(CHILD_OF) && byId.containsKey(a.origin().identifier())) {
                children.computeIfAbsent(a.destination().identifier(), k -> new ArrayList<>()).add(a);
            }
        }
        List<String> order = new ArrayList<>(byId.keySet());
        Comparator<CaseAssociation> siblings = Comparator
                .comparing((CaseAssociation a) -> a.sequenceNumber() == null ? Integer.MAX_VALUE : a.sequenceNumber())
                .thenComparing(a -> order.indexOf(a.origin().identifier()));
        children.values().forEach(list -> list.sort(siblings));
        List<CaseItem> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        visit(pkg.document().identifier(), children, byId, seen, result);
        for (CaseItem item : pkg.items()) {
            if (seen.add(item.identifier())) {
                result.add(item);
                visit(item.identifier(), children, byId, seen, result);
            }
        }
        return result;
    }

    private static void visit(String parent, Map<String, List<CaseAssociation>> children, Map<String, CaseItem> byId,
            Set<String> seen, List<CaseItem> result) {
        // an explicit stack: a framework may be deep, and a cycle must not loop
        List<String> stack = new ArrayList<>();
        List<CaseAssociation> first = children.getOrDefault(parent, List.of());
        for (int i = first.size() - 1; i >= 0; i--) {
            stack.add(first.get(i).origin().identifier());
        }
        while (!stack.isEmpty()) {
            String id = stack.remove(stack.size() - 1);
            if (!seen.add(id)) {
                continue;
            }
            result.add(byId.get(id));
            List<CaseAssociation> own = children.getOrDefault(id, List.of());
            for (int i = own.size() - 1; i >= 0; i--) {
                stack.add(own.get(i).origin().identifier());
            }
        }
    }

    public static CasePackage fromStandard(ProfessionalStandard standard, List<String> dropped) {
        List<Statement> statements = new ArrayList<>();
        for (Requirement r : standard.requirements()) {
            statements.add(new Statement(r.id(), r.category(), r.text(), r.concepts()));
        }
        if (standard.requirements().stream().anyMatch(r -> r.weight() != 1.0)) {
            dropped.add("requirement weights other than 1.0 (standard " + standard.code() + ")");
        }
        if (standard.requirements().stream().anyMatch(Requirement::essential)) {
            dropped.add("the essential flag of requirements (standard " + standard.code() + ")");
        }
        MultilingualText title = standard.passport().title();
        if (!standard.passport().equals(StandardPassport.of(standard.code(), title))) {
            dropped.add("passport details other than code and title (standard " + standard.code() + ")");
        }
        List<ProfessionCard> flat = List.of(ProfessionCard.of(standard.code(), title, null,
                List.of(new LabourFunction(standard.code(), title, standard.requirements()))));
        if (!standard.professionCards().equals(flat)) {
            dropped.add("profession cards and labour functions (ids, titles, levels, occupation codes), flattened into"
                    + " one list of items (standard " + standard.code() + ")");
        }
        return build(standard.code(), standard.passport().title(), statements, dropped);
    }

    public static CasePackage fromProgram(EducationalProgram program, List<String> dropped) {
        List<Statement> statements = new ArrayList<>();
        for (LearningOutcome o : program.outcomes()) {
            statements.add(new Statement(o.id(), o.category(), o.statement(), o.concepts()));
            if (o.level() != null) {
                dropped.add("the level of outcome " + o.id() + " (program " + program.id() + ")");
            }
        }
        List<String> parts = new ArrayList<>();
        if (program.level() != null) {
            parts.add("level");
        }
        if (program.code() != null) {
            parts.add("code");
        }
        if (program.credits() != null) {
            parts.add("credits");
        }
        if (program.field() != null) {
            parts.add("ISCED-F field");
        }
        if (program.awardedQualification() != null) {
            parts.add("awarded qualification");
        }
        if (!program.modules().isEmpty()) {
            parts.add("modules");
        }
        if (!program.standardCodes().isEmpty()) {
            parts.add("standard codes");
        }
        if (!parts.isEmpty()) {
            dropped.add("the " + String.join(", ", parts) + " of program " + program.id());
        }
        return build(program.id(), program.title(), statements, dropped);
    }

    private static CasePackage build(String code, MultilingualText title, List<Statement> statements, List<String> dropped) {
        String documentId = uuid("document " + code);
        URI documentUri = URI.create(CODE_URN + URLEncoder.encode(code, StandardCharsets.UTF_8));
        String titleTag = first(title, code, dropped);
        CaseDocument document = new CaseDocument(documentId, documentUri, title.asMap().get(titleTag),
                null, titleTag, null, null);
        List<CaseItem> items = new ArrayList<>();
        List<CaseAssociation> associations = new ArrayList<>();
        CaseAssociation.Node root = new CaseAssociation.Node(documentId, documentUri, document.title());
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            String itemId = uuid("item " + code + " " + s.id());
            URI uri = URI.create("urn:uuid:" + itemId);
            String tag = first(s.text(), s.id(), dropped);
            items.add(new CaseItem(itemId, uri, s.text().asMap().get(tag), s.id(), null, s.category().code(), List.of(),
                    tag, null));
            CaseAssociation.Node node = new CaseAssociation.Node(itemId, uri, s.id());
            associations.add(new CaseAssociation(uuid("child " + itemId), URI.create("urn:uuid:" + uuid("child " + itemId)),
                    CHILD_OF, node, root, i + 1));
            for (ConceptRef concept : s.concepts()) {
                String destination = uuid("concept " + concept.uri());
                String associationId = uuid("match " + itemId + " " + concept.uri());
                associations.add(new CaseAssociation(associationId, URI.create("urn:uuid:" + associationId),
                        EXACT_MATCH_OF, node, new CaseAssociation.Node(destination, concept.uri(), null), null));
            }
        }
        return new CasePackage(document, items, associations);
    }

    /** The first language of a text; the others are noted as dropped. */
    private static String first(MultilingualText text, String owner, List<String> dropped) {
        List<String> languages = new ArrayList<>(text.languages());
        if (languages.size() > 1) {
            dropped.add("the " + String.join(", ", languages.subList(1, languages.size())) + " text of " + owner
                    + " (CASE holds one language per statement)");
        }
        return languages.get(0);
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(("opennqf " + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
