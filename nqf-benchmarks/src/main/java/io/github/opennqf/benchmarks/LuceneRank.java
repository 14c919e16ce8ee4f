package io.github.opennqf.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * The whole-process baseline of issue 10, part 4: a plain Lucene program that does what
 * {@code opennqf rank --top K} does with the same files — reads the programs and standards CSVs of
 * the tabular format, indexes the standards, searches the best K for every program with the shared
 * data README's BM25F anchor ({@link LuceneBm25fAnchor}) and writes
 * {@code query_id,rank,candidate_id,score}, one row per ranked standard. Run by
 * {@code nqf-benchmarks/scripts/whole-process.sh}, alternating with the {@code opennqf} command.
 *
 * <pre>
 * java -cp nqf-benchmarks/target/benchmarks.jar io.github.opennqf.benchmarks.LuceneRank \
 *      --programs programs.csv --standards standards.csv --top 100 --output lucene.csv [--threads N]
 * </pre>
 *
 * <p>The CSVs are read with Jackson's CSV parser into plain rows, grouped by id in file order, as a
 * user writing this program would. Scores are Lucene's BM25 scores with six decimals. A file without
 * the expected columns gets an {@link IOException} naming the file and the column.
 */
public final class LuceneRank {
    private LuceneRank() {}

    public static void main(String[] args) throws Exception {
        Path programs = null;
        Path standards = null;
        Path output = null;
        int top = 10;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--programs" -> { programs = Path.of(value); i++; }
                case "--standards" -> { standards = Path.of(value); i++; }
                case "--output" -> { output = Path.of(value); i++; }
                case "--top" -> { top = Integer.parseInt(value); i++; }
                case "--threads" -> { threads = Integer.parseInt(value); i++; }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (programs == null || standards == null || output == null || top < 1 || threads < 1) {
            System.err.println("usage: LuceneRank --programs FILE --standards FILE --output FILE [--top K>=1] [--threads N>=1]");
            System.exit(2);
        }
        List<LuceneBm25fAnchor.Doc> queries = read(programs, "program_id", "program_title", "outcome_text");
        List<LuceneBm25fAnchor.Doc> candidates = read(standards, "standard_id", "standard_title", "requirement_text");
        try (LuceneBm25fAnchor index = new LuceneBm25fAnchor(candidates)) {
            write(rank(index, queries, top, threads), queries, index.ids(), output);
        }
    }

    /** The best {@code top} hits of every query, in query order. */
    static List<TopDocs> rank(LuceneBm25fAnchor index, List<LuceneBm25fAnchor.Doc> queries, int top, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<TopDocs>> futures = new ArrayList<>(queries.size());
            for (LuceneBm25fAnchor.Doc q : queries) {
                futures.add(pool.submit(() -> index.search(q, top)));
            }
            List<TopDocs> hits = new ArrayList<>(queries.size());
            for (Future<TopDocs> f : futures) {
                hits.add(f.get());
            }
            return hits;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads a tabular-format CSV into one document per id, statements in file order. */
    static List<LuceneBm25fAnchor.Doc> read(Path file, String idColumn, String titleColumn, String textColumn)
            throws IOException {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, List<String>> texts = new LinkedHashMap<>();
        CsvMapper mapper = new CsvMapper();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<String[]> rows = mapper.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                        .readValues(in)) {
            if (!rows.hasNext()) {
                throw new IOException(file + ": empty, expected a header row");
            }
            List<String> header = List.of(rows.next());
            int id = column(header, idColumn, file);
            int title = column(header, titleColumn, file);
            int text = column(header, textColumn, file);
            int line = 1;
            while (rows.hasNext()) {
                String[] row = rows.next();
                line++;
                if (row.length < header.size()) {
                    throw new IOException(file + ": row " + line + " has " + row.length + " cells, expected " + header.size());
                }
                titles.putIfAbsent(row[id], row[title]);
                texts.computeIfAbsent(row[id], k -> new ArrayList<>()).add(row[text]);
            }
        }
        List<LuceneBm25fAnchor.Doc> docs = new ArrayList<>(titles.size());
        titles.forEach((k, v) -> docs.add(new LuceneBm25fAnchor.Doc(k, v, texts.get(k))));
        return docs;
    }

    private static int column(List<String> header, String name, Path file) throws IOException {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IOException(file + ": no column " + name + " in the header " + header);
        }
        return i;
    }

    private static void write(List<TopDocs> hits, List<LuceneBm25fAnchor.Doc> queries, String[] ids, Path output)
            throws IOException {
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            out.write("query_id,rank,candidate_id,score\n");
            StringBuilder row = new StringBuilder(64);
            for (int q = 0; q < queries.size(); q++) {
                ScoreDoc[] docs = hits.get(q).scoreDocs;
                for (int r = 0; r < docs.length; r++) {
                    row.setLength(0);
                    cell(queries.get(q).id(), row).append(',').append(r + 1).append(',');
                    cell(ids[docs[r].doc], row).append(',');
                    sixDecimals(docs[r].score, row).append('\n');
                    out.append(row);
                }
            }
        }
    }

    /** RFC 4180: quoted when the value holds a comma, a quote or a line break. */
    private static StringBuilder cell(String value, StringBuilder into) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return into.append(value);
        }
        return into.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    /** A non-negative score with six decimals, without the cost of {@code String.format}. */
    static StringBuilder sixDecimals(double score, StringBuilder into) {
        long micros = Math.round(score * 1_000_000);
        into.append(micros / 1_000_000).append('.');
        String fraction = Long.toString(micros % 1_000_000);
        for (int pad = fraction.length(); pad < 6; pad++) {
            into.append('0');
        }
        return into.append(fraction);
    }
}
