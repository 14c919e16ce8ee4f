package io.github.opennqf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.examples.cli.OpenNqfCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return OpenNqfCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    @Test
    void levelsPrintsEveryBundledFrameworkWithMappings() {
        assertThat(run("levels")).isZero();
        String text = out.toString();
        assertThat(text).contains("kz-nqf:2025", "eqf:2017", "isced:2011");
        assertThat(text).contains("<http://data.europa.eu/snb/eqf/8>");
        assertThat(text).contains("-> eqf:2017 [6] (unofficial)");
        assertThat(text).contains("-> isced:2011 [3, 4] (unofficial)");
    }

    @Test
    void levelsInRussianForOneFramework() {
        assertThat(run("levels", "--framework", "kz-nqf:2025", "--lang", "ru")).isZero();
        assertThat(out.toString()).contains("Уровень 6").doesNotContain("eqf:2017 —");
    }

    @Test
    void badInputGivesAMessageAndNoStackTrace() {
        assertThat(run("levels", "--framework", "kz-nqf")).isEqualTo(2);
        assertThat(err.toString()).startsWith("--framework: framework: 'kz-nqf' is not valid").doesNotContain("at io.github");
        assertThat(run("levels", "--framework", "ru-nqf:2013")).isEqualTo(2);
        assertThat(err.toString()).contains("is not bundled");
        assertThat(run("no-such-command")).isEqualTo(2);
    }

    @Test
    void quickStartPrintsWhatTheReadmeSays() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("KZ NQF level 6 in the EQF: [eqf:2017/6] (UNOFFICIAL)");
        assertThat(text).contains("Program code 6B06101: level 6, BACHELOR, ISCED-F 061");
        assertThat(text).contains("KZ NQF level 6, knowledge (ru): Углублённые");
    }
}
