package io.github.opennqf.matching;

import static io.github.opennqf.matching.Fixtures.CS;
import static io.github.opennqf.matching.Fixtures.NURSING;
import static io.github.opennqf.matching.Fixtures.SOFTWARE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.code.IscoCode;
import io.github.opennqf.code.OkedCode;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.standard.StandardPassport;
import io.github.opennqf.text.LanguagePriority;
import io.github.opennqf.text.MultilingualText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compile once, load fast: a saved matcher gives bit-identical results, and a bad file is refused whole. */
class SavedMatcherTest {
    @TempDir
    Path tmp;

    private static List<ProfessionalStandard> standards() {
        List<ProfessionalStandard> all = Fixtures.standards();
        all.add(richStandard());
        return all;
    }

    /** Every field a standard can carry, in three languages, with concepts and an unmapped framework. */
    private static ProfessionalStandard richStandard() {
        StandardPassport passport = new StandardPassport("PS-KZ-01",
                MultilingualText.builder().put("kk", "Деректер қорының әкімшісі").put("ru", "Администратор баз данных")
                        .put("en", "Database administrator").build(),
                List.of(OkedCode.parse("62.01.1")), MultilingualText.of("ru", "Министерство"), LocalDate.of(2023, 5, 4),
                "№ 123", "2");
        Requirement r1 = new Requirement("R1", DescriptorCategory.KZ_SKILLS,
                MultilingualText.builder().put("kk", "Деректер қорын жобалау").put("ru", "Проектирование баз данных").build(),
                1.5, true, List.of(ConceptRef.parse("http://data.europa.eu/esco/skill/sql-test-concept")));
        Requirement r2 = Requirement.of("R2", DescriptorCategory.KZ_KNOWLEDGE, MultilingualText.of("und", "SQL and backups"));
        ProfessionCard card = new ProfessionCard("C1", MultilingualText.of("en", "DBA"), IscoCode.parse("2521"),
                LevelRef.parse("kz-nqf:2025/6"), LevelRef.parse("kz-nqf:2025/5"), MultilingualText.of("en", "Bachelor"),
                Period.ofYears(2), List.of(new LabourFunction("F1", MultilingualText.of("en", "Run databases"), List.of(r1, r2))));
        return new ProfessionalStandard(passport, List.of(card));
    }

    private static byte[] save(Matcher m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.save(out);
        return out.toByteArray();
    }

    private static Matcher load(byte[] bytes, SentenceEmbedder embedder) throws IOException {
        return Matcher.loader().embedder(embedder).load(new ByteArrayInputStream(bytes));
    }

    @Test
    void aLoadedMatcherGivesBitIdenticalResults() throws IOException {
        MatchingConfig config = MatchingConfig.DEFAULTS.withExplanationLanguages(LanguagePriority.KAZAKHSTAN).withReviewMargin(0.1);
        Matcher compiled = Matcher.builder().config(config).standards(standards()).build();
        Matcher loaded = load(save(compiled), null);
        assertThat(loaded.config()).isEqualTo(config);
        assertThat(loaded.standards()).isEqualTo(compiled.standards());
        assertThat(loaded.programs()).isEmpty();
        assertSameResults(compiled, loaded);
        // saving the loaded matcher writes the same bytes
        assertThat(save(loaded)).isEqualTo(save(compiled));
    }

    @Test
    void aHybridMatcherKeepsItsEmbeddingsAndNeedsItsModel() throws IOException {
        HybridRankingTest.LetterEmbedder letters = new HybridRankingTest.LetterEmbedder();
        Matcher compiled = Matcher.builder().standards(standards()).embedder(letters).build();
        byte[] bytes = save(compiled);
        HybridRankingTest.LetterEmbedder fresh = new HybridRankingTest.LetterEmbedder();
        Matcher loaded = load(bytes, fresh);
        assertSameResults(compiled, loaded);
        // only the queries were embedded on loading, never the standards
        assertThat(fresh.calls.get()).isLessThanOrEqualTo(2 * 4);

        assertThatThrownBy(() -> load(bytes, null)).isInstanceOf(MatcherFileException.class)
                .hasMessageContaining("model 'letters'")
                .satisfies(e -> assertThat(((MatcherFileException) e).reason()).isEqualTo(MatcherFileException.Reason.MODEL_MISMATCH));
        SentenceEmbedder other = new SentenceEmbedder() {
            @Override
            public String name() {
                return "other-model";
            }

            @Override
            public java.util.Set<String> languages() {
                return letters.languages();
            }

            @Override
            public float[] embed(String text) {
                return letters.embed(text);
            }
        };
        assertThatThrownBy(() -> load(bytes, other)).isInstanceOf(MatcherFileException.class)
                .hasMessageContaining("'letters', not of 'other-model'");
        byte[] lexical = save(Matcher.builder().standards(standards()).build());
        assertThatThrownBy(() -> load(lexical, letters)).isInstanceOf(MatcherFileException.class)
                .hasMessageContaining("saved without embeddings");
    }

    @Test
    void programsCanBeAddedToALoadedMatcherWithoutChangingScores() throws IOException {
        Matcher compiled = Matcher.builder().standards(standards()).programs(Fixtures.programs()).build();
        Matcher loaded = load(save(compiled), null).withPrograms(Fixtures.programs());
        assertThat(loaded.scorePrograms(SOFTWARE)).isEqualTo(compiled.scorePrograms(SOFTWARE));
        assertThat(loaded.coverage("6B06101", "PS-SE")).isEqualTo(compiled.coverage("6B06101", "PS-SE"));
        CoverageMatrix a = compiled.coverageMatrix(Runnable::run, ProgressListener.NONE);
        CoverageMatrix b = loaded.coverageMatrix(Runnable::run, ProgressListener.NONE);
        for (int r = 0; r < a.rows(); r++) {
            for (int c = 0; c < a.columns(); c++) {
                assertThat(b.score(r, c)).isEqualTo(a.score(r, c));
            }
        }
    }

    @Test
    void savingToAFileIsAtomicAndLoadingNamesTheFile() throws IOException {
        Matcher compiled = Matcher.builder().standards(standards()).build();
        Path file = tmp.resolve("standards.nqfm");
        compiled.save(file);
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(file);
        }
        assertSameResults(compiled, Matcher.load(file));
        Files.write(file, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> Matcher.load(file)).isInstanceOf(MatcherFileException.class)
                .hasMessageStartingWith(file.toString() + ": not a saved OpenNQF matcher");
        assertThatThrownBy(() -> compiled.save(tmp.resolve("missing-dir").resolve("x.nqfm"))).isInstanceOf(IOException.class);
    }

    @Test
    void aTruncatedFileIsRefusedWhereverItEnds() throws IOException {
        byte[] bytes = save(Matcher.builder().standards(standards()).build());
        for (int length : new int[] {0, 5, 16, 20, 31, 32, 100, bytes.length / 2, bytes.length - 4, bytes.length - 1}) {
            byte[] cut = java.util.Arrays.copyOf(bytes, length);
            assertThatThrownBy(() -> load(cut, null)).as("cut at %d", length).isInstanceOf(MatcherFileException.class)
                    .satisfies(e -> assertThat(((MatcherFileException) e).reason()).isIn(
                            MatcherFileException.Reason.TRUNCATED, MatcherFileException.Reason.NOT_A_MATCHER_FILE));
        }
        assertThatThrownBy(() -> load(java.util.Arrays.copyOf(bytes, 100), null)).hasMessageContaining("truncated");
    }

    @Test
    void anyChangedByteOfTheContentIsRefused() throws IOException {
        byte[] bytes = save(Matcher.builder().standards(standards()).build());
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 40; i++) {
            byte[] bad = bytes.clone();
            int at = 32 + random.nextInt(bad.length - 32);
            bad[at] ^= (byte) (1 + random.nextInt(255));
            assertThatThrownBy(() -> load(bad, null)).as("byte %d", at).isInstanceOf(MatcherFileException.class)
                    .satisfies(e -> assertThat(((MatcherFileException) e).reason()).isEqualTo(MatcherFileException.Reason.CORRUPTED));
        }
        byte[] badHeader = bytes.clone();
        badHeader[0] = 'X';
        assertThatThrownBy(() -> load(badHeader, null)).isInstanceOf(MatcherFileException.class)
                .satisfies(e -> assertThat(((MatcherFileException) e).reason()).isEqualTo(MatcherFileException.Reason.NOT_A_MATCHER_FILE));
        byte[] hugeLength = bytes.clone();
        ByteBuffer.wrap(hugeLength).putLong(24, Long.MAX_VALUE);
        assertThatThrownBy(() -> load(hugeLength, null)).isInstanceOf(MatcherFileException.class)
                .hasMessageContaining("impossible length");
    }

    @Test
    void anotherVersionOrConfigurationIsRefused() throws IOException {
        byte[] bytes = save(Matcher.builder().standards(standards()).build());
        byte[] format = bytes.clone();
        ByteBuffer.wrap(format).putInt(16, 99);
        assertThatThrownBy(() -> load(format, null)).isInstanceOf(MatcherFileException.class)
                .hasMessageContaining("format version 99")
                .satisfies(e -> assertThat(((MatcherFileException) e).reason()).isEqualTo(MatcherFileException.Reason.UNSUPPORTED_VERSION));
        byte[] analysis = bytes.clone();
        ByteBuffer.wrap(analysis).putInt(20, 99);
        assertThatThrownBy(() -> load(analysis, null)).isInstanceOf(MatcherFileException.class)
                .hasMessageContaining("text analysis revision 99");
        assertThatThrownBy(() -> Matcher.loader().requireConfig(MatchingConfig.DEFAULTS.withRussianStemming(false))
                .load(new ByteArrayInputStream(bytes))).isInstanceOf(MatcherFileException.class)
                .satisfies(e -> assertThat(((MatcherFileException) e).reason()).isEqualTo(MatcherFileException.Reason.CONFIG_MISMATCH));
        assertThat(Matcher.loader().requireConfig(MatchingConfig.DEFAULTS).load(new ByteArrayInputStream(bytes)).standards())
                .hasSize(4);
    }

    private static void assertSameResults(Matcher expected, Matcher actual) {
        List<Query> queries = new ArrayList<>(List.of(Query.of(CS), Query.of(NURSING),
                Query.ofTexts("t", "und", List.of("Деректер қорын жобалайды", "Backups of SQL databases"))));
        for (Query q : queries) {
            assertThat(actual.scoreStandards(q)).isEqualTo(expected.scoreStandards(q));
            assertThat(actual.rankStandards(q, 3)).isEqualTo(expected.rankStandards(q, 3));
            for (ProfessionalStandard s : expected.standards()) {
                assertThat(actual.coverage(q, s)).isEqualTo(expected.coverage(q, s));
            }
        }
    }
}
