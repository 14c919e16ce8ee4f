package io.github.opennqf.matching.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.opennqf.matching.LanguageDetector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Detection and analysis over the real texts in {@code ../shared/data}; skips when it is absent. */
class SharedDataAnalysisTest {

    private static Path dataFile(String relative) {
        String root = System.getProperty("opennqf.shared.data", "../shared/data");
        Path file = Path.of(root).resolve(relative);
        assumeTrue(Files.isRegularFile(file), "shared data file " + file.toAbsolutePath()
                + " is missing (set -Dopennqf.shared.data to the shared data directory)");
        return file;
    }

    /** The values of one column of an RFC 4180 CSV file with a header row. */
    private static List<String> column(Path file, String name) throws IOException {
        List<List<String>> rows = parseCsv(Files.readString(file, StandardCharsets.UTF_8));
        int index = rows.get(0).indexOf(name);
        assertThat(index).as("column %s in %s", name, file).isNotNegative();
        List<String> values = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            values.add(row.get(index));
        }
        return values;
    }

    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Integer> detections(List<String> texts) {
        Map<String, Integer> counts = new TreeMap<>();
        texts.forEach(text -> counts.merge(LanguageDetector.detect(text), 1, Integer::sum));
        return counts;
    }

    @Test
    void everyRussianStandardRequirementIsDetectedAsRussian() throws IOException {
        List<String> texts = column(dataFile("ru-standards/standards.csv"), "requirement_text");
        assertThat(texts).hasSizeGreaterThan(20_000);
        assertThat(detections(texts)).isEqualTo(Map.of("ru", texts.size()));
    }

    @Test
    void everyEnglishProgramOutcomeAndOccupationRequirementIsDetectedAsEnglish() throws IOException {
        List<String> outcomes = column(dataFile("cipsoc-dev/programs.csv"), "outcome_text");
        List<String> requirements = column(dataFile("cipsoc-dev/standards.csv"), "requirement_text");
        assertThat(detections(outcomes)).isEqualTo(Map.of("en", outcomes.size()));
        assertThat(detections(requirements)).isEqualTo(Map.of("en", requirements.size()));
    }

    @Test
    void russianStemmingConflatesTheVocabularyOfRealStandards() throws IOException {
        List<String> texts = column(dataFile("ru-standards/standards.csv"), "requirement_text");
        TextAnalysis stemmed = TextAnalysis.ofDefaults();
        TextAnalysis unstemmed = TextAnalysis.of(TextAnalysisOptions.DEFAULTS.withRussianStemming(false));
        Set<String> stems = new HashSet<>();
        Set<String> words = new HashSet<>();
        int empty = 0;
        for (String text : texts) {
            AnalyzedText analyzed = stemmed.analyze(text, null);
            assertThat(analyzed.language()).isEqualTo("ru");
            stems.addAll(analyzed.terms());
            words.addAll(unstemmed.analyze(text, "ru").terms());
            empty += analyzed.isEmpty() ? 1 : 0;
        }
        assertThat(empty).isZero();
        // Snowball merges the case and number forms, RussianDerivation verbs and their nouns: far fewer distinct terms
        assertThat(stems.size()).isLessThan(words.size() * 6 / 10);
        assertThat(stems).contains("программ", "разработ", "тест").doesNotContain("и", "для", "в")
                .doesNotContain("программирован", "разработк", "разрабатыва", "тестирован");
    }
}
