package io.github.opennqf.io;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the native JSON reader (see {@code docs/fuzzing.md}); in a plain build it runs its seed
 * corpus, {@code JsonDocumentFuzzTestInputs/}, as regression tests.
 */
class JsonDocumentFuzzTest {
    @FuzzTest
    void readsJsonDocuments(byte[] input) {
        NativeDocumentFuzzing.check(NativeFormat.json(), input);
    }
}
