package io.github.opennqf.design.internal;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.framework.QualificationsFramework;
import io.github.opennqf.program.EducationalProgram;
import java.util.List;
import java.util.stream.Collectors;

/** The preconditions design, QA and effort share, with messages naming the element and why. */
public final class Programs {
    private Programs() {}

    /** @return the program's level, or throws saying the program has none */
    public static LevelRef requireLevel(EducationalProgram program, String task) {
        LevelRef level = program.level();
        if (level == null) {
            throw new InvalidValueException("program " + program.id() + " level", null,
                    "is not stated; " + task + " needs the program's framework level, such as kz-nqf:2025/6");
        }
        return level;
    }

    /** Throws saying the program has no outcomes, if so. */
    public static void requireOutcomes(EducationalProgram program, String task) {
        if (program.outcomes().isEmpty()) {
            throw new InvalidValueException("program " + program.id() + " outcomes", null,
                    "the program has no learning outcomes; " + task + " needs at least one");
        }
    }

    /** @return the framework of a level, which must have that level */
    public static QualificationsFramework framework(List<QualificationsFramework> frameworks, LevelRef level,
            String owner) {
        QualificationsFramework framework = frameworks.stream().filter(f -> f.ref().equals(level.framework()))
                .findFirst().orElseThrow(() -> new InvalidValueException(owner + " level", level.toString(),
                        "refers to framework " + level.framework() + ", which is not known; known: "
                                + frameworks.stream().map(f -> f.ref().toString()).collect(Collectors.joining(", "))));
        if (framework.level(level.level()).isEmpty()) {
            throw new InvalidValueException(owner + " level", level.toString(), "framework " + framework.ref()
                    + " has no level " + level.level() + "; its levels are " + framework.levels().stream()
                            .map(l -> l.level().toString()).collect(Collectors.joining(", ")));
        }
        return framework;
    }
}
