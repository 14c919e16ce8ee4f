package io.github.opennqf.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell launcher ({@code src/main/launcher/opennqf}), run against a stand-in {@code java} that
 * records its arguments: the options it passes, the class-data sharing archive it makes once and
 * uses after, the user's options and arguments, and its errors.
 */
class LauncherScriptTest {
    private static final Path SCRIPT = Path.of("src/main/launcher/opennqf");

    @TempDir
    Path dir;
    private Path launcher;
    private Path javaHome;
    private Path cache;
    private Path argsFile;
    private Path thpFile;

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")),
                "the shell launcher is tested where /bin/sh exists; this machine has none (Windows uses opennqf.cmd)");
        Path bin = Files.createDirectories(dir.resolve("dist"));
        launcher = bin.resolve("opennqf");
        Files.copy(SCRIPT, launcher);
        makeExecutable(launcher);
        Files.writeString(bin.resolve("opennqf.jar"), "not really a jar");
        javaHome = dir.resolve("jdk");
        cache = dir.resolve("cache");
        argsFile = dir.resolve("args.txt");
        // the kernel's answer, as Linux gives it, so the test does not depend on this machine's
        thpFile = dir.resolve("thp-enabled");
        Files.writeString(thpFile, "always [madvise] never\n");
        // the stand-in java: writes each argument on a line, makes the archive it is asked to dump
        // (unless NO_DUMP is set), and exits with EXIT_CODE
        writeJava("""
                #!/bin/sh
                : > "$ARGS_FILE"
                for a in "$@"; do
                  printf '%s\\n' "$a" >> "$ARGS_FILE"
                  case $a in
                    -XX:ArchiveClassesAtExit=*) [ -z "$NO_DUMP" ] && printf 'archive' > "${a#-XX:ArchiveClassesAtExit=}" ;;
                  esac
                done
                exit "${EXIT_CODE:-0}"
                """);
    }

    @Test
    void passesShortRunOptionsThenTheJarAndEveryArgumentUnchanged() throws Exception {
        Result r = run(Map.of(), "rank", "--programs", "my programs.csv", "--output", "-", "it's \"quoted\"");

        assertThat(r.exitCode).isZero();
        List<String> args = r.javaArgs;
        assertThat(args).startsWith("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-XX:+UseTransparentHugePages",
                "-Xlog:disable", "-Xlog:all=warning,cds*=off:stderr");
        int jar = args.indexOf("-jar");
        assertThat(args.get(jar + 1)).isEqualTo(launcher.getParent().toRealPath().resolve("opennqf.jar").toString());
        assertThat(args.subList(jar + 2, args.size()))
                .containsExactly("rank", "--programs", "my programs.csv", "--output", "-", "it's \"quoted\"");
    }

    @Test
    void firstRunRecordsTheArchiveAndLaterRunsMapIt() throws Exception {
        Result first = run(Map.of(), "--version");
        String dump = option(first.javaArgs, "-XX:ArchiveClassesAtExit=");
        assertThat(dump).startsWith(cache.toString()).endsWith(".tmp");
        assertThat(option(first.javaArgs, "-XX:SharedArchiveFile=")).isNull();
        // renamed from its temporary name once the run ended
        try (var files = Files.list(cache)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).hasSize(1);
            assertThat(names.get(0)).matches("opennqf-\\d+-\\d+\\.jsa");
        }
        assertThat(Files.exists(Path.of(dump))).isFalse();

        Result second = run(Map.of(), "--version");
        String archive = option(second.javaArgs, "-XX:SharedArchiveFile=");
        assertThat(archive).isEqualTo(dump.substring(0, dump.indexOf(".jsa") + 4));
        assertThat(Files.readString(Path.of(archive))).isEqualTo("archive");
        assertThat(option(second.javaArgs, "-XX:ArchiveClassesAtExit=")).isNull();
    }

    @Test
    void aNewBuildOfTheJarGetsANewArchiveAndTheStaleOneIsRemoved() throws Exception {
        run(Map.of(), "--version");
        Path jar = launcher.getParent().resolve("opennqf.jar");
        Files.writeString(jar, "a rebuilt jar, longer than before");
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));

        Result rebuilt = run(Map.of(), "--version");

        assertThat(option(rebuilt.javaArgs, "-XX:ArchiveClassesAtExit=")).isNotNull();
        try (var files = Files.list(cache)) {
            assertThat(files.count()).isEqualTo(1);
        }
    }

    @Test
    void aJvmThatMakesNoArchiveIsNotAskedAgain() throws Exception {
        run(Map.of("NO_DUMP", "1"), "--version");
        Result again = run(Map.of("NO_DUMP", "1"), "--version");

        assertThat(option(again.javaArgs, "-XX:ArchiveClassesAtExit=")).isNull();
        assertThat(option(again.javaArgs, "-XX:SharedArchiveFile=")).isNull();
    }

    @Test
    void aFailedRunWithoutArchiveTriesAgainNextTime() throws Exception {
        Result failed = run(Map.of("NO_DUMP", "1", "EXIT_CODE", "2"), "rank");
        assertThat(failed.exitCode).isEqualTo(2);

        Result next = run(Map.of(), "--version");
        assertThat(option(next.javaArgs, "-XX:ArchiveClassesAtExit=")).isNotNull();
    }

    @Test
    void userOptionsComeAfterTheDefaultsAndAUserCollectorReplacesTheSerialOne() throws Exception {
        Result r = run(Map.of("OPENNQF_JAVA_OPTS", "-XX:+UseSerialGC -XX:TieredStopAtLevel=4 -Xmx2g"), "--version");

        List<String> args = r.javaArgs;
        assertThat(args).doesNotContain("-XX:+UseParallelGC");
        assertThat(args.indexOf("-XX:TieredStopAtLevel=4")).isGreaterThan(args.indexOf("-XX:TieredStopAtLevel=1"));
        assertThat(args).contains("-XX:+UseSerialGC", "-Xmx2g");
        assertThat(args.indexOf("-Xmx2g")).isLessThan(args.indexOf("-jar"));
    }

    @Test
    void hugePagesAreAskedForOnlyWhereTheKernelOffersThem() throws Exception {
        for (String modes : List.of("always defer defer+madvise [madvise] never", "[always] madvise never")) {
            Files.writeString(thpFile, modes + "\n");
            assertThat(run(Map.of(), "--version").javaArgs).contains("-XX:+UseTransparentHugePages");
        }
        Files.writeString(thpFile, "always madvise [never]\n");
        assertThat(run(Map.of(), "--version").javaArgs).doesNotContain("-XX:+UseTransparentHugePages");
        Files.delete(thpFile);
        assertThat(run(Map.of(), "--version").javaArgs).doesNotContain("-XX:+UseTransparentHugePages");
    }

    @Test
    void aCacheDirectoryThatCannotBeMadeMeansNoArchiveAndTheToolStillRuns() throws Exception {
        // under a regular file no directory can be made, whoever runs the test
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        Result r = run(Map.of("OPENNQF_CACHE", file.resolve("opennqf").toString()), "--version");

        assertThat(r.exitCode).isZero();
        assertThat(r.javaArgs).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-XX:ArchiveClassesAtExit"));
        assertThat(r.javaArgs).endsWith("-jar", launcher.getParent().toRealPath().resolve("opennqf.jar").toString(), "--version");
        assertThat(r.stderr).isEmpty();
    }

    @Test
    void cdsOffMakesNoArchive() throws Exception {
        Result r = run(Map.of("OPENNQF_CDS", "off"), "--version");

        assertThat(r.javaArgs).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-XX:ArchiveClassesAtExit"));
        assertThat(Files.exists(cache)).isFalse();
    }

    @Test
    void passesOnTheExitCodeOfTheTool() throws Exception {
        run(Map.of(), "--version");
        assertThat(run(Map.of("EXIT_CODE", "3"), "rank").exitCode).isEqualTo(3);
    }

    @Test
    void findsTheJarThroughASymbolicLink() throws Exception {
        Path link = Files.createDirectories(dir.resolve("bin")).resolve("opennqf");
        Files.createSymbolicLink(link, launcher);

        Result r = run(link, Map.of(), "--version");

        assertThat(r.exitCode).isZero();
        assertThat(r.javaArgs.get(r.javaArgs.indexOf("-jar") + 1))
                .isEqualTo(launcher.getParent().toRealPath().resolve("opennqf.jar").toString());
    }

    @Test
    void aMissingJarOrJavaIsReportedWithWhatToDo() throws Exception {
        Files.delete(launcher.getParent().resolve("opennqf.jar"));
        Result noJar = run(Map.of(), "--version");
        assertThat(noJar.exitCode).isEqualTo(2);
        assertThat(noJar.stderr).contains("opennqf.jar not found").contains("OPENNQF_JAR");

        Files.writeString(launcher.getParent().resolve("opennqf.jar"), "jar");
        Result noJava = run(Map.of("JAVA_HOME", dir.resolve("no-such-jdk").toString()), "--version");
        assertThat(noJava.exitCode).isEqualTo(2);
        assertThat(noJava.stderr).contains("is not an executable java").contains("JAVA_HOME");
        assertThat(Files.exists(argsFile)).isFalse();
    }

    private record Result(int exitCode, List<String> javaArgs, String stderr) {}

    private Result run(Map<String, String> env, String... args) throws Exception {
        return run(launcher, env, args);
    }

    private Result run(Path script, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/sh", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("OPENNQF_JAVA_OPTS");
        pb.environment().remove("OPENNQF_CDS");
        pb.environment().remove("OPENNQF_JAR");
        pb.environment().put("JAVA_HOME", javaHome.toString());
        pb.environment().put("OPENNQF_CACHE", cache.toString());
        pb.environment().put("ARGS_FILE", argsFile.toString());
        pb.environment().put("OPENNQF_THP_FILE", thpFile.toString());
        pb.environment().putAll(env);
        Path err = dir.resolve("stderr.txt");
        pb.redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Files.deleteIfExists(argsFile);
        Process p = pb.start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("the launcher ended").isTrue();
        List<String> javaArgs = Files.exists(argsFile) ? Files.readAllLines(argsFile, StandardCharsets.UTF_8) : List.of();
        return new Result(p.exitValue(), javaArgs, Files.readString(err));
    }

    private static String option(List<String> args, String prefix) {
        return args.stream().filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).findFirst()
                .orElse(null);
    }

    private void writeJava(String body) throws IOException {
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, body);
        makeExecutable(java);
    }

    private static void makeExecutable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
