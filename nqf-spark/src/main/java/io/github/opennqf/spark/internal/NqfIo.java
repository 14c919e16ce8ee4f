package io.github.opennqf.spark.internal;

import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.io.DocumentType;
import io.github.opennqf.io.JsonLines;
import io.github.opennqf.io.NativeFormat;
import io.github.opennqf.io.ReadException;
import io.github.opennqf.io.ReadProblem;
import io.github.opennqf.io.TabularFormat;
import io.github.opennqf.io.TabularOptions;
import io.github.opennqf.program.EducationalProgram;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every call this module makes into nqf-io, in one place: the readers' entry points are the only
 * thing here that depends on nqf-io's API style.
 */
public final class NqfIo {
    private NqfIo() {}

    /**
     * Reads one program from its rows in the tabular CSV format, with nqf-io's reader, so that a
     * program read on an executor is the very value the single-machine reader makes.
     *
     * @param csv a header line and the program's rows
     * @param source the name used in problem locations
     * @param language the language of untagged texts
     * @return the program
     * @throws ReadException when the rows are not a valid program
     */
    public static EducationalProgram program(String csv, String source, String language) {
        TabularOptions options = language.isEmpty() ? TabularOptions.DEFAULTS : TabularOptions.DEFAULTS.withLanguage(language);
        List<EducationalProgram> programs = TabularFormat.csv().withOptions(options).readPrograms(new StringReader(csv), source);
        if (programs.size() != 1) {
            throw new IllegalStateException("rows of one program_id gave " + programs.size() + " programs");
        }
        return programs.get(0);
    }

    /**
     * Reads one applicant, a native applicant JSON object, with nqf-io's JSON-lines codec.
     *
     * @param json the object; line breaks in it are read as white space
     * @param source the name used in problem locations
     * @return the applicant
     * @throws ReadException when the record is not a valid applicant
     * @throws IllegalArgumentException when the record is blank
     */
    public static ApplicantProfile applicant(String json, String source) {
        List<ApplicantProfile> one = new ArrayList<>(1);
        JsonLines.applicants().read(new StringReader(json.replace('\r', ' ').replace('\n', ' ')), source, one::add);
        if (one.size() != 1) {
            throw new IllegalArgumentException("the record is blank");
        }
        return one.get(0);
    }

    /** @param programs programs @return them as a native JSON document */
    public static String programsJson(List<EducationalProgram> programs) {
        return NativeFormat.json().writeString(DocumentType.PROGRAMS, programs);
    }

    /** @param json a native JSON programs document @return its programs */
    public static List<EducationalProgram> programsFromJson(String json) {
        return NativeFormat.json().readString(json, DocumentType.PROGRAMS);
    }

    /**
     * @param e a reader's exception
     * @return its problems, one per line: {@code REASON location: message}
     */
    public static String problems(ReadException e) {
        return e.problems().stream().map(p -> p.reason() + " " + p).collect(Collectors.joining("\n"));
    }

    /** @param e a reader's exception @return the reason of its first problem */
    public static String firstReason(ReadException e) {
        List<ReadProblem> problems = e.problems();
        return problems.isEmpty() ? "INVALID_VALUE" : problems.get(0).reason().name();
    }
}
