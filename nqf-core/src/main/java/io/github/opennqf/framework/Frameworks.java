package io.github.opennqf.framework;

import io.github.opennqf.internal.DefinitionParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The bundled reference frameworks and level mappings, and the reader for user-supplied
 * definitions in the same format.
 *
 * <pre>{@code
 * QualificationsFramework nqf = Frameworks.kazakhstanNqf();   // 8 levels x 3 categories, kk/ru/en
 * QualificationsFramework eqf = Frameworks.eqf();             // with IRIs http://data.europa.eu/snb/eqf/N
 * QualificationsFramework isced = Frameworks.isced2011();     // levels 0-8
 * LevelMappings mappings = Frameworks.levelMappings();        // KZ NQF <-> EQF <-> ISCED, all unofficial
 *
 * try (Reader in = Files.newBufferedReader(Path.of("my-framework.properties"))) {
 *     QualificationsFramework mine = Frameworks.read(in, "my-framework.properties");
 * }
 * }</pre>
 *
 * <p>Bundled data is read from resource files under {@code io/github/opennqf/framework/data/} on
 * first use and kept; the definition format is documented in {@code docs/framework-format.md}.
 * The bundled descriptor texts are OpenNQF's own paraphrases, labelled as such
 * ({@link TextOrigin#PARAPHRASE}) with their source in {@link QualificationsFramework#provenance()}.
 *
 * <p>All methods are thread-safe. A definition with problems gets a
 * {@link FrameworkDefinitionException} that lists every problem with the key it concerns.
 *
 * @since 0.1.0
 */
public final class Frameworks {
    private Frameworks() {}

    private static final class KazakhstanNqf {
        static final QualificationsFramework VALUE = bundledFramework("kz-nqf-2025.properties");
    }

    private static final class Eqf {
        static final QualificationsFramework VALUE = bundledFramework("eqf-2017.properties");
    }

    private static final class Isced {
        static final QualificationsFramework VALUE = bundledFramework("isced-2011.properties");
    }

    private static final class Mappings {
        static final LevelMappings VALUE = LevelMappings.of(List.of(
                bundledMapping("kz-nqf-2025_eqf-2017.properties"),
                bundledMapping("eqf-2017_isced-2011.properties"),
                bundledMapping("kz-nqf-2025_isced-2011.properties")));
    }

    /** @return the Kazakhstan National Qualifications Framework, 2025 edition ({@code kz-nqf:2025}) */
    public static QualificationsFramework kazakhstanNqf() {
        return KazakhstanNqf.VALUE;
    }

    /** @return the European Qualifications Framework, 2017 ({@code eqf:2017}) */
    public static QualificationsFramework eqf() {
        return Eqf.VALUE;
    }

    /** @return the ISCED 2011 levels 0–8 ({@code isced:2011}) */
    public static QualificationsFramework isced2011() {
        return Isced.VALUE;
    }

    /** @return every bundled framework: the Kazakhstan NQF, the EQF and ISCED 2011 */
    public static List<QualificationsFramework> bundled() {
        return List.of(kazakhstanNqf(), eqf(), isced2011());
    }

    /**
     * @param ref a framework edition
     * @return the bundled framework with that id and edition, if there is one
     */
    public static Optional<QualificationsFramework> bundled(FrameworkRef ref) {
        Objects.requireNonNull(ref, "ref");
        return bundled().stream().filter(f -> f.ref().equals(ref)).findFirst();
    }

    /** @return the bundled level mappings between the bundled frameworks */
    public static LevelMappings levelMappings() {
        return Mappings.VALUE;
    }

    /**
     * Reads a framework definition. The reader is read to its end but not closed.
     *
     * @param reader the definition text; at most 1 MiB of characters
     * @param sourceName a name for error messages, such as the file name
     * @return the framework
     * @throws FrameworkDefinitionException listing every problem, if the definition is not valid
     */
    public static QualificationsFramework read(Reader reader, String sourceName) {
        return DefinitionParser.readFramework(reader, sourceName);
    }

    /**
     * Reads a level-mapping definition. The reader is read to its end but not closed.
     *
     * @param reader the definition text; at most 1 MiB of characters
     * @param sourceName a name for error messages, such as the file name
     * @return the mapping
     * @throws FrameworkDefinitionException listing every problem, if the definition is not valid
     */
    public static LevelMapping readMapping(Reader reader, String sourceName) {
        return DefinitionParser.readMapping(reader, sourceName);
    }

    private static QualificationsFramework bundledFramework(String name) {
        try (Reader in = open(name)) {
            return read(in, "bundled " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LevelMapping bundledMapping(String name) {
        try (Reader in = open(name)) {
            return readMapping(in, "bundled " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader open(String name) {
        InputStream in = Frameworks.class.getResourceAsStream("data/" + name);
        if (in == null) {
            throw new IllegalStateException("bundled resource missing from the jar: data/" + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
