package io.github.opennqf.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.opennqf.program.EducationalProgram;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;

/** The Lucene baseline of {@link RankingBenchmark} is the shared data README's BM25 anchor, not a weaker one. */
class RankingBenchmarkTest {

    @Test
    void luceneBaselineReproducesTheReadmeAnchor() throws Exception {
        Path dir = CipsocDev.dir();
        RankingBenchmark benchmark = new RankingBenchmark();
        CipsocDev.setUp(benchmark::setUp);
        try {
            Map<String, Set<String>> gold = AccuracyBenchmark.readGold(dir.resolve("gold.csv"));
            IndexSearcher searcher = benchmark.searcher();
            List<RankingMetrics.Query> queries = new ArrayList<>();
            for (EducationalProgram p : benchmark.programs()) {
                Set<String> relevant = gold.get(p.id());
                if (relevant == null || relevant.isEmpty()) {
                    continue;
                }
                TopDocs hits = searcher.search(benchmark.query(p), 867);
                List<String> ranking = new ArrayList<>();
                for (ScoreDoc hit : hits.scoreDocs) {
                    ranking.add(searcher.storedFields().document(hit.doc).get("id"));
                }
                queries.add(RankingMetrics.of(ranking, relevant, 10));
            }
            RankingMetrics mean = RankingMetrics.mean(queries);
            // anchor: "title and text as separate fields, program title boosted" 0.588 / 0.419 / 0.636 / 0.509
            assertThat(mean.recallAt10()).isCloseTo(0.588, within(0.01));
            assertThat(mean.map()).isCloseTo(0.419, within(0.01));
            assertThat(mean.mrr()).isCloseTo(0.636, within(0.01));
            assertThat(mean.ndcgAt10()).isCloseTo(0.509, within(0.01));
        } finally {
            benchmark.tearDown();
        }
    }
}
