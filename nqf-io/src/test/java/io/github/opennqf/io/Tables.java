package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.fail;

import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.StringReader;
import java.util.List;

/** Shortcuts for reading CSV text in tests; the source name is always {@code t.csv}. */
final class Tables {
    static final String SOURCE = "t.csv";
    static final String PROGRAM_HEADER =
            "program_id,program_title,program_level,outcome_id,outcome_text,outcome_category\n";
    static final String STANDARD_HEADER = "standard_id,standard_title,standard_level,requirement_id,"
            + "requirement_text,requirement_category,requirement_weight\n";

    private Tables() {}

    static List<EducationalProgram> programs(String csv) {
        return programs(csv, TabularOptions.DEFAULTS);
    }

    static List<EducationalProgram> programs(String csv, TabularOptions options) {
        return TabularFormat.csv().withOptions(options).readPrograms(new StringReader(csv), SOURCE);
    }

    static List<ProfessionalStandard> standards(String csv) {
        return standards(csv, TabularOptions.DEFAULTS);
    }

    static List<ProfessionalStandard> standards(String csv, TabularOptions options) {
        return TabularFormat.csv().withOptions(options).readStandards(new StringReader(csv), SOURCE);
    }

    static List<ReadProblem> programProblems(String csv) {
        return programProblems(csv, TabularOptions.DEFAULTS);
    }

    static List<ReadProblem> programProblems(String csv, TabularOptions options) {
        return problems(() -> programs(csv, options));
    }

    static List<ReadProblem> standardProblems(String csv) {
        return standardProblems(csv, TabularOptions.DEFAULTS);
    }

    static List<ReadProblem> standardProblems(String csv, TabularOptions options) {
        return problems(() -> standards(csv, options));
    }

    static List<ReadProblem> problems(Runnable read) {
        try {
            read.run();
        } catch (ReadException e) {
            return e.problems();
        }
        return fail("expected a ReadException");
    }

    /** The problem expected at {@code t.csv:line:column}. */
    static ReadProblem problem(long line, long column, ReadProblem.Reason reason, String message) {
        return new ReadProblem(Location.at(SOURCE, line, column), reason, message);
    }
}
