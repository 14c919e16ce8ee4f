package io.github.opennqf.benchmarks;

import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.evidence.CourseCertificate;
import io.github.opennqf.evidence.Evidence;
import io.github.opennqf.evidence.VerifiedSkill;
import io.github.opennqf.evidence.WorkExperience;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.text.LanguagePriority;
import io.github.opennqf.text.MultilingualText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The baseline of {@link ApplicantRankingBenchmark}: Lucene BM25 over each applicant's
 * concatenated evidence text against one card. Every call indexes the applicants afresh into an
 * in-memory index ({@link EnglishAnalyzer}, one text field; documents added from {@code threads}
 * threads, as Lucene's {@link IndexWriter} allows), opens it and runs one query: the card's
 * requirements as SHOULD term clauses weighted by their occurrences. No merging, no stored text.
 *
 * <p>Thread-safe; each call uses its own index.
 */
final class LuceneProfileIndex {
    private static final String TEXT = "text";
    private static final String ID = "id";
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final Query query;
    private final int threads;

    LuceneProfileIndex(ProfessionalStandard card, int threads) throws IOException {
        this.threads = threads;
        Map<String, Float> weights = new LinkedHashMap<>();
        for (Requirement r : card.requirements()) {
            LuceneBm25fAnchor.addTerms(analyzer, text(r.text()), 1f, weights);
        }
        this.query = LuceneBm25fAnchor.weightedQuery(weights, TEXT);
    }

    /**
     * @param profiles the applicants
     * @param k how many to collect
     * @param executor runs the {@code threads} indexing tasks
     * @return the best {@code k}
     */
    TopDocs rank(List<ApplicantProfile> profiles, int k, Executor executor) throws Exception {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            List<CompletableFuture<Void>> tasks = new ArrayList<>(threads);
            int per = (profiles.size() + threads - 1) / threads;
            for (int t = 0; t < threads; t++) {
                List<ApplicantProfile> part = profiles.subList(Math.min(profiles.size(), t * per),
                        Math.min(profiles.size(), (t + 1) * per));
                tasks.add(CompletableFuture.runAsync(() -> {
                    try {
                        for (ApplicantProfile p : part) {
                            Document doc = new Document();
                            doc.add(new StoredField(ID, p.id()));
                            doc.add(new TextField(TEXT, text(p), Field.Store.NO));
                            writer.addDocument(doc);
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }, executor));
            }
            CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)).get();
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return new IndexSearcher(reader).search(query, k);
        }
    }

    /** Every statement of the applicant's evidence, as the assessment reads it, in one text. */
    static String text(ApplicantProfile p) {
        StringBuilder b = new StringBuilder(2048);
        for (Evidence e : p.evidence()) {
            if (e instanceof CourseCertificate c) {
                append(b, c.title());
                c.outcomes().forEach(o -> append(b, o));
            } else if (e instanceof WorkExperience w) {
                append(b, w.role());
                w.tasks().forEach(t -> append(b, t));
            } else if (e instanceof VerifiedSkill s) {
                append(b, s.skill());
            }
        }
        return b.toString();
    }

    private static void append(StringBuilder b, MultilingualText text) {
        b.append(text(text)).append('\n');
    }

    private static String text(MultilingualText text) {
        return text.resolve(LanguagePriority.ENGLISH_FIRST);
    }
}
