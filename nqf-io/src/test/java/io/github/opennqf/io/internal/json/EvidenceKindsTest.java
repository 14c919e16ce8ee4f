package io.github.opennqf.io.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.evidence.Evidence;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A new kind of evidence cannot be written under another kind's tag: the one table must know it. */
class EvidenceKindsTest {
    @Test
    void everyKindOfEvidenceHasItsOwnTag() {
        Set<Class<?>> permitted = Set.of(Evidence.class.getPermittedSubclasses());
        assertThat(Set.<Class<?>>copyOf(ModelCodecs.KIND_TAGS.keySet())).as("add the new kind to ModelCodecs.KIND_TAGS")
                .containsExactlyInAnyOrderElementsOf(permitted);
        List<String> tags = List.copyOf(ModelCodecs.KIND_TAGS.values());
        assertThat(new HashSet<>(tags)).hasSameSizeAs(tags);
    }
}
