package io.github.opennqf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.examples.cli.OpenNqfCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Bad options of {@code levels} are usage errors (exit 2) with a sentence, like every other bad option. */
class LevelsOptionsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return OpenNqfCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    @Test
    void aLanguageWithoutBundledTextsIsRefused() {
        assertThat(run("levels", "--lang", "xx")).isEqualTo(2);
        assertThat(err.toString()).contains("--lang: no bundled text is in 'xx'");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnknownFrameworkExitsTwo() {
        assertThat(run("levels", "--framework", "foo:1")).isEqualTo(2);
        assertThat(err.toString()).contains("--framework: ").contains("is not bundled");
    }

    @Test
    void aBundledLanguageAndFrameworkPrint() {
        assertThat(run("levels", "--framework", "eqf:2017", "--lang", "ru,en")).isZero();
        assertThat(out.toString()).contains("eqf:2017");
    }
}
