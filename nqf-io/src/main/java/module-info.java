/**
 * Readers and writers for OpenNQF models: the native JSON and YAML documents (with their JSON
 * Schemas), JSON lines of applicants, and the tabular CSV interchange format, with located,
 * bounded, all-problems-at-once error reporting.
 */
module io.github.opennqf.io {
    requires transitive io.github.opennqf.core;
    // Only match-result documents and reports use matching; it is an optional dependency.
    requires static io.github.opennqf.matching;
    requires com.fasterxml.jackson.dataformat.csv;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires org.yaml.snakeyaml;
    requires org.hibernate.validator;

    exports io.github.opennqf.io;
}
