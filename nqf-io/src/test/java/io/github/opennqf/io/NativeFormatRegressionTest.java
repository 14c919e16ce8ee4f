package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.text.MultilingualText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Bugs that the round-trip properties found, each pinned by a deterministic example. */
class NativeFormatRegressionTest {

    private static List<EducationalProgram> programs(int count) {
        List<EducationalProgram> programs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            programs.add(EducationalProgram.builder("P" + i, MultilingualText.of("en", "Program " + i), null).build());
        }
        return programs;
    }

    /** The JSON pretty printer counts nesting; it was one shared instance, so one failed write skewed all later ones. */
    @Test
    void aFailedWriteDoesNotChangeHowLaterDocumentsAreIndented() {
        NativeFormat json = NativeFormat.json();
        List<EducationalProgram> one = programs(1);
        String expected = json.writeString(DocumentType.PROGRAMS, one);
        Writer full = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };

        assertThatThrownBy(() -> json.write(DocumentType.PROGRAMS, programs(500), full))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(json.writeString(DocumentType.PROGRAMS, one)).isEqualTo(expected).startsWith("{\n  \"formatVersion\"");
    }

    /** ... and writes from several threads at once indented each other's documents. */
    @Test
    void concurrentWritesEachGiveTheSingleThreadedText() throws Exception {
        NativeFormat json = NativeFormat.json();
        List<EducationalProgram> value = programs(200);
        String expected = json.writeString(DocumentType.PROGRAMS, value);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> written = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                written.add(pool.submit(() -> json.writeString(DocumentType.PROGRAMS, value)));
            }
            for (Future<String> text : written) {
                assertThat(text.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * SnakeYAML 2.3 threw IndexOutOfBoundsException when a surrogate pair straddled its 1,024-character
     * read buffer; with the emoji at every offset around the boundary, the document reads back.
     */
    @Test
    void yamlReadsAnEmojiAtEveryOffsetAroundTheParsersBufferBoundary() {
        NativeFormat yaml = NativeFormat.yaml();
        int checked = 0;
        for (int pad = 900; pad < 1000; pad++) {
            List<EducationalProgram> value = List.of(EducationalProgram.builder("E",
                    MultilingualText.of("kk", "ә".repeat(pad) + " 🎓 Бакалавр"), null).build());
            String text = yaml.writeString(DocumentType.PROGRAMS, value);
            checked += text.indexOf("🎓") == 1023 ? 1 : 0;

            assertThat(yaml.readString(text, DocumentType.PROGRAMS)).isEqualTo(value);
            assertThat(PublishedSchemas.violations(DocumentType.PROGRAMS, PublishedSchemas.tree("yaml", text))).isEmpty();
        }
        assertThat(checked).as("an emoji's high surrogate was the buffer's last character").isEqualTo(1);
    }

    /** java.net.URI, and so ConceptRef, takes an IRI; the schema said format "uri" (ASCII only) and rejected it. */
    @Test
    void aConceptIriWithKazakhLettersIsValidAgainstThePublishedSchema() {
        ConceptRef iri = ConceptRef.parse("https://kk.wikipedia.org/wiki/Бағдарламалау");
        List<EducationalProgram> value = List.of(EducationalProgram.builder("P", MultilingualText.of("en", "P"), null)
                .outcome(new LearningOutcome("LO1", DescriptorCategory.KZ_SKILLS, MultilingualText.of("kk", "Код жазады"),
                        null, List.of(iri)))
                .build());

        for (NativeFormat format : List.of(NativeFormat.json(), NativeFormat.yaml())) {
            String text = format.writeString(DocumentType.PROGRAMS, value);

            assertThat(text).contains("https://kk.wikipedia.org/wiki/Бағдарламалау");
            assertThat(PublishedSchemas.violations(DocumentType.PROGRAMS, PublishedSchemas.tree(format.name(), text)))
                    .isEmpty();
            assertThat(format.readString(text, DocumentType.PROGRAMS)).isEqualTo(value);
        }
    }
}
