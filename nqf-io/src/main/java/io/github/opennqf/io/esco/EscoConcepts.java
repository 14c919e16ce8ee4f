package io.github.opennqf.io.esco;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Copies shared by the concept records. */
final class EscoConcepts {
    private EscoConcepts() {}

    /** @return an unmodifiable, order-keeping copy with unmodifiable lists */
    static Map<String, List<String>> copy(Map<String, List<String>> labels) {
        Objects.requireNonNull(labels, "altLabels");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        labels.forEach((language, list) -> copy.put(Objects.requireNonNull(language, "language"), List.copyOf(list)));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
