package io.github.opennqf.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.standard.StandardPassport;
import io.github.opennqf.text.MultilingualText;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 3,007 ESCO v1.1.1 occupations as professional standards, for the saved-matcher benchmark: one
 * card per occupation, one labour function, one requirement per essential or optional skill (its
 * preferred label, essential flag, category by skill type, the skill URI as concept). A benchmark
 * fixture, not the library's ESCO reader.
 */
final class EscoOccupations {
    private EscoOccupations() {}

    static List<ProfessionalStandard> read(Path dir) throws IOException {
        Map<String, String[]> skills = new HashMap<>();
        for (Map<String, String> row : rows(dir.resolve("skills_en.csv"))) {
            skills.put(row.get("conceptUri"), new String[] {row.get("preferredLabel"), row.get("skillType")});
        }
        Map<String, List<Requirement>> requirements = new HashMap<>();
        for (Map<String, String> row : rows(dir.resolve("occupationSkillRelations.csv"))) {
            String[] skill = skills.get(row.get("skillUri"));
            if (skill == null) {
                throw new IOException("occupationSkillRelations.csv names an unknown skill " + row.get("skillUri"));
            }
            List<Requirement> list = requirements.computeIfAbsent(row.get("occupationUri"), k -> new ArrayList<>());
            DescriptorCategory category = "knowledge".equals(skill[1]) ? DescriptorCategory.ESCO_KNOWLEDGE
                    : DescriptorCategory.ESCO_SKILL_COMPETENCE;
            Requirement r = new Requirement("R" + (list.size() + 1), category, MultilingualText.of("en", skill[0]), 1.0,
                    "essential".equals(row.get("relationType")), List.of(ConceptRef.parse(row.get("skillUri"))));
            list.add(r);
        }
        List<ProfessionalStandard> standards = new ArrayList<>();
        for (Map<String, String> row : rows(dir.resolve("occupations_en.csv"))) {
            String uri = row.get("conceptUri");
            String code = "ESCO-" + uri.substring(uri.lastIndexOf('/') + 1);
            MultilingualText title = MultilingualText.of("en", row.get("preferredLabel"));
            List<Requirement> rs = requirements.getOrDefault(uri, List.of());
            standards.add(new ProfessionalStandard(StandardPassport.of(code, title),
                    List.of(ProfessionCard.of("C1", title, null, List.of(new LabourFunction("F1", title, rs))))));
        }
        return standards;
    }

    /** Free-text queries: each of the first {@code n} occupations' descriptions, as one statement. */
    static List<String> descriptions(Path dir, int n) throws IOException {
        List<String> out = new ArrayList<>();
        for (Map<String, String> row : rows(dir.resolve("occupations_en.csv"))) {
            if (out.size() == n) {
                break;
            }
            if (!row.getOrDefault("description", "").isBlank()) {
                out.add(row.get("description"));
            }
        }
        return out;
    }

    private static List<Map<String, String>> rows(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema).readValues(in)) {
            while (it.hasNext()) {
                rows.add(new LinkedHashMap<>(it.next()));
            }
        }
        return rows;
    }
}
