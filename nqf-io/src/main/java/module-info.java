/**
 * Readers and writers for OpenNQF models: the tabular CSV interchange format, with located,
 * bounded, all-problems-at-once error reporting.
 */
module io.github.opennqf.io {
    requires transitive io.github.opennqf.core;
    requires com.fasterxml.jackson.dataformat.csv;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports io.github.opennqf.io;
}
