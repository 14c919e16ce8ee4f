/**
 * Readers and writers for OpenNQF models: the tabular CSV interchange format, with located,
 * bounded, all-problems-at-once error reporting; and reports of match results as self-contained
 * HTML pages and CSV.
 */
module io.github.opennqf.io {
    requires transitive io.github.opennqf.core;
    // Optional: only MatchReports needs it. Applications that write reports have nqf-matching
    // already (and require it themselves: they hold its results); the others never load it and
    // never get Lucene. Not transitive: that would make javac demand it of every module reading
    // this one.
    requires static io.github.opennqf.matching;
    requires com.fasterxml.jackson.dataformat.csv;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports io.github.opennqf.io;
}
