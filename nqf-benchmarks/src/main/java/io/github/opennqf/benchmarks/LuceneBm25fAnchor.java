package io.github.opennqf.benchmarks;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The shared data README's Lucene anchor ("BM25, title and text as separate fields, program title
 * boosted", {@link EnglishAnalyzer}), used as the baseline of {@link RankingBenchmark} and of
 * {@link LuceneRank}: the documents are indexed in memory, one segment; a query is one SHOULD
 * {@link TermQuery} per distinct analysed term and field ({@code title}, {@code text}), weighted by the
 * term's occurrences, title occurrences counting {@value #TITLE_BOOST}.
 *
 * <p>Thread-safe for searching once built (Lucene's {@link IndexSearcher} is); close it when done.
 */
final class LuceneBm25fAnchor implements Closeable {
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String ID = "id";
    static final float TITLE_BOOST = 2f;

    /**
     * One document to index or to query with.
     *
     * @param id its id
     * @param title its title
     * @param texts its statements
     */
    record Doc(String id, String title, List<String> texts) {
        Doc {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            texts = List.copyOf(texts);
        }
    }

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final int size;

    /** Indexes the documents (the standards). */
    LuceneBm25fAnchor(List<Doc> documents) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Doc d : documents) {
                Document doc = new Document();
                doc.add(new StoredField(ID, d.id()));
                doc.add(new TextField(TITLE, d.title(), Field.Store.NO));
                for (String text : d.texts()) {
                    doc.add(new TextField(TEXT, text, Field.Store.NO));
                }
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        size = documents.size();
    }

    /** @return the number of indexed documents */
    int size() {
        return size;
    }

    /** @return the searcher over the indexed documents */
    IndexSearcher searcher() {
        return searcher;
    }

    /** @return the stored ids, by Lucene document number */
    String[] ids() throws IOException {
        String[] ids = new String[reader.maxDoc()];
        StoredFields stored = reader.storedFields();
        for (int d = 0; d < ids.length; d++) {
            ids[d] = stored.document(d).get(ID);
        }
        return ids;
    }

    /** @return the best {@code n} documents for the query document */
    TopDocs search(Doc query, int n) throws IOException {
        return searcher.search(query(query), n);
    }

    /**
     * The query of one document: SHOULD clauses on both fields, weighted by occurrences, title terms
     * boosted. Raises Lucene's global clause limit (default 1,024) if this query needs more.
     */
    Query query(Doc d) {
        return weightedQuery(termWeights(d), TITLE, TEXT);
    }

    /**
     * SHOULD clauses for each weighted term on each field, a weight other than 1 as a boost. Raises
     * Lucene's global clause limit (default 1,024) if this query needs more.
     */
    static Query weightedQuery(Map<String, Float> weights, String... fields) {
        int clauses = fields.length * weights.size();
        if (clauses > IndexSearcher.getMaxClauseCount()) {
            raiseClauseLimit(clauses);
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> e : weights.entrySet()) {
            for (String field : fields) {
                Query term = new TermQuery(new Term(field, e.getKey()));
                q.add(e.getValue() == 1f ? term : new BoostQuery(term, e.getValue()), BooleanClause.Occur.SHOULD);
            }
        }
        return q.build();
    }

    private static synchronized void raiseClauseLimit(int clauses) {
        if (clauses > IndexSearcher.getMaxClauseCount()) {
            IndexSearcher.setMaxClauseCount(clauses);
        }
    }

    /**
     * Each distinct analysed term of the document with its query weight: the sum over its
     * occurrences of {@value #TITLE_BOOST} (title) or 1 (statement), so repeated terms weigh as
     * repeated clauses would.
     */
    Map<String, Float> termWeights(Doc d) {
        Map<String, Float> weights = new LinkedHashMap<>();
        analyse(d.title(), TITLE_BOOST, weights);
        for (String text : d.texts()) {
            analyse(text, 1f, weights);
        }
        return weights;
    }

    private void analyse(String text, float weight, Map<String, Float> into) {
        addTerms(analyzer, text, weight, into);
    }

    /** Adds {@code weight} to each analysed term of {@code text}, once per occurrence. */
    static void addTerms(Analyzer analyzer, String text, float weight, Map<String, Float> into) {
        try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                into.merge(term.toString(), weight, Float::sum);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
    }
}
