package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.text.MultilingualText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an application gets when its platform BOM picks other versions of nqf-io's dependencies.
 * Runs twice in the build: with nqf-io's own versions, and (Surefire execution
 * {@code spring-boot-3.4-versions}, on the class path) with those of the Spring Boot 3.4 BOM:
 * SnakeYAML 2.3, Hibernate Validator 8.0.2 and Jakarta Validation 3.0.2.
 */
class DependencyDriftTest {

    /**
     * SnakeYAML 2.3 throws IndexOutOfBoundsException when a surrogate pair straddles its
     * 1,024-character buffer. The document either reads back equal (SnakeYAML 2.4 and later) or is
     * refused with a located ReadException (2.3): never another exception.
     */
    @Test
    void anEmojiAtTheYamlParsersBufferBoundaryReadsOrIsALocatedProblem() {
        NativeFormat yaml = NativeFormat.yaml();
        for (int pad = 900; pad < 1000; pad++) {
            List<EducationalProgram> value = List.of(EducationalProgram.builder("E",
                    MultilingualText.of("kk", "ә".repeat(pad) + " 🎓 Бакалавр"), null).build());
            String text = yaml.writeString(DocumentType.PROGRAMS, value);
            try {
                assertThat(yaml.readString(text, DocumentType.PROGRAMS)).isEqualTo(value);
            } catch (ReadException e) {
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.reason()).isEqualTo(ReadProblem.Reason.MALFORMED_SYNTAX);
                    assertThat(p.message()).startsWith("the parser failed on this input")
                            .contains("versions nqf-io declares");
                    assertThat(p.location().line()).isPositive();
                });
            }
        }
    }

    /** Validation on read works with the provider that discovery finds, whatever its version. */
    @Test
    void validationOnReadReportsConsistencyProblems() {
        String text = "{\"formatVersion\": \"1.0\", \"type\": \"programs\", \"programs\": [{\"id\": \"P\","
                + " \"title\": {\"en\": \"P\"}, \"outcomes\": [{\"id\": \"LO1\", \"category\": \"skill\","
                + " \"statement\": {\"en\": \"a\"}}, {\"id\": \"LO1\", \"category\": \"skill\", \"statement\": {\"en\": \"b\"}}]}]}";
        try {
            NativeFormat.json().readString(text, DocumentType.PROGRAMS);
            throw new AssertionError("a repeated outcome id was accepted");
        } catch (ReadException e) {
            assertThat(e.problems()).anySatisfy(p -> {
                assertThat(p.reason()).isEqualTo(ReadProblem.Reason.DUPLICATE);
                assertThat(p.location().jsonPointer()).startsWith("/programs/0/outcomes");
            });
        }
    }
}
