package io.github.opennqf.examples;

import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.FrameworkRef;
import io.github.opennqf.framework.Frameworks;
import io.github.opennqf.framework.LevelMapping;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.framework.QualificationsFramework;
import io.github.opennqf.program.NationalProgramCode;
import io.github.opennqf.program.ProgramCode;
import io.github.opennqf.text.LanguagePriority;
import java.io.PrintStream;

/**
 * The README's quick-start example, runnable: look up a level descriptor of the bundled
 * Kazakhstan NQF, map the level to the EQF, and parse a program code written with a Cyrillic
 * letter.
 */
public final class QuickStart {
    private QuickStart() {}

    /**
     * Runs the example.
     *
     * @param out where to print
     */
    public static void run(PrintStream out) {
        // README:begin
        QualificationsFramework nqf = Frameworks.kazakhstanNqf();
        String knowledge = nqf.level(6).orElseThrow()
                .descriptor(DescriptorCategory.KZ_KNOWLEDGE).orElseThrow()
                .resolve(LanguagePriority.of("ru"));

        LevelMapping toEqf = Frameworks.levelMappings()
                .between(FrameworkRef.KZ_NQF_2025, FrameworkRef.EQF_2017).orElseThrow();
        var eqfLevels = Frameworks.levelMappings()
                .map(LevelRef.parse("kz-nqf:2025/6"), FrameworkRef.EQF_2017);      // [eqf:2017/6]

        NationalProgramCode code = NationalProgramCode.parse("6В06101");          // Cyrillic В
        ProgramCode program = (ProgramCode) code;                                 // 6B06101
        // README:end
        out.println("KZ NQF level 6, knowledge (ru): " + knowledge);
        out.println("KZ NQF level 6 in the EQF: " + eqfLevels + " (" + toEqf.status() + ")");
        out.println("Program code " + program + ": level " + program.level() + ", " + program.degree()
                + ", ISCED-F " + program.field() + " (" + program.field().broadFieldName() + ")");
    }

    /**
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }
}
