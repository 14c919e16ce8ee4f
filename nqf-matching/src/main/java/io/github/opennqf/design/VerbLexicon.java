package io.github.opennqf.design;

import io.github.opennqf.design.internal.DataTable;
import io.github.opennqf.internal.Check;
import io.github.opennqf.matching.internal.text.TermSpans;
import io.github.opennqf.matching.internal.text.TextAnalysis;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Bloom-like action-verb lists in several languages, and the band of framework levels each
 * cognitive level fits: what {@link ProgramQualityCheck} uses to tell whether an outcome is written
 * at its program's level.
 *
 * <pre>{@code
 * VerbLexicon verbs = VerbLexicon.bundled();                       // kk, ru, en
 * verbs.find("Critically evaluates research methods", "en")        // evaluate, levels 5-8
 *      .map(v -> v.level().describe());
 * verbs.find("Деректер қорын жобалауды біледі", "kk")               // біледі: remember, levels 1-4
 *      .map(ActionVerb::written);                                  // "біледі"
 * }</pre>
 *
 * <p>The bundled lists are plain tab-separated files under
 * {@code io/github/opennqf/design/data/} ({@code action-verbs.tsv}, {@code verb-levels.tsv}),
 * written for OpenNQF with their sources and how to review them in their headers;
 * {@link #read(Reader, String, Reader, String)} reads your own in the same format.
 *
 * <p>Phrases and statements are compared after the matcher's text analysis (lower case, stop
 * words removed, English and Russian stemming, the Kazakh light stemmer with verb forms), so
 * inflected forms are found: "analyses" and "analysed" match "analyse", "жобалайды" and
 * "жобалау" match "жобалайды". The outcome's action verb is the first phrase of the statement in
 * English, Russian and other languages that put the verb first, the last in Kazakh, which puts it
 * last; where several phrases start (or end) at one word, the longest wins.
 *
 * <p>Immutable and thread-safe. A file with problems gets a {@link DesignDataException} listing
 * every problem with its line.
 *
 * @since 0.1.0
 */
public final class VerbLexicon {
    private static final String VERBS = "data/action-verbs.tsv";
    private static final String LEVELS = "data/verb-levels.tsv";
    private static final String KAZAKH = "kk";
    private static final TextAnalysis ANALYSIS = TextAnalysis.ofDefaults();

    private final List<CognitiveLevel> levels;
    /** language -> first analysed term -> phrases starting with it, longest first. */
    private final Map<String, Map<String, List<Phrase>>> byFirstTerm;
    /** language -> last analysed term -> phrases ending with it, longest first. */
    private final Map<String, Map<String, List<Phrase>>> byLastTerm;

    private record Phrase(String text, List<String> terms, CognitiveLevel level) {}

    private VerbLexicon(List<CognitiveLevel> levels, List<String[]> entries) {
        this.levels = List.copyOf(levels);
        Map<String, Map<String, List<Phrase>>> first = new HashMap<>();
        Map<String, Map<String, List<Phrase>>> last = new HashMap<>();
        for (String[] e : entries) {
            List<String> terms = ANALYSIS.analyze(e[2], e[0]).terms();
            Phrase phrase = new Phrase(e[2], terms, levels.get(Integer.parseInt(e[1]) - 1));
            first.computeIfAbsent(e[0], k -> new HashMap<>()).computeIfAbsent(terms.get(0), k -> new ArrayList<>())
                    .add(phrase);
            last.computeIfAbsent(e[0], k -> new HashMap<>())
                    .computeIfAbsent(terms.get(terms.size() - 1), k -> new ArrayList<>()).add(phrase);
        }
        this.byFirstTerm = sealed(first);
        this.byLastTerm = sealed(last);
    }

    private static Map<String, Map<String, List<Phrase>>> sealed(Map<String, Map<String, List<Phrase>>> index) {
        Map<String, Map<String, List<Phrase>>> copy = new HashMap<>();
        index.forEach((language, map) -> {
            Map<String, List<Phrase>> inner = new HashMap<>();
            map.forEach((term, phrases) -> {
                List<Phrase> sorted = new ArrayList<>(phrases);
                sorted.sort((a, b) -> Integer.compare(b.terms().size(), a.terms().size()));
                inner.put(term, List.copyOf(sorted));
            });
            copy.put(language, Map.copyOf(inner));
        });
        return Map.copyOf(copy);
    }

    private static final class Bundled {
        static final VerbLexicon INSTANCE = load(DataTable.resource(VerbLexicon.class, VERBS, 3),
                DataTable.resource(VerbLexicon.class, LEVELS, 5));
    }

    /** @return the bundled lists in Kazakh, Russian and English, loaded on first use */
    public static VerbLexicon bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * Reads verb lists and levels in the bundled files' formats.
     *
     * @param verbs the verbs file: language, level (1-6), phrase, tab-separated
     * @param verbsSource its name, for messages
     * @param levels the levels file: level, name, lowest fit, highest fit, reason
     * @param levelsSource its name, for messages
     * @return the lexicon
     * @throws DesignDataException listing every problem with its line
     */
    public static VerbLexicon read(Reader verbs, String verbsSource, Reader levels, String levelsSource) {
        Check.notNull(verbs, "verbs");
        Check.notNull(levels, "levels");
        return load(DataTable.read(verbs, Check.notBlank(verbsSource, "verbsSource"), 3),
                DataTable.read(levels, Check.notBlank(levelsSource, "levelsSource"), 5));
    }

    private static VerbLexicon load(DataTable verbTable, DataTable levelTable) {
        CognitiveLevel[] levels = new CognitiveLevel[6];
        for (DataTable.Row row : levelTable.rows()) {
            OptionalInt rank = levelTable.integer(row, 0, 1, 6, "level");
            OptionalInt low = levelTable.integer(row, 2, 1, 8, "lowest fit");
            OptionalInt high = levelTable.integer(row, 3, 1, 8, "highest fit");
            if (rank.isEmpty() || low.isEmpty() || high.isEmpty()) {
                continue;
            }
            if (high.getAsInt() < low.getAsInt()) {
                levelTable.problem(row.line(), "highest fit " + high.getAsInt() + " is below lowest fit " + low.getAsInt());
            } else if (levels[rank.getAsInt() - 1] != null) {
                levelTable.problem(row.line(), "level " + rank.getAsInt() + " appears twice");
            } else {
                levels[rank.getAsInt() - 1] = new CognitiveLevel(rank.getAsInt(), row.cell(1), low.getAsInt(),
                        high.getAsInt(), row.cell(4));
            }
        }
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] == null) {
                levelTable.problem("level " + (i + 1) + " is missing; every level from 1 to 6 needs a row");
            }
        }
        levelTable.finish();

        List<String[]> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (DataTable.Row row : verbTable.rows()) {
            String language;
            try {
                language = TextAnalysis.primaryLanguage(row.cell(0));
            } catch (io.github.opennqf.InvalidValueException e) {
                verbTable.problem(row.line(), "language '" + DataTable.clip(row.cell(0)) + "' is not a BCP 47 tag");
                continue;
            }
            OptionalInt rank = verbTable.integer(row, 1, 1, 6, "level");
            if (rank.isEmpty()) {
                continue;
            }
            List<String> terms = ANALYSIS.analyze(row.cell(2), language).terms();
            if (terms.isEmpty()) {
                verbTable.problem(row.line(), "phrase '" + DataTable.clip(row.cell(2))
                        + "' has no words left after analysis (only stop words?)");
                continue;
            }
            Integer first = seen.putIfAbsent(language + '\t' + String.join(" ", terms), row.line());
            if (first != null) {
                verbTable.problem(row.line(), "phrase '" + DataTable.clip(row.cell(2)) + "' of language '" + language
                        + "' matches the same words as the phrase on line " + first);
                continue;
            }
            entries.add(new String[] {language, Integer.toString(rank.getAsInt()), row.cell(2)});
        }
        if (verbTable.rows().isEmpty()) {
            verbTable.problem("the file has no phrases");
        }
        verbTable.finish();
        return new VerbLexicon(List.of(levels), entries);
    }

    /** @return the six cognitive levels, in rank order */
    public List<CognitiveLevel> levels() {
        return levels;
    }

    /**
     * @param rank 1 (remember) to 6 (create)
     * @return that level
     * @throws io.github.opennqf.InvalidValueException if the rank is outside 1..6
     */
    public CognitiveLevel level(int rank) {
        return levels.get(Check.inRange(rank, 1, 6, "rank") - 1);
    }

    /** @return the languages with phrases, sorted */
    public Set<String> languages() {
        return new TreeSet<>(byFirstTerm.keySet());
    }

    /**
     * Finds a statement's action verb: the first listed phrase in it (the last in Kazakh).
     *
     * @param statement an outcome statement
     * @param languageTag its language, such as {@code ru}
     * @return the action verb, or empty if the statement holds no listed phrase or the language has
     *     no list
     * @throws io.github.opennqf.InvalidValueException for a {@code null} statement or a tag that is
     *     not well-formed
     */
    public Optional<ActionVerb> find(String statement, String languageTag) {
        Check.notNull(statement, "statement");
        String language = TextAnalysis.primaryLanguage(Check.notNull(languageTag, "languageTag"));
        boolean last = language.equals(KAZAKH);
        Map<String, List<Phrase>> index = (last ? byLastTerm : byFirstTerm).get(language);
        if (index == null) {
            return Optional.empty();
        }
        TermSpans spans = ANALYSIS.spans(statement, language);
        List<String> terms = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            terms.add(spans.term(i));
        }
        for (int step = 0; step < terms.size(); step++) {
            int at = last ? terms.size() - 1 - step : step;
            for (Phrase phrase : index.getOrDefault(terms.get(at), List.of())) {
                int start = last ? at - phrase.terms().size() + 1 : at;
                if (start >= 0 && start + phrase.terms().size() <= terms.size()
                        && terms.subList(start, start + phrase.terms().size()).equals(phrase.terms())) {
                    int end = start + phrase.terms().size() - 1;
                    String written = spans.written(start, end);
                    return Optional.of(new ActionVerb(phrase.text(), written, language, phrase.level()));
                }
            }
        }
        return Optional.empty();
    }
}
