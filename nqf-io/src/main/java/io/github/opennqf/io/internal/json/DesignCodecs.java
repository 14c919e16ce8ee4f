package io.github.opennqf.io.internal.json;

import io.github.opennqf.design.EffortEstimate;
import io.github.opennqf.design.EffortItem;
import io.github.opennqf.design.EffortModel;
import io.github.opennqf.design.EffortRole;
import io.github.opennqf.design.Finding;
import io.github.opennqf.design.FindingKind;
import io.github.opennqf.design.OutcomeLink;
import io.github.opennqf.design.OutcomeWording;
import io.github.opennqf.design.ProgramDesign;
import io.github.opennqf.design.QaReport;
import java.util.List;

/**
 * The codecs of program designs, QA reports and effort estimates (package
 * {@code io.github.opennqf.design} of {@code nqf-matching}, an optional dependency of this module):
 * loaded only when such a document is read or written. Immutable and shared.
 */
final class DesignCodecs {
    private DesignCodecs() {}

    static final Codec<ProgramDesign> PROGRAM_DESIGN;
    static final Codec<QaReport> QA_REPORT;
    static final Codec<EffortEstimate> EFFORT_ESTIMATE;

    static {
        ObjectShape<OutcomeLink> l = new ObjectShape<>("outcomeLink", "a designed outcome's link to requirements");
        var outcomeId = l.required("outcomeId", ValueCodecs.ID, OutcomeLink::outcomeId);
        var standardCode = l.required("standardCode", ValueCodecs.ID, OutcomeLink::standardCode);
        var cardId = l.required("professionCardId", ValueCodecs.ID, OutcomeLink::professionCardId);
        var functionId = l.required("labourFunctionId", ValueCodecs.ID, OutcomeLink::labourFunctionId);
        var requirementIds = l.optional("requirementIds", ValueCodecs.listOf(ValueCodecs.ID),
                OutcomeLink::requirementIds, List.of());
        var link = l.build(v -> new OutcomeLink(v.get(outcomeId), v.get(standardCode), v.get(cardId),
                v.get(functionId), v.get(requirementIds)));

        ObjectShape<ProgramDesign> d = new ObjectShape<>("programDesign", "a program design");
        var program = d.required("program", ModelCodecs.PROGRAM, ProgramDesign::program);
        var links = d.optional("links", ValueCodecs.listOf(link), ProgramDesign::links, List.of());
        var notes = d.optional("notes", ValueCodecs.listOf(ValueCodecs.STRING), ProgramDesign::notes, List.of());
        PROGRAM_DESIGN = d.build(v -> new ProgramDesign(v.get(program), v.get(links), v.get(notes)));

        ObjectShape<OutcomeWording> w = new ObjectShape<>("outcomeWording", "how an outcome's wording reads");
        var wordingOutcome = w.required("outcomeId", ValueCodecs.ID, OutcomeWording::outcomeId);
        var language = w.required("language", ValueCodecs.ID, OutcomeWording::language);
        var verb = w.optional("verb", ValueCodecs.ID, OutcomeWording::verb);
        var cognitiveLevel = w.optional("cognitiveLevel", ValueCodecs.ID, OutcomeWording::cognitiveLevel);
        var lowestFit = w.optional("lowestFit", ValueCodecs.WHOLE_NUMBER, OutcomeWording::lowestFit, 0);
        var highestFit = w.optional("highestFit", ValueCodecs.WHOLE_NUMBER, OutcomeWording::highestFit, 0);
        var fit = w.required("fit", ValueCodecs.enumByName(OutcomeWording.Fit.class, "wording fit"),
                OutcomeWording::fit);
        var wording = w.build(v -> new OutcomeWording(v.get(wordingOutcome), v.get(language), v.get(verb),
                v.get(cognitiveLevel), v.get(lowestFit), v.get(highestFit), v.get(fit)));

        ObjectShape<Finding> f = new ObjectShape<>("finding", "a QA finding");
        var severity = f.required("severity", ValueCodecs.enumByName(Finding.Severity.class, "severity"),
                Finding::severity);
        var kind = f.required("kind", ValueCodecs.enumByName(FindingKind.class, "finding kind"), Finding::kind);
        var element = f.required("element", ValueCodecs.ID, Finding::element);
        var pointer = f.optional("pointer", ValueCodecs.STRING, Finding::pointer, "");
        var reason = f.required("reason", ValueCodecs.ID, Finding::reason);
        var finding = f.build(v -> new Finding(v.get(severity), v.get(kind), v.get(element), v.get(pointer),
                v.get(reason)));

        ObjectShape<QaReport> q = new ObjectShape<>("qaReport", "a QA report");
        var qaProgram = q.required("programId", ValueCodecs.ID, QaReport::programId);
        var qaLevel = q.required("level", ModelCodecs.LEVEL_REF, QaReport::level);
        var wordings = q.optional("wordings", ValueCodecs.listOf(wording), QaReport::wordings, List.of());
        var findings = q.optional("findings", ValueCodecs.listOf(finding), QaReport::findings, List.of());
        QA_REPORT = q.build(v -> new QaReport(v.get(qaProgram), v.get(qaLevel), v.get(wordings), v.get(findings)));

        ObjectShape<EffortModel> m = new ObjectShape<>("effortModel", "the parameters of an effort estimate");
        var write = m.required("hoursToWriteOutcome", ValueCodecs.NUMBER, EffortModel::hoursToWriteOutcome);
        var rewrite = m.required("hoursToRewriteOutcome", ValueCodecs.NUMBER, EffortModel::hoursToRewriteOutcome);
        var module = m.required("hoursToDesignModule", ValueCodecs.NUMBER, EffortModel::hoursToDesignModule);
        var perCredit = m.required("developmentHoursPerCredit", ValueCodecs.listOf(ValueCodecs.NUMBER),
                EffortModel::developmentHoursPerCredit);
        var expertOutcome = m.required("expertHoursPerOutcome", ValueCodecs.NUMBER, EffortModel::expertHoursPerOutcome);
        var expertModule = m.required("expertHoursPerModule", ValueCodecs.NUMBER, EffortModel::expertHoursPerModule);
        var experts = m.required("experts", ValueCodecs.POSITIVE_INTEGER, EffortModel::experts);
        var rounds = m.required("reviewRounds", ValueCodecs.POSITIVE_INTEGER, EffortModel::reviewRounds);
        var perOutcome = m.required("requirementsPerOutcome", ValueCodecs.POSITIVE_INTEGER,
                EffortModel::requirementsPerOutcome);
        var perModule = m.required("outcomesPerModule", ValueCodecs.POSITIVE_INTEGER, EffortModel::outcomesPerModule);
        var weakShare = m.required("weakRedevelopmentShare", ValueCodecs.NUMBER, EffortModel::weakRedevelopmentShare);
        var day = m.required("hoursPerDay", ValueCodecs.NUMBER, EffortModel::hoursPerDay);
        var model = m.build(v -> new EffortModel(v.get(write), v.get(rewrite), v.get(module), v.get(perCredit),
                v.get(expertOutcome), v.get(expertModule), v.get(experts), v.get(rounds), v.get(perOutcome),
                v.get(perModule), v.get(weakShare), v.get(day)));

        ObjectShape<EffortItem> i = new ObjectShape<>("effortItem", "a component of an effort estimate");
        var component = i.required("component", ValueCodecs.ID, EffortItem::component);
        var role = i.required("role", ValueCodecs.enumByName(EffortRole.class, "effort role"), EffortItem::role);
        var quantity = i.required("quantity", ValueCodecs.NUMBER, EffortItem::quantity);
        var unit = i.required("unit", ValueCodecs.ID, EffortItem::unit);
        var rate = i.required("hoursPerUnit", ValueCodecs.NUMBER, EffortItem::hoursPerUnit);
        var hours = i.required("hours", ValueCodecs.NUMBER, EffortItem::hours);
        var basis = i.required("basis", ValueCodecs.ID, EffortItem::basis);
        var item = i.build(v -> new EffortItem(v.get(component), v.get(role), v.get(quantity), v.get(unit),
                v.get(rate), v.get(hours), v.get(basis)));

        ObjectShape<EffortEstimate> e = new ObjectShape<>("effortEstimate", "an effort estimate");
        var effortProgram = e.required("programId", ValueCodecs.ID, EffortEstimate::programId);
        var effortStandard = e.optional("standardCode", ValueCodecs.ID, EffortEstimate::standardCode);
        var effortLevel = e.required("level", ModelCodecs.LEVEL_REF, EffortEstimate::level);
        var coverage = e.optional("coverage", ValueCodecs.NUMBER, EffortEstimate::coverage);
        var items = e.optional("items", ValueCodecs.listOf(item), EffortEstimate::items, List.of());
        var effortModel = e.required("model", model, EffortEstimate::model);
        EFFORT_ESTIMATE = e.build(v -> new EffortEstimate(v.get(effortProgram), v.get(effortStandard),
                v.get(effortLevel), v.get(coverage), v.get(items), v.get(effortModel)));
    }
}
