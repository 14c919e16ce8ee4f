package io.github.opennqf.io;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the CSV standards reader (see {@code docs/fuzzing.md}); in a plain build it runs its seed
 * corpus, {@code CsvStandardsFuzzTestInputs/}, as regression tests.
 */
class CsvStandardsFuzzTest {
    @FuzzTest
    void readsStandardTables(byte[] input) {
        CsvFuzzing.check(input, TabularFormat::readStandards, TabularFormat::writeStandards);
    }
}
