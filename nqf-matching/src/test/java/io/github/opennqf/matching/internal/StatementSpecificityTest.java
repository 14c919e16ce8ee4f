package io.github.opennqf.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.matching.internal.text.TextAnalysis;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.standard.StandardPassport;
import io.github.opennqf.text.MultilingualText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSpecificityTest {
    private static final String BOILERPLATE = "Evaluate and grade students' class work, assignments, and papers.";

    private static ProfessionalStandard teacher(String code, String field) {
        List<Requirement> requirements = new ArrayList<>();
        requirements.add(Requirement.of(code + "-R1", DescriptorCategory.KZ_SKILLS, MultilingualText.of("en", "Teach courses in " + field)));
        // the same sentence in other words still counts as the same analysed statement
        requirements.add(Requirement.of(code + "-R2", DescriptorCategory.KZ_SKILLS,
                MultilingualText.of("en", code.equals("T3") ? BOILERPLATE.toUpperCase() : BOILERPLATE)));
        return new ProfessionalStandard(StandardPassport.of(code, MultilingualText.of("en", field + " teachers")),
                List.of(ProfessionCard.of(code + "-C", MultilingualText.of("en", field + " teachers"), null,
                        List.of(new LabourFunction(code + "-F", MultilingualText.of("en", "Teaching"), requirements)))));
    }

    private static Corpus corpus(ProfessionalStandard... standards) {
        Corpus.Builder builder = new Corpus.Builder(TextAnalysis.ofDefaults());
        for (ProfessionalStandard s : standards) {
            builder.addStandard(s, 2.0);
        }
        return builder.build();
    }

    @Test
    void aStatementSharedByNDocumentsWeighsOneNth() {
        Corpus corpus = corpus(teacher("T1", "chemistry"), teacher("T2", "physics"), teacher("T3", "history"));
        for (DocVectors doc : corpus.standardDocs()) {
            assertThat(doc.specificity[0]).as("title").isEqualTo(1f);
            assertThat(doc.specificity[1]).as("field statement").isEqualTo(1f);
            assertThat(doc.specificity[2]).as("boilerplate").isEqualTo(1f / 3);
            // coverage weights are untouched
            assertThat(doc.statementWeights[2]).isEqualTo(1f);
        }
    }

    @Test
    void anUncompiledDocumentIsWeighedAgainstTheCompiledOnes() {
        Corpus corpus = corpus(teacher("T1", "chemistry"), teacher("T2", "physics"));
        DocVectors other = corpus.vectorise(teacher("T9", "music"), 2.0);
        assertThat(other.specificity[1]).isEqualTo(1f);
        assertThat(other.specificity[2]).isEqualTo(0.5f);
        assertThat(corpus(teacher("T1", "chemistry")).standardDocs()[0].specificity[2]).isEqualTo(1f);
    }

    @Test
    void boilerplateNoLongerLengthensTheBm25Body() {
        Corpus corpus = corpus(teacher("T1", "chemistry"), teacher("T2", "physics"), teacher("T3", "history"));
        SideIndex index = new SideIndex(corpus.standardDocs(), corpus.vocabularySize());
        DocVectors t1 = corpus.standardDocs()[0];
        float specific = 0;
        float shared = 0;
        for (float c : t1.counts[1]) {
            specific += c;
        }
        for (float c : t1.counts[2]) {
            shared += c;
        }
        assertThat(index.bodyLength[0]).isEqualTo(specific + shared / 3, org.assertj.core.api.Assertions.within(1e-4f));
    }
}
