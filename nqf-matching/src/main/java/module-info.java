/**
 * Explainable, multilingual matching of educational-program learning outcomes against
 * professional-standard requirements: coverage, gaps, ranking both ways, and coverage matrices.
 * Text analysis uses Lucene's analysis modules.
 */
module io.github.opennqf.matching {
    requires transitive io.github.opennqf.core;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;

    exports io.github.opennqf.matching;
    exports io.github.opennqf.design;
    exports io.github.opennqf.recognition;
}
