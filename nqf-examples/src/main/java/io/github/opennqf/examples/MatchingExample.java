package io.github.opennqf.examples;

import io.github.opennqf.io.TabularFormat;
import io.github.opennqf.matching.CoverageMatrix;
import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.CoverageScope;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.ProgressListener;
import io.github.opennqf.matching.Query;
import io.github.opennqf.matching.RankedMatch;
import io.github.opennqf.matching.RequirementMatch;
import io.github.opennqf.matching.Statement;
import io.github.opennqf.matching.StatementSource;
import io.github.opennqf.matching.StatementSupport;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.text.MultilingualText;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/**
 * The README's matching example, runnable on the demo data: a program, free texts and weighted
 * evidence as queries through one matcher; one profession card as the scope; a saved matcher
 * loaded back; a coverage matrix on an executor.
 */
public final class MatchingExample {
    private MatchingExample() {}

    /**
     * Runs the example.
     *
     * @param programsCsv the programs
     * @param standardsCsv the standards
     * @param dir where to save the compiled matcher
     * @param out where to print
     * @return the report of the vacancy against the first standard's first card
     * @throws IOException if a file cannot be read or written
     */
    public static CoverageReport run(Path programsCsv, Path standardsCsv, Path dir, PrintStream out) throws IOException {
        // README:begin
        List<ProfessionalStandard> standards = TabularFormat.csv().readStandards(standardsCsv);
        List<EducationalProgram> programs = TabularFormat.csv().readPrograms(programsCsv);
        Matcher matcher = Matcher.builder().standards(standards).build();              // compile once

        CoverageReport report = matcher.coverage(Query.of(programs.get(0)), standards.get(0));
        out.println(report.score());            // weighted coverage of the standard's requirements, in [0, 1]
        for (RequirementMatch gap : report.gaps()) {      // uncovered and weak requirements, heaviest first
            out.println(gap.requirement().id() + " " + gap.status() + " nearest: "
                    + gap.nearest().map(StatementSupport::why).orElse("none"));
        }
        List<RankedMatch> best = matcher.rankStandards(Query.of(programs.get(0)), 3);    // explained top 3

        // any list of statements is a query: a vacancy, a CV, one course certificate
        Query vacancy = Query.ofTexts("vacancy-7", "ru",
                List.of("Разработка программного обеспечения", "Тестирование программного обеспечения"));
        String cardId = standards.get(0).professionCards().get(0).id();
        CoverageReport card = matcher.coverage(vacancy, standards.get(0), CoverageScope.card(cardId));
        Query cv = Query.builder("cv-3")
                .statement(Statement.of("e1", MultilingualText.of("en", "Built a REST API in Java"))
                        .withSource(StatementSource.of("course-certificate", "cert-7"))
                        .withWeight(0.6))                 // unverified evidence counts less
                .build();
        out.println(matcher.rankStandards(cv, 1).get(0).candidateId());

        // compile once, load fast: a service loads the compiled standards instead of compiling them
        matcher.save(dir.resolve("standards.nqfm"));
        Matcher same = Matcher.load(dir.resolve("standards.nqfm"));               // bit-identical results

        Matcher withPrograms = same.withPrograms(programs);                       // candidates for rankPrograms
        CoverageMatrix matrix = withPrograms.coverageMatrix(ForkJoinPool.commonPool(), ProgressListener.NONE);
        // README:end
        out.println(best.get(0).candidateId() + " " + card.score() + " " + matrix.rows() + "x" + matrix.columns());
        return card;
    }
}
