package io.github.opennqf.io.internal.esco;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.code.IscoCode;
import io.github.opennqf.io.Location;
import io.github.opennqf.io.ReadException;
import io.github.opennqf.io.ReadLimits;
import io.github.opennqf.io.ReadProblem.Reason;
import io.github.opennqf.io.ReadProblem;
import io.github.opennqf.io.esco.EscoClassification;
import io.github.opennqf.io.esco.EscoOccupation;
import io.github.opennqf.io.esco.EscoSkill;
import io.github.opennqf.io.esco.IscoGroup;
import io.github.opennqf.io.esco.OccupationSkillRelation;
import io.github.opennqf.io.esco.ReuseLevel;
import io.github.opennqf.io.esco.SkillType;
import io.github.opennqf.io.internal.input.BoundedInputStream;
import io.github.opennqf.io.internal.input.FatalReadProblem;
import io.github.opennqf.io.internal.input.Problems;
import io.github.opennqf.io.internal.input.Utf8Reader;
import io.github.opennqf.io.internal.tabular.CsvRows;
import io.github.opennqf.io.internal.tabular.Header;
import io.github.opennqf.io.internal.tabular.Row;
import io.github.opennqf.text.MultilingualText;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads an ESCO CSV export (a directory) into an {@link EscoClassification}: every
 * {@code skills_<lang>.csv}, {@code occupations_<lang>.csv} and {@code ISCOGroups_<lang>.csv}
 * present (labels merged by URI across languages), {@code occupationSkillRelations*.csv} and the
 * two {@code broaderRelations*Pillar*.csv} hierarchies. Rows are streamed; every problem of every
 * file is collected, located by file, line and column, before the read fails. Thread-safe: no
 * state between calls.
 */
public final class EscoReader {
    private static final Pattern LANGUAGE_FILE = Pattern.compile("(skills|occupations|ISCOGroups)_([A-Za-z-]+)\\.csv");
    private static final String SKILLS = "skills";
    private static final String OCCUPATIONS = "occupations";
    private static final String ISCO_GROUPS = "ISCOGroups";

    private EscoReader() {}

    /** One CSV row of one file, with its cells by column name. */
    @FunctionalInterface
    private interface RowHandler {
        void accept(Cells cells);
    }

    /** The cells of a row, by column name, with the row's location. */
    private static final class Cells {
        private final Header header;
        private final Row row;
        private final String file;
        private final Problems problems;
        private final Map<String, URI> uris;

        Cells(Header header, Row row, String file, Problems problems, Map<String, URI> uris) {
            this.header = header;
            this.row = row;
            this.file = file;
            this.problems = problems;
            this.uris = uris;
        }

        String get(String column) {
            int index = header.index(column);
            return index < 0 ? "" : row.cells().get(index);
        }

        Location at(String column) {
            return Location.at(file, row.line(), header.index(column) + 1L);
        }

        void problem(String column, Reason reason, String message) {
            problems.add(at(column), reason, message, null);
        }

        /** @return the cell as an absolute URI, or {@code null} after recording why it is not one */
        @Nullable URI uri(String column) {
            String text = get(column).strip();
            if (text.isEmpty()) {
                problem(column, Reason.MISSING_FIELD, "the " + column + " cell is empty");
                return null;
            }
            URI known = uris.get(text);
            if (known != null) {
                return known;
            }
            try {
                URI uri = new URI(text);
                if (uri.isAbsolute()) {
                    // one instance per URI: the maps keyed by URI then compare by identity, not by parts
                    uris.put(text, uri);
                    return uri;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            problem(column, Reason.INVALID_VALUE, "'" + text + "' is not an absolute URI");
            return null;
        }
    }

    /** A concept's labels, gathered across the language files. */
    private static class Labels {
        final Map<String, String> preferred = new LinkedHashMap<>();
        final Map<String, List<String>> alternative = new LinkedHashMap<>();
        final Map<String, String> description = new LinkedHashMap<>();
        final List<URI> broader = new ArrayList<>();

        void read(Cells cells, String language) {
            String label = cells.get("preferredlabel").strip();
            if (label.isEmpty()) {
                cells.problem("preferredlabel", Reason.MISSING_FIELD, "the preferredLabel cell is empty");
            } else {
                preferred.put(language, label);
            }
            List<String> alt = cells.get("altlabels").lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (!alt.isEmpty()) {
                alternative.put(language, alt);
            }
            String text = cells.get("description").strip();
            if (!text.isEmpty()) {
                description.put(language, text);
            }
        }

        MultilingualText preferred() {
            return MultilingualText.of(preferred);
        }

        @Nullable MultilingualText description() {
            return description.isEmpty() ? null : MultilingualText.of(description);
        }
    }

    private static final class SkillDraft extends Labels {
        @Nullable SkillType type;
        @Nullable ReuseLevel reuse;
    }

    private static final class OccupationDraft extends Labels {
        String code = "";
        @Nullable IscoCode group;
    }

    private static final class GroupDraft extends Labels {
        @Nullable IscoCode code;
    }

    /**
     * @param directory the export's directory
     * @param limits bounds per file (bytes, cell length, rows) and on the problems collected
     * @return the classification
     * @throws ReadException with every problem found
     */
    public static EscoClassification read(Path directory, ReadLimits limits) {
        Path name = directory.getFileName();
        String source = name == null ? directory.toString() : name.toString();
        Problems problems = new Problems(source, limits.maxProblems());
        if (!Files.isDirectory(directory)) {
            problems.add(Location.document(source), Files.exists(directory) ? Reason.MALFORMED_SYNTAX : Reason.IO_ERROR,
                    (Files.exists(directory) ? directory + " is not a directory" : "no such directory: " + directory)
                            + "; an ESCO CSV export is a directory holding skills_<lang>.csv, occupations_<lang>.csv"
                            + " and occupationSkillRelations.csv", null);
            throw problems.exception();
        }
        Map<String, Set<String>> languages = languages(directory, problems);
        Path relationsFile = single(directory, "occupationSkillRelations", true, problems);
        Path skillBroader = single(directory, "broaderRelationsSkillPillar", false, problems);
        Path occupationBroader = single(directory, "broaderRelationsOccPillar", false, problems);
        for (String kind : List.of(SKILLS, OCCUPATIONS)) {
            if (languages.get(kind).isEmpty()) {
                problems.add(Location.document(source), Reason.MISSING_FIELD, "the directory has no " + kind
                        + "_<lang>.csv file (such as " + kind + "_en.csv)", null);
            }
        }
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        Map<String, URI> uris = new HashMap<>();
        Map<URI, SkillDraft> skills = new LinkedHashMap<>();
        for (String language : languages.get(SKILLS)) {
            Set<URI> seen = new HashSet<>();
            rows(directory.resolve(SKILLS + "_" + language + ".csv"), List.of("concepturi", "skilltype",
                    "reuselevel", "preferredlabel", "altlabels", "description"), limits, problems, uris, cells -> {
                        URI uri = cells.uri("concepturi");
                        if (uri == null || !unique(seen, uri, cells, "skill")) {
                            return;
                        }
                        SkillDraft draft = skills.computeIfAbsent(uri, k -> new SkillDraft());
                        draft.read(cells, language);
                        String type = cells.get("skilltype").strip();
                        if (!type.isEmpty()) {
                            draft.type = SkillType.fromCode(type).orElse(null);
                            if (draft.type == null) {
                                cells.problem("skilltype", Reason.UNKNOWN_VALUE, "unknown skill type '" + type
                                        + "'; expected knowledge or skill/competence");
                            }
                        }
                        String reuse = cells.get("reuselevel").strip();
                        if (!reuse.isEmpty()) {
                            draft.reuse = ReuseLevel.fromCode(reuse).orElse(null);
                            if (draft.reuse == null) {
                                cells.problem("reuselevel", Reason.UNKNOWN_VALUE, "unknown reuse level '" + reuse
                                        + "'; expected transversal, cross-sector, sector-specific or occupation-specific");
                            }
                        }
                    });
        }
        Map<URI, OccupationDraft> occupations = new LinkedHashMap<>();
        for (String language : languages.get(OCCUPATIONS)) {
            Set<URI> seen = new HashSet<>();
            rows(directory.resolve(OCCUPATIONS + "_" + language + ".csv"), List.of("concepturi", "iscogroup",
                    "preferredlabel", "altlabels", "description", "code"), limits, problems, uris, cells -> {
                        URI uri = cells.uri("concepturi");
                        if (uri == null || !unique(seen, uri, cells, "occupation")) {
                            return;
                        }
                        OccupationDraft draft = occupations.computeIfAbsent(uri, k -> new OccupationDraft());
                        draft.read(cells, language);
                        draft.code = cells.get("code").strip();
                        if (draft.code.isEmpty()) {
                            cells.problem("code", Reason.MISSING_FIELD, "the code cell is empty");
                        }
                        draft.group = isco(cells, "iscogroup");
                    });
        }
        Map<URI, GroupDraft> groups = new LinkedHashMap<>();
        for (String language : languages.get(ISCO_GROUPS)) {
            Set<URI> seen = new HashSet<>();
            rows(directory.resolve(ISCO_GROUPS + "_" + language + ".csv"), List.of("concepturi", "code",
                    "preferredlabel", "altlabels", "description"), limits, problems, uris, cells -> {
                        URI uri = cells.uri("concepturi");
                        if (uri == null || !unique(seen, uri, cells, "ISCO group")) {
                            return;
                        }
                        GroupDraft draft = groups.computeIfAbsent(uri, k -> new GroupDraft());
                        draft.read(cells, language);
                        draft.code = isco(cells, "code");
                    });
        }
        List<OccupationSkillRelation> relations = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        Map<URI, Dangling> dangling = new LinkedHashMap<>();
        rows(relationsFile, List.of("occupationuri", "relationtype", "skilluri"), limits, problems, uris, cells -> {
            URI occupation = cells.uri("occupationuri");
            URI skill = cells.uri("skilluri");
            String type = cells.get("relationtype").strip();
            boolean essential = type.equals("essential");
            if (!essential && !type.equals("optional")) {
                cells.problem("relationtype", Reason.UNKNOWN_VALUE, "unknown relation type '" + type
                        + "'; expected essential or optional");
                return;
            }
            if (occupation == null || skill == null) {
                return;
            }
            if (!occupations.containsKey(occupation)) {
                dangling.computeIfAbsent(occupation, k -> new Dangling("occupation", cells.at("occupationuri"))).count++;
            }
            if (!skills.containsKey(skill)) {
                dangling.computeIfAbsent(skill, k -> new Dangling("skill", cells.at("skilluri"))).count++;
            }
            if (!pairs.add(occupation + " " + skill)) {
                cells.problem("skilluri", Reason.DUPLICATE, "the relation of " + occupation + " to " + skill
                        + " appears twice");
            } else {
                relations.add(new OccupationSkillRelation(occupation, skill, essential));
            }
        });
        Map<URI, Labels> concepts = new HashMap<>(skills);
        concepts.putAll(occupations);
        concepts.putAll(groups);
        for (Path file : new Path[] {skillBroader, occupationBroader}) {
            if (file != null) {
                rows(file, List.of("concepttype", "concepturi", "broaderuri"), limits, problems, uris, cells -> {
                    URI uri = cells.uri("concepturi");
                    URI broader = cells.uri("broaderuri");
                    Labels concept = uri == null ? null : concepts.get(uri);
                    if (concept != null && broader != null) {
                        concept.broader.add(broader);
                    } else if (uri != null && !cells.get("concepttype").strip().equals("SkillGroup")) {
                        dangling.computeIfAbsent(uri, k -> new Dangling(cells.get("concepttype").strip(),
                                cells.at("concepturi"))).count++;
                    }
                });
            }
        }
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        List<ReadProblem> warnings = new ArrayList<>();
        dangling.forEach((uri, d) -> warnings.add(new ReadProblem(d.first, Reason.DANGLING_REFERENCE, d.what + " " + uri
                + " is in no file read, yet " + d.count + (d.count == 1 ? " row refers" : " rows refer") + " to it (the first"
                + " here); relations to it are kept but give no requirement or standard")));
        return build(skills, occupations, groups, relations, source, warnings);
    }

    /** A concept that rows refer to but no file defines: where first, and how often. */
    private static final class Dangling {
        final String what;
        final Location first;
        int count;

        Dangling(String what, Location first) {
            this.what = what;
            this.first = first;
        }
    }

    private static EscoClassification build(Map<URI, SkillDraft> skills, Map<URI, OccupationDraft> occupations,
            Map<URI, GroupDraft> groups, List<OccupationSkillRelation> relations, String source,
            List<ReadProblem> warnings) {
        List<EscoSkill> skillList = new ArrayList<>(skills.size());
        skills.forEach((uri, d) -> {
            if (d.type == null) {
                warnings.add(new ReadProblem(Location.document(source), Reason.MISSING_FIELD, "skill " + uri
                        + " has no skill type; it becomes an esco-skill-competence requirement"));
            }
            skillList.add(new EscoSkill(uri, d.type, d.reuse, d.preferred(), d.alternative, d.description(), d.broader));
        });
        List<EscoOccupation> occupationList = new ArrayList<>(occupations.size());
        occupations.forEach((uri, d) -> occupationList.add(new EscoOccupation(uri, d.code,
                java.util.Objects.requireNonNull(d.group), d.preferred(), d.alternative, d.description(), d.broader)));
        List<IscoGroup> groupList = new ArrayList<>(groups.size());
        groups.forEach((uri, d) -> groupList.add(new IscoGroup(uri, java.util.Objects.requireNonNull(d.code),
                d.preferred(), d.description(), d.broader)));
        return EscoClassification.of(skillList, occupationList, groupList, relations, warnings);
    }

    private static boolean unique(Set<URI> seen, URI uri, Cells cells, String what) {
        if (seen.add(uri)) {
            return true;
        }
        cells.problem("concepturi", Reason.DUPLICATE, "the " + what + " " + uri + " appears twice in this file");
        return false;
    }

    private static @Nullable IscoCode isco(Cells cells, String column) {
        String text = cells.get(column).strip();
        if (text.isEmpty()) {
            cells.problem(column, Reason.MISSING_FIELD, "the " + column + " cell is empty");
            return null;
        }
        try {
            return IscoCode.parse(text);
        } catch (InvalidValueException e) {
            cells.problem(column, Reason.INVALID_VALUE, e.getMessage());
            return null;
        }
    }

    /** The languages of the language files present, by kind, in a fixed order. */
    private static Map<String, Set<String>> languages(Path directory, Problems problems) {
        Map<String, Set<String>> languages = new HashMap<>();
        for (String kind : List.of(SKILLS, OCCUPATIONS, ISCO_GROUPS)) {
            languages.put(kind, new TreeSet<>());
        }
        for (Path file : list(directory, problems)) {
            Matcher m = LANGUAGE_FILE.matcher(String.valueOf(file.getFileName()));
            if (m.matches()) {
                try {
                    languages.get(m.group(1)).add(MultilingualText.normaliseTag(m.group(2)));
                } catch (InvalidValueException e) {
                    problems.add(Location.document(String.valueOf(file.getFileName())), Reason.INVALID_VALUE,
                            "the file name does not end in a BCP 47 language tag: " + e.getMessage(), e);
                }
            }
        }
        return languages;
    }

    /** The one file whose name starts with {@code prefix} and ends in {@code .csv}. */
    private static @Nullable Path single(Path directory, String prefix, boolean required, Problems problems) {
        List<Path> found = list(directory, problems).stream()
                .filter(f -> {
                    String n = String.valueOf(f.getFileName());
                    return n.startsWith(prefix) && n.toLowerCase(Locale.ROOT).endsWith(".csv");
                })
                .sorted()
                .toList();
        if (found.size() > 1) {
            problems.add(Location.document(directory.getFileName() + ""), Reason.DUPLICATE, "more than one "
                    + prefix + "*.csv file: " + found.stream().map(Path::getFileName).toList(), null);
        } else if (found.isEmpty() && required) {
            problems.add(Location.document(directory.getFileName() + ""), Reason.MISSING_FIELD, "the directory has no "
                    + prefix + ".csv file", null);
        }
        return found.size() == 1 ? found.get(0) : null;
    }

    private static List<Path> list(Path directory, Problems problems) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            problems.add(Location.document(directory.toString()), Reason.IO_ERROR, "cannot list " + directory + ": "
                    + Problems.describe(e), e);
            return List.of();
        }
    }

    private static void rows(Path file, List<String> required, ReadLimits limits, Problems problems,
            Map<String, URI> uris, RowHandler handler) {
        String source = String.valueOf(file.getFileName());
        Problems local = new Problems(source, limits.maxProblems());
        long line = 1;
        try (InputStream raw = Files.newInputStream(file);
                Reader in = new Utf8Reader(new BoundedInputStream(raw, limits.maxBytes()));
                CsvRows rows = CsvRows.open(in, limits)) {
            Row headerRow = rows.next(Header.MAX_COLUMNS);
            if (headerRow == null) {
                local.add(1, 0, Reason.MISSING_FIELD, "the file is empty: expected a header row with the columns "
                        + String.join(",", required));
            } else {
                Header header = Header.read(headerRow, required, local);
                long records = 0;
                while (header != null && !problems.full()) {
                    Row row = rows.next(header.size());
                    if (row == null) {
                        break;
                    }
                    line = row.line();
                    if (++records > limits.maxRecords()) {
                        local.add(row.line(), 0, Reason.LIMIT_EXCEEDED, "more than " + limits.maxRecords()
                                + " records (ReadLimits.maxRecords); reading stopped");
                        break;
                    }
                    if (row.cellCount() != header.size()) {
                        local.add(row.line(), Math.min(row.cellCount(), header.size()) + 1, Reason.MALFORMED_SYNTAX,
                                "the row has " + row.cellCount() + " cells but the header has " + header.size()
                                        + " columns");
                        continue;
                    }
                    handler.accept(new Cells(header, row, source, problems, uris));
                }
            }
        } catch (FatalReadProblem e) {
            local.add(e.line, e.column, e.reason, e.getMessage(), e.getCause());
        } catch (NoSuchFileException e) {
            local.add(0, 0, Reason.IO_ERROR, "cannot read " + file + ": no such file", e);
        } catch (IOException e) {
            local.add(line, 0, Reason.IO_ERROR, "cannot read " + file + ": " + Problems.describe(e), e);
        } catch (InvalidValueException e) {
            local.add(line, 0, Reason.INVALID_VALUE, e.getMessage(), e);
        }
        if (!local.isEmpty()) {
            for (ReadProblem p : local.exception().problems()) {
                problems.add(p.location(), p.reason(), p.message(), null);
            }
        }
    }
}
