package io.github.opennqf.io;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the native YAML reader (see {@code docs/fuzzing.md}); in a plain build it runs its seed
 * corpus, {@code YamlDocumentFuzzTestInputs/}, as regression tests.
 */
class YamlDocumentFuzzTest {
    @FuzzTest
    void readsYamlDocuments(byte[] input) {
        NativeDocumentFuzzing.check(NativeFormat.yaml(), input);
    }
}
