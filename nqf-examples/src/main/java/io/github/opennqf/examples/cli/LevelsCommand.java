package io.github.opennqf.examples.cli;

import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.FrameworkLevel;
import io.github.opennqf.framework.FrameworkRef;
import io.github.opennqf.framework.Frameworks;
import io.github.opennqf.framework.LevelMappings;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.framework.QualificationsFramework;
import io.github.opennqf.text.LanguagePriority;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code opennqf levels}: prints the levels of the bundled frameworks and how they map. */
@Command(name = "levels", mixinStandardHelpOptions = true,
        description = "Print the levels and descriptors of the bundled frameworks (KZ NQF 2025, EQF 2017, "
                + "ISCED 2011) and the level mappings between them.")
final class LevelsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--framework", paramLabel = "ID:EDITION",
            description = "Only this framework, e.g. kz-nqf:2025, eqf:2017 or isced:2011.")
    @Nullable String framework;

    @Option(names = "--lang", paramLabel = "TAGS", defaultValue = "en",
            description = "Language priority list, e.g. ru or kk,ru,en (default: ${DEFAULT-VALUE}).")
    String languages;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LanguagePriority priority;
        try {
            priority = LanguagePriority.parse(languages);
        } catch (io.github.opennqf.InvalidValueException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang: " + e.getMessage());
        }
        java.util.Set<String> available = new java.util.TreeSet<>();
        Frameworks.bundled().forEach(f -> available.addAll(f.title().languages()));
        for (String tag : languages.split(",")) {
            if (!available.contains(io.github.opennqf.text.MultilingualText.normaliseTag(tag.strip()))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--lang: no bundled text is in '"
                        + tag.strip() + "'; the bundled frameworks are in " + String.join(", ", available));
            }
        }
        List<QualificationsFramework> frameworks;
        try {
            frameworks = framework == null ? Frameworks.bundled()
                    : List.of(Frameworks.bundled(FrameworkRef.parse(framework)).orElseThrow(() ->
                            new io.github.opennqf.InvalidValueException("framework", framework,
                                    "is not bundled; bundled are kz-nqf:2025, eqf:2017, isced:2011")));
        } catch (io.github.opennqf.InvalidValueException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--framework: " + e.getMessage());
        }
        LevelMappings mappings = Frameworks.levelMappings();
        for (QualificationsFramework f : frameworks) {
            out.printf("%s — %s%n", f.ref(), f.title().resolve(priority));
            out.printf("  texts: %s; source: %s%n", f.textOrigin(), f.provenance().source());
            for (FrameworkLevel level : f.levels()) {
                out.printf("%n  %s%s%n", level.title().resolve(priority),
                        level.iri() == null ? "" : "  <" + level.iri() + ">");
                if (level.description() != null) {
                    out.printf("    %s%n", level.description().resolve(priority));
                }
                for (DescriptorCategory category : f.categories()) {
                    out.printf("    %-42s %s%n", category + ":", level.descriptors().get(category).resolve(priority));
                }
                for (QualificationsFramework other : Frameworks.bundled()) {
                    if (other == f) {
                        continue;
                    }
                    var mapped = mappings.map(LevelRef.of(f.ref(), level.level()), other.ref());
                    mappings.between(f.ref(), other.ref()).ifPresent(m -> out.printf("    -> %s %s (%s)%n",
                            other.ref(), mapped.stream().map(r -> r.level().toString()).collect(Collectors.joining(", ", "[", "]")),
                            m.status().toString().toLowerCase(java.util.Locale.ROOT)));
                }
            }
            out.println();
        }
        out.flush();
        return 0;
    }
}
