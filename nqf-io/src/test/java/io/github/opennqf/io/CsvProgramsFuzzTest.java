package io.github.opennqf.io;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the CSV programs reader (see {@code docs/fuzzing.md}); in a plain build it runs its seed
 * corpus, {@code CsvProgramsFuzzTestInputs/}, as regression tests.
 */
class CsvProgramsFuzzTest {
    @FuzzTest
    void readsProgramTables(byte[] input) {
        CsvFuzzing.check(input, TabularFormat::readPrograms, TabularFormat::writePrograms);
    }
}
