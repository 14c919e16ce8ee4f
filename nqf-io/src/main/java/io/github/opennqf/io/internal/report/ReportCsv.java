package io.github.opennqf.io.internal.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.opennqf.io.ReportOptions;
import io.github.opennqf.io.internal.tabular.FormulaGuard;
import io.github.opennqf.matching.CandidateScore;
import io.github.opennqf.matching.Confidence;
import io.github.opennqf.matching.CoverageMatrix;
import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.Ranking;
import io.github.opennqf.matching.RequirementMatch;
import io.github.opennqf.matching.StatementSupport;
import io.github.opennqf.recognition.ApplicantAssessment;
import io.github.opennqf.recognition.ApplicantRanking;
import io.github.opennqf.standard.Requirement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes match results as CSV with Jackson's {@link CsvMapper}: a header, then one row per
 * requirement, matrix cell or ranked candidate, RFC 4180 quoting, {@code \n} line ends, every
 * cell passed through {@link FormulaGuard}. Thread-safe: the mapper is shared and immutable.
 */
public final class ReportCsv {
    /** The columns of a coverage report, in order. */
    public static final List<String> COVERAGE_COLUMNS = List.of("query_id", "standard_id", "profession_card_id",
            "labour_function_id", "requirement_id", "category", "essential", "weight", "score", "status",
            "needs_review", "review_reasons", "best_statement_id", "best_statement_score", "why", "requirement_text",
            "language");
    /** The columns of a coverage matrix, in order. */
    public static final List<String> MATRIX_COLUMNS = List.of("program_id", "standard_id", "score");
    /** The columns of rankings, in order: those of the command-line tool's {@code rank}. */
    public static final List<String> RANKING_COLUMNS = List.of("query_id", "rank", "candidate_id", "score");
    /** The columns of an applicant ranking, in order: those of rankings, then eligibility and flags. */
    public static final List<String> APPLICANT_COLUMNS = List.of("query_id", "rank", "candidate_id", "score", "recognised",
            "eligibility", "education", "experience", "experience_years", "flags", "employment");

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            // rows are buffered and flushed when the writer closes, not one write per row
            .disable(com.fasterxml.jackson.databind.SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .build();

    private ReportCsv() {}

    /** Writes one row per requirement of the report, in the report's order. */
    public static void coverage(CoverageReport report, Writer out, ReportOptions options) {
        write(COVERAGE_COLUMNS, out, rows -> coverageRows(report, options, rows));
    }

    private static void coverageRows(CoverageReport report, ReportOptions options, Rows rows) throws IOException {
        for (RequirementMatch m : report.requirements()) {
            Requirement requirement = m.requirement();
            @Nullable StatementSupport best = m.nearest().orElse(null);
            rows.write(new String[] {
                report.queryId(),
                report.standardId(),
                m.professionCardId(),
                m.labourFunctionId(),
                requirement.id(),
                requirement.category().code(),
                Boolean.toString(requirement.essential()),
                decimal(m.weight()),
                score(m.score()),
                m.status().name(),
                Boolean.toString(m.confidence().needsReview()),
                reasons(m.confidence()),
                best == null ? "" : best.statementId(),
                best == null ? "" : score(best.score()),
                best == null ? "" : best.why(),
                requirement.text().resolve(options.languages()),
                requirement.text().resolveTag(options.languages()),
            });
        }
    }

    /** Writes one row per cell, programs in row order, each with the standards in column order. */
    public static void matrix(CoverageMatrix matrix, Writer out) {
        List<String> programs = matrix.programIds();
        List<String> standards = matrix.standardIds();
        write(MATRIX_COLUMNS, out, rows -> {
            for (int r = 0; r < programs.size(); r++) {
                for (int c = 0; c < standards.size(); c++) {
                    rows.write(new String[] {programs.get(r), standards.get(c), score(matrix.score(r, c))});
                }
            }
        });
    }

    /**
     * Writes one row per candidate of each ranking, rankings in the given order, ranks from 1;
     * checks for {@code null} rankings before writing anything.
     */
    public static void rankings(Collection<Ranking> rankings, Writer out) {
        List<Ranking> all = new ArrayList<>(rankings.size());
        for (Ranking ranking : rankings) {
            all.add(Objects.requireNonNull(ranking, "rankings[" + all.size() + "]"));
        }
        write(RANKING_COLUMNS, out, rows -> {
            for (Ranking ranking : all) {
                writeRows(ranking, rows);
            }
        });
    }

    /** Writes one row per ranked applicant, best first, ranks from 1. */
    public static void applicants(ApplicantRanking ranking, Writer out) {
        String query = ranking.standardCode() + "/" + ranking.professionCardId();
        write(APPLICANT_COLUMNS, out, rows -> {
            int rank = 1;
            for (ApplicantAssessment a : ranking.top()) {
                rows.write(new String[] {query, Integer.toString(rank++), a.applicantId(), score(a.score()),
                    Boolean.toString(a.recognised()), a.eligibility().status().name(),
                    a.eligibility().education().status().name(), a.eligibility().experience().status().name(),
                    String.format(Locale.ROOT, "%.2f", a.experienceYears()),
                    a.flags().stream().map(f -> f.evidenceId() + ":" + f.type().name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(" ")),
                    a.employment() == null ? "" : a.employment().status().name()});
            }
        });
    }

    /** @return the score with six decimals, as the command-line tool writes them */
    static String score(double value) {
        // a fast path for the usual score in [0, 1000) that is not near a rounding tie; elsewhere
        // (and for NaN, negatives, ties) the formatter, so the text is always that of "%.6f"
        if (Double.compare(value, 0.0) >= 0 && value < 1000) {
            double scaled = value * 1e6;
            double fraction = scaled - Math.floor(scaled);
            if (Math.abs(fraction - 0.5) > 1e-3) {
                long micros = Math.round(scaled);
                StringBuilder sb = new StringBuilder(12).append(micros / 1_000_000).append('.');
                String frac = Long.toString(micros % 1_000_000);
                for (int i = frac.length(); i < 6; i++) {
                    sb.append('0');
                }
                return sb.append(frac).toString();
            }
        }
        return String.format(Locale.ROOT, "%.6f", value);
    }

    /** @return the shortest decimal that reads back as the same double, without exponent */
    static String decimal(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).toPlainString() : Double.toString(value);
    }

    /** @return the review reasons in declaration order, separated by spaces */
    static String reasons(Confidence confidence) {
        return confidence.reasons().stream().sorted().map(Enum::name).collect(Collectors.joining(" "));
    }

    /**
     * The rows of {@link #rankings} written a ranking at a time: the header when made, each
     * ranking's rows when given. Not thread-safe; closing flushes and leaves {@code out} open.
     */
    public static final class RankingRows implements java.io.Closeable {
        private final SequenceWriter writer;
        private final Rows rows;

        public RankingRows(Writer out) {
            try {
                this.writer = withHeader(RANKING_COLUMNS, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.rows = guarded(writer);
        }

        public void write(Ranking ranking) {
            try {
                writeRows(ranking, rows);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void writeRows(Ranking ranking, Rows rows) throws IOException {
        int rank = 1;
        for (CandidateScore candidate : ranking.candidates()) {
            rows.write(new String[] {ranking.queryId(), Integer.toString(rank++), candidate.candidateId(),
                score(candidate.score())});
        }
    }

    /** Where rows go: each row's cells are guarded, then written. */
    @FunctionalInterface
    private interface Rows {
        void write(String[] row) throws IOException;
    }

    /** Produces the rows. */
    @FunctionalInterface
    private interface RowSource {
        void writeTo(Rows rows) throws IOException;
    }

    private static void write(List<String> header, Writer out, RowSource source) {
        try (SequenceWriter writer = withHeader(header, out)) {
            source.writeTo(guarded(writer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a CSV writer of rows with these columns, the header row written */
    private static SequenceWriter withHeader(List<String> header, Writer out) throws IOException {
        CsvSchema.Builder builder = CsvSchema.builder().setUseHeader(false);
        header.forEach(builder::addColumn);
        SequenceWriter writer = MAPPER.writer(builder.build()).writeValues(out);
        writer.write(header.toArray(String[]::new));
        return writer;
    }

    /** @return rows into the writer, each cell guarded against formula injection first */
    private static Rows guarded(SequenceWriter writer) {
        return row -> {
            for (int c = 0; c < row.length; c++) {
                row[c] = FormulaGuard.neutralise(row[c]);
            }
            writer.write(row);
        };
    }
}
