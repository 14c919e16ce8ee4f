package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.io.cfpackage.CaseFormat;
import io.github.opennqf.io.cfpackage.CasePackage;
import io.github.opennqf.io.elm.ElmFormat;
import io.github.opennqf.program.Credits;
import io.github.opennqf.program.CreditSystem;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.standard.StandardPassport;
import io.github.opennqf.text.MultilingualText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Native → CASE → native and native → ELM → native keep every field the target format can hold. */
class ExternalFormatRoundTripTest {

    private static Arbitrary<MultilingualText> oneLanguage() {
        return Combinators.combine(Arbitraries.of("kk", "ru", "en", "und"), ModelArbitraries.stripped(60))
                .as(MultilingualText::of);
    }

    /** Standards of the shape CASE holds: one card and one function named as the standard, weight 1, not essential. */
    @Provide
    Arbitrary<ProfessionalStandard> caseShapedStandards() {
        Arbitrary<Requirement> requirement = Combinators.combine(ModelArbitraries.id(),
                Arbitraries.of(DescriptorCategory.class), oneLanguage(),
                ModelArbitraries.concept().list().ofMaxSize(3).uniqueElements())
                .as((id, category, text, concepts) -> new Requirement(id, category, text, 1.0, false, concepts));
        return Combinators.combine(ModelArbitraries.id().filter(code -> code.length() <= 64), oneLanguage(),
                requirement.list().ofMaxSize(8).uniqueElements(Requirement::id))
                .as((code, title, requirements) -> new ProfessionalStandard(StandardPassport.of(code, title),
                        List.of(ProfessionCard.of(code, title, null, List.of(new LabourFunction(code, title, requirements))))));
    }

    @Property(tries = 200)
    void standardThroughCaseIsUnchanged(@ForAll("caseShapedStandards") ProfessionalStandard standard) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CaseFormat.json().write(CasePackage.fromStandard(standard), out);
        CasePackage back = CaseFormat.json().readWithWarnings(new ByteArrayInputStream(out.toByteArray()), "case.json")
                .value();
        assertThat(back.toStandard()).isEqualTo(standard);
        assertThat(Documents.defaults().write(new Document<>(DocumentType.STANDARDS, List.of(standard)), FileFormat.CASE,
                new ByteArrayOutputStream()).dropped()).isEmpty();
    }

    @Property(tries = 200)
    void programThroughCaseKeepsItsOutcomes(@ForAll("caseShapedStandards") ProfessionalStandard standard) {
        EducationalProgram.Builder builder = EducationalProgram.builder(standard.code(), standard.passport().title(), null);
        standard.requirements().forEach(r -> builder.outcome(new LearningOutcome(r.id(), r.category(), r.text(), null,
                r.concepts())));
        EducationalProgram program = builder.build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CaseFormat.json().write(CasePackage.fromProgram(program), out);
        assertThat(CaseFormat.json().readWithWarnings(new ByteArrayInputStream(out.toByteArray()), "case.json")
                .value().toProgram()).isEqualTo(program);
    }

    /** Programs with every field ELM can carry: no modules, awarded qualification, standard codes or outcome levels. */
    @Provide
    Arbitrary<EducationalProgram> elmShapedPrograms() {
        Arbitrary<LearningOutcome> outcome = Combinators.combine(ModelArbitraries.id(),
                Arbitraries.of(DescriptorCategory.class), ModelArbitraries.multilingual(), ModelArbitraries.concepts())
                .as((id, category, statement, concepts) -> new LearningOutcome(id, category, statement, null, concepts));
        Arbitrary<Credits> credits = Combinators.combine(ModelArbitraries.creditAmount(), Arbitraries.of(CreditSystem.class))
                .as(Credits::new);
        return Combinators.combine(ModelArbitraries.id(), ModelArbitraries.multilingual(),
                        ModelArbitraries.levelRef().injectNull(0.2), credits.injectNull(0.3),
                        ModelArbitraries.iscedField().injectNull(0.3),
                        Arbitraries.of(ModelArbitraries.PROGRAM_CODES).injectNull(0.3),
                        outcome.list().ofMaxSize(6).uniqueElements(LearningOutcome::id))
                .as((id, title, level, credit, field, code, outcomes) -> {
                    EducationalProgram.Builder b = EducationalProgram.builder(id, title, level).credits(credit)
                            .field(field).code(code);
                    outcomes.forEach(b::outcome);
                    return b.build();
                });
    }

    @Property(tries = 200)
    void programThroughElmIsUnchangedButForConceptOrder(
            @ForAll("elmShapedPrograms") EducationalProgram program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WriteReport report = ElmFormat.jsonLd().write(List.of(program), out);
        boolean ownCategories = program.outcomes().stream().anyMatch(o -> o.category() != DescriptorCategory.ESCO_KNOWLEDGE
                && o.category() != DescriptorCategory.ESCO_SKILL_COMPETENCE);
        assertThat(report.dropped()).as("only categories ELM cannot type are reported")
                .hasSize(ownCategories ? 1 : 0).allSatisfy(d -> assertThat(d).startsWith("the categories of outcomes"));
        ElmFormat.Read read = ElmFormat.jsonLd().read(new ByteArrayInputStream(out.toByteArray()), "elm.jsonld");
        assertThat(read.warnings()).isEmpty();
        assertThat(read.programs()).containsExactly(escoConceptsFirst(program));
    }

    private static EducationalProgram escoConceptsFirst(EducationalProgram program) {
        EducationalProgram.Builder fresh = EducationalProgram.builder(program.id(), program.title(), program.level())
                .credits(program.credits()).field(program.field()).code(program.code());
        for (LearningOutcome o : program.outcomes()) {
            List<ConceptRef> sorted = new ArrayList<>();
            o.concepts().stream().filter(c -> c.uri().toString().startsWith("http://data.europa.eu/esco/skill/"))
                    .forEach(sorted::add);
            o.concepts().stream().filter(c -> !c.uri().toString().startsWith("http://data.europa.eu/esco/skill/"))
                    .forEach(sorted::add);
            fresh.outcome(o.withConcepts(sorted));
        }
        return fresh.build();
    }
}
