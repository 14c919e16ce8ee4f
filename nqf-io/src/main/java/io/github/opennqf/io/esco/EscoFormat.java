package io.github.opennqf.io.esco;

import io.github.opennqf.io.ReadException;
import io.github.opennqf.io.ReadLimits;
import io.github.opennqf.io.internal.esco.EscoReader;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The ESCO classification's CSV export (v1.1.x), read as an {@link EscoClassification}.
 *
 * <pre>{@code
 * EscoClassification esco = EscoFormat.csv().read(Path.of("esco-v1.1.1"));
 * List<ProfessionalStandard> standards = esco.toStandards();
 * }</pre>
 *
 * <p>The export is a directory. Read are: every {@code skills_<lang>.csv},
 * {@code occupations_<lang>.csv} and {@code ISCOGroups_<lang>.csv} (labels of one concept merged
 * across languages, the language taken from the file name), {@code occupationSkillRelations.csv},
 * and the hierarchies {@code broaderRelationsSkillPillar.csv} and
 * {@code broaderRelationsOccPillar.csv} (a concept's broader concepts). Skills, occupations and
 * relations are required; the ISCO groups and the hierarchies are optional. Not read:
 * {@code skillsHierarchy_<lang>.csv}, {@code skillSkillRelations.csv}, the skill groups' own
 * files, and the columns other than the URI, type, reuse level, code, ISCO group, labels and
 * description; broader relations of skill groups (whose labels the model does not hold) are
 * skipped.
 *
 * <p>Reading streams every file with a real CSV parser (quoted multi-line cells, as ESCO uses
 * for alternative labels) and holds the limits of {@link ReadLimits} per file. Either the whole
 * classification is returned or a {@link ReadException} lists every problem of every file, each
 * located by file name, line and column: an unknown skill type, reuse level or relation type, a
 * repeated URI in one file, a relation to an occupation or skill that no file defines, a malformed
 * URI or ISCO code, a missing column or file.
 *
 * <p>Immutable and thread-safe; {@code withX} methods return copies.
 *
 * @since 0.1.0
 */
public final class EscoFormat {
    private final ReadLimits limits;

    private EscoFormat(ReadLimits limits) {
        this.limits = limits;
    }

    /** @return the CSV export reader with {@link ReadLimits#DEFAULTS} */
    public static EscoFormat csv() {
        return new EscoFormat(ReadLimits.DEFAULTS);
    }

    /** @param value the limits, applied to each file @return a copy reading within them */
    public EscoFormat withLimits(ReadLimits value) {
        return new EscoFormat(Objects.requireNonNull(value, "limits"));
    }

    /** @return the limits reads are held to */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * @param directory the export's directory
     * @return the classification
     * @throws ReadException with every problem found
     */
    public EscoClassification read(Path directory) {
        return EscoReader.read(Objects.requireNonNull(directory, "directory"), limits);
    }

    /** @return {@code EscoFormat[csv]} */
    @Override
    public String toString() {
        return "EscoFormat[csv]";
    }
}
