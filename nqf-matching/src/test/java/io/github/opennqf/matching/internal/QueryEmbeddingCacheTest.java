package io.github.opennqf.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class QueryEmbeddingCacheTest {
    @Test
    void theQueryCacheIsBoundedAndRemembersMissingEmbeddings() {
        QueryEmbeddingCache cache = new QueryEmbeddingCache(4);
        AtomicInteger computed = new AtomicInteger();
        Object none = new Object();
        assertThat(cache.get(none, q -> nothing(computed))).isNull();
        assertThat(cache.get(none, q -> nothing(computed))).isNull();
        assertThat(computed.get()).isEqualTo(1);
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Object key = new Object();
            keys.add(key);
            float[] value = {i};
            assertThat(cache.get(key, q -> value)).isSameAs(value);
        }
        assertThat(cache.size()).isBetween(1, 4);
        assertThat(keys).hasSize(100);
        assertThatThrownBy(() -> new QueryEmbeddingCache(3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("power of two");
    }

    private static float @Nullable [] nothing(AtomicInteger computed) {
        computed.incrementAndGet();
        return null;
    }
}
