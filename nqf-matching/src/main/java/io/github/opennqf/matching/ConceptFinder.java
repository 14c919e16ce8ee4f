package io.github.opennqf.matching;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.code.TaxonomyConcept;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.matching.internal.CompiledMatcher;
import io.github.opennqf.matching.internal.DocVectors;
import io.github.opennqf.matching.internal.StatementIndex;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.standard.StandardPassport;
import io.github.opennqf.text.MultilingualText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Finds the taxonomy concepts (ESCO skills, for example) that a text evidences: for any
 * {@link Query} — a program's outcomes, an applicant's evidence, free text — the top concepts by how
 * well one of the query's statements matches one of the concept's labels, each with the matched
 * label and the shared words. It is the matching engine run against the labels: every label is
 * compiled once as a one-requirement document, so the same analysis (kk, ru, en) and explanations
 * apply.
 *
 * <pre>{@code
 * ConceptFinder skills = ConceptFinder.of(esco.skillConcepts());      // compile once
 * for (ConceptMatch m : skills.find(Query.ofTexts("cv", "en", List.of("Wrote SQL queries for reports")), 5)) {
 *     System.out.println(m.concept().ref() + " " + m.score() + " " + m.support().why());
 * }
 * }</pre>
 *
 * <p>A concept's score is the best similarity of any query statement to any of its labels (the
 * preferred label or an alternative one), weighted by the statement's weight, as a requirement's
 * score is in {@link CoverageReport}; concepts are ranked by score, then by their order in the
 * taxonomy. Term statistics come from the labels alone, so results depend only on the query, the
 * concepts and the configuration. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ConceptFinder {
    private final List<TaxonomyConcept> concepts;
    /** Per compiled label document, its concept's index. */
    private final int[] conceptOfLabel;
    private final List<ProfessionalStandard> labels;
    private final CompiledMatcher compiled;

    private ConceptFinder(List<TaxonomyConcept> concepts, MatchingConfig config) {
        this.concepts = List.copyOf(concepts);
        List<ProfessionalStandard> docs = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int c = 0; c < this.concepts.size(); c++) {
            TaxonomyConcept concept = this.concepts.get(c);
            DescriptorCategory category = concept.category() == null ? DescriptorCategory.ESCO_SKILL_COMPETENCE
                    : concept.category();
            docs.add(label(docs.size(), concept.label(), category));
            owners.add(c);
            for (MultilingualText alt : concept.altLabels()) {
                docs.add(label(docs.size(), alt, category));
                owners.add(c);
            }
        }
        this.labels = List.copyOf(docs);
        this.conceptOfLabel = owners.stream().mapToInt(Integer::intValue).toArray();
        this.compiled = new CompiledMatcher(labels, List.of(), config, null);
    }

    private static ProfessionalStandard label(int index, MultilingualText text, DescriptorCategory category) {
        String id = "L" + index;
        Requirement r = new Requirement("R", category, text, 1.0, false, List.of());
        return new ProfessionalStandard(StandardPassport.of(id, text),
                List.of(ProfessionCard.of("C", text, null, List.of(new LabourFunction("F", text, List.of(r))))));
    }

    /**
     * @param concepts the taxonomy's concepts, in its order
     * @return a finder with the default configuration
     */
    public static ConceptFinder of(Collection<TaxonomyConcept> concepts) {
        return of(concepts, MatchingConfig.DEFAULTS);
    }

    /**
     * @param concepts the taxonomy's concepts, in its order
     * @param config the analysis and scoring settings
     * @return the finder
     */
    public static ConceptFinder of(Collection<TaxonomyConcept> concepts, MatchingConfig config) {
        Objects.requireNonNull(concepts, "concepts");
        Objects.requireNonNull(config, "config");
        return new ConceptFinder(new ArrayList<>(concepts), config);
    }

    /** @return the concepts, in the taxonomy's order */
    public List<TaxonomyConcept> concepts() {
        return concepts;
    }

    /**
     * @param query a program, evidence or free text
     * @param k how many concepts at most, at least 1
     * @return the best concepts with a score above 0, best first
     */
    public List<ConceptMatch> find(Query query, int k) {
        Objects.requireNonNull(query, "query");
        if (k < 1) {
            throw new InvalidValueException("k", String.valueOf(k), "must be at least 1");
        }
        DocVectors qv = compiled.vectorise(query);
        double[] labelScores = compiled.scoreAgainstStandards(qv, false).requirementCoverage();
        double[] best = new double[concepts.size()];
        int[] bestLabel = new int[concepts.size()];
        java.util.Arrays.fill(bestLabel, -1);
        for (int l = 0; l < labelScores.length; l++) {
            int c = conceptOfLabel[l];
            if (labelScores[l] > best[c]) {
                best[c] = labelScores[l];
                bestLabel[c] = l;
            }
        }
        // the best k by score, ties by taxonomy order, without sorting every concept
        List<Integer> top = new ArrayList<>();
        java.util.PriorityQueue<Integer> heap = new java.util.PriorityQueue<>(
                (a, b) -> best[a] != best[b] ? Double.compare(best[a], best[b]) : Integer.compare(b, a));
        for (int c = 0; c < best.length; c++) {
            if (best[c] > 0) {
                heap.add(c);
                if (heap.size() > k) {
                    heap.poll();
                }
            }
        }
        top.addAll(heap);
        top.sort((a, b) -> best[a] != best[b] ? Double.compare(best[b], best[a]) : Integer.compare(a, b));
        List<ConceptMatch> out = new ArrayList<>(top.size());
        StatementIndex statements = compiled.explainer().index(query, qv);
        for (int c : top) {
            int l = bestLabel[c];
            CoverageReport report = compiled.explainer().explain(statements, labels.get(l), compiled.standardVectors(l),
                    CoverageScope.WHOLE_STANDARD);
            StatementSupport support = report.requirements().get(0).nearest().orElseThrow();
            out.add(new ConceptMatch(concepts.get(c), best[c], labels.get(l).requirements().get(0).text(), support));
        }
        return List.copyOf(out);
    }
}
