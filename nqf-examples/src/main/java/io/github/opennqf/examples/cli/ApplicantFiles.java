package io.github.opennqf.examples.cli;

import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.evidence.Evidence;
import io.github.opennqf.io.CredentialCheck;
import io.github.opennqf.io.CredentialFormat;
import io.github.opennqf.io.CredentialItem;
import io.github.opennqf.io.CredentialReading;
import io.github.opennqf.io.JsonLines;
import io.github.opennqf.io.Location;
import io.github.opennqf.io.ReadException;
import io.github.opennqf.io.ReadProblem;
import io.github.opennqf.io.ResumeFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The applicants of {@code score-applicants --applicants}: a JSON-lines file, or a directory read in
 * sorted name order (so the result never depends on the file system's order):
 * <ul>
 *   <li>a sub-directory is one applicant, its name the applicant's id: an optional JSON Resume
 *       {@code resume.json} (its name and self-declared evidence) and credential files
 *       ({@code .json} Open Badges 3.0 / CLR 2.0, {@code .jwt} VC-JWT, {@code .svg} baked badges),
 *       each read as course certificates and verified against the trust list;</li>
 *   <li>a loose {@code .json} file is one JSON Resume, its file name without {@code .json} the id;</li>
 *   <li>a {@code .jsonl} file holds applicants as JSON lines;</li>
 *   <li>names starting with {@code .} are skipped; anything else is rejected.</li>
 * </ul>
 * A bad record is never silently lost: a bad line, or an applicant with any bad file, is rejected
 * with every problem located (path, line, column, JSON pointer), and the good ones are still
 * delivered. Messages about input are {@linkplain #redact(String) redacted} before they are shown,
 * so that no applicant's name or text reaches a log. Not thread-safe; one per read.
 */
final class ApplicantFiles {
    /** A quoted value in a reader's message: {@code "…"} or {@code '…'}, not an apostrophe inside a word. */
    private static final Pattern QUOTED = Pattern.compile("(?<=^|[\\s(\\[:=,])(\"[^\"]*\"|'[^']*')(?=$|[\\s),.;:\\]!?])");

    private final CredentialFormat credentials;
    private final ResumeFormat resumes;
    private final Consumer<? super ApplicantProfile> sink;
    final List<ReadProblem> problems = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    long read;
    long rejected;

    ApplicantFiles(CredentialFormat credentials, ResumeFormat resumes, Consumer<? super ApplicantProfile> sink) {
        this.credentials = credentials;
        this.resumes = resumes;
        this.sink = sink;
    }

    /**
     * Reads a file or directory of applicants, delivering the good ones.
     *
     * @throws ReadException when the path cannot be read at all (missing, unreadable)
     */
    void read(Path path) {
        if (Files.isDirectory(path)) {
            for (Path entry : sorted(path)) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(entry)) {
                    applicantDirectory(entry);
                } else if (name.endsWith(".jsonl")) {
                    jsonLines(entry);
                } else if (name.endsWith(".json")) {
                    looseResume(entry);
                } else {
                    reject(List.of(problem(entry, "not an applicant: expected a sub-directory (one applicant), a JSON"
                            + " Resume (.json) or JSON lines (.jsonl)")));
                }
            }
        } else if (Files.isRegularFile(path)) {
            jsonLines(path);
        } else {
            throw new ReadException(List.of(problem(path, "no such file or directory")));
        }
    }

    private void jsonLines(Path file) {
        try {
            JsonLines.applicants().read(file, this::deliver);
        } catch (ReadException e) {
            if (e.problems().stream().anyMatch(p -> p.reason() == ReadProblem.Reason.IO_ERROR)) {
                throw e;
            }
            // the good lines were delivered; each bad line is one rejected record
            problems.addAll(e.problems());
            rejected += e.problems().stream().map(p -> p.location().source() + ":" + p.location().line()).distinct().count();
        }
    }

    private void looseResume(Path file) {
        try {
            deliver(resumes.read(file));
        } catch (ReadException e) {
            reject(e.problems());
        }
    }

    private void applicantDirectory(Path dir) {
        String id = dir.getFileName().toString();
        List<ReadProblem> bad = new ArrayList<>();
        @Nullable String name = null;
        List<Evidence> evidence = new ArrayList<>();
        boolean any = false;
        for (Path file : sorted(dir)) {
            String fileName = file.getFileName().toString();
            if (fileName.startsWith(".")) {
                continue;
            }
            String lower = fileName.toLowerCase(Locale.ROOT);
            try {
                if (lower.equals("resume.json")) {
                    ApplicantProfile resume;
                    try (InputStream in = Files.newInputStream(file)) {
                        resume = resumes.read(in, file.toString());
                    }
                    name = resume.name();
                    evidence.addAll(0, resume.evidence());
                    any = true;
                } else if (Files.isRegularFile(file) && (lower.endsWith(".json") || lower.endsWith(".jwt")
                        || lower.endsWith(".svg"))) {
                    CredentialReading reading;
                    try (InputStream in = Files.newInputStream(file)) {
                        reading = credentials.read(in, file.toString());
                    }
                    for (CredentialItem item : reading.items()) {
                        evidence.add(item.certificate());
                        if (!item.check().isVerified()) {
                            notes.add(file + ": " + item.check().outcome() + ": " + redact(item.check().message()));
                        }
                    }
                    reading.notes().forEach(n -> notes.add(redact(n.toString())));
                    any = true;
                } else {
                    bad.add(problem(file, "not an applicant file: expected resume.json or credentials (.json, .jwt, .svg)"));
                }
            } catch (ReadException e) {
                bad.addAll(e.problems());
            } catch (IOException | UncheckedIOException e) {
                bad.add(new ReadProblem(Location.document(file.toString()), ReadProblem.Reason.IO_ERROR,
                        "cannot read the file"));
            }
        }
        if (!any && bad.isEmpty()) {
            bad.add(problem(dir, "an applicant directory without resume.json or credentials"));
        }
        if (!bad.isEmpty()) {
            reject(bad);
            return;
        }
        try {
            deliver(new ApplicantProfile(id, name, evidence));
        } catch (RuntimeException e) {
            // e.g. a directory name that is not a valid id
            reject(List.of(problem(dir, "not a valid applicant: " + e.getMessage())));
        }
    }

    private void deliver(ApplicantProfile profile) {
        sink.accept(profile);
        read++;
    }

    private void reject(List<ReadProblem> found) {
        problems.addAll(found);
        rejected++;
    }

    private static ReadProblem problem(Path path, String message) {
        return new ReadProblem(Location.document(path.toString()), ReadProblem.Reason.INVALID_VALUE, message);
    }

    private static List<Path> sorted(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new ReadException(List.of(new ReadProblem(Location.document(dir.toString()), ReadProblem.Reason.IO_ERROR,
                    "cannot list the directory: " + e.getClass().getSimpleName())));
        }
    }

    /**
     * @return a reader's message with every quoted value replaced by {@code "…"}: readers quote the
     *     values they refuse, and in applicants' files those may be names or texts, which must not
     *     reach logs. The location and the reason stay.
     */
    static String redact(String message) {
        return QUOTED.matcher(message).replaceAll(m -> m.group().charAt(0) == '"' ? "\"…\"" : "'…'");
    }

    /** @return a problem as a line for a log: location, reason, redacted message */
    static String line(ReadProblem problem) {
        return problem.location() + ": " + redact(problem.message());
    }
}
