package io.github.opennqf.design;

import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.internal.Check;
import java.util.List;

/**
 * The result of {@link ProgramQualityCheck#check(io.github.opennqf.program.EducationalProgram)}:
 * how each outcome's wording reads against the program's level, and every finding.
 *
 * <pre>{@code
 * QaReport report = ProgramQualityCheck.withDefaults().check(program);
 * report.passed();                                     // no ERROR and no WARNING
 * report.findings().forEach(System.out::println);
 * }</pre>
 *
 * <p>Immutable and thread-safe. Nulls get an {@link io.github.opennqf.InvalidValueException}.
 *
 * @param programId the program checked
 * @param level the program's level
 * @param wordings one per outcome and statement language, in the program's outcome order
 * @param findings every finding, most serious first, then in program order
 * @since 0.1.0
 */
public record QaReport(String programId, LevelRef level, List<OutcomeWording> wordings, List<Finding> findings) {
    /** Validates and copies. */
    public QaReport {
        programId = Check.notBlank(programId, "programId");
        Check.notNull(level, "level");
        wordings = Check.listOf(wordings, "wordings");
        findings = Check.listOf(findings, "findings");
    }

    /** @return whether the program passes: no finding is an error or a warning */
    public boolean passed() {
        return findings.stream().allMatch(f -> f.severity() == Finding.Severity.INFO);
    }

    /**
     * @param severity a severity
     * @return the findings of that severity
     */
    public List<Finding> findings(Finding.Severity severity) {
        Check.notNull(severity, "severity");
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /**
     * @param kind a kind
     * @return the findings of that kind
     */
    public List<Finding> findings(FindingKind kind) {
        Check.notNull(kind, "kind");
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }
}
