package io.github.opennqf.io.internal.tabular;

import io.github.opennqf.framework.FrameworkLevel;
import io.github.opennqf.framework.FrameworkRef;
import io.github.opennqf.framework.Frameworks;
import io.github.opennqf.framework.Level;
import io.github.opennqf.framework.QualificationsFramework;
import io.github.opennqf.io.TabularOptions;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What every row of one read needs from the options: the level framework (and, when it is one of
 * the bundled frameworks, its level numbers, to reject a level it does not have) and the default
 * language of texts. Immutable.
 */
final class ReadContext {
    private final FrameworkRef levelFramework;
    private final String language;
    private final @Nullable QualificationsFramework bundled;

    ReadContext(TabularOptions options) {
        this.levelFramework = options.levelFramework();
        this.language = options.language();
        this.bundled = Frameworks.bundled(levelFramework).orElse(null);
    }

    FrameworkRef levelFramework() {
        return levelFramework;
    }

    /** @return the normalised BCP 47 tag for rows without a language cell */
    String language() {
        return language;
    }

    /**
     * @param rank a level number, as digits
     * @return why the level framework has no such level, or {@code null} if it has; frameworks
     *     that are not bundled are not checked (the model's own range 0–8 still applies)
     */
    @Nullable String rankProblem(String rank) {
        if (bundled == null || rank.length() <= 2 && bundled.level(Integer.parseInt(rank)).isPresent()) {
            return null;
        }
        String ranks = bundled.levels().stream()
                .map(FrameworkLevel::level)
                .map(Level::toString)
                .collect(Collectors.joining(", "));
        return "level " + rank + " is not a level of " + levelFramework + " (its levels are " + ranks + ")";
    }
}
