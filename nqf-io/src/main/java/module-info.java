/**
 * Readers and writers for OpenNQF models: the native JSON and YAML documents (with their JSON
 * Schemas), JSON lines of applicants, and the tabular CSV interchange format, with located,
 * bounded, all-problems-at-once error reporting; the ESCO CSV export, 1EdTech CASE 1.0 and European
 * Learning Model v3 JSON-LD; one entry point for all of them ({@code Documents}); and reports of
 * match results as self-contained HTML pages and CSV.
 */
module io.github.opennqf.io {
    requires transitive io.github.opennqf.core;
    // Optional: only match-result documents and MatchReports need it. Applications that use them
    // have nqf-matching already; the others never load it and never get Lucene. Not transitive:
    // that would make javac demand it of every module reading this one.
    requires static io.github.opennqf.matching;
    requires com.fasterxml.jackson.dataformat.csv;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires org.yaml.snakeyaml;
    // Hibernate Validator is the default Jakarta Validation provider (a dependency in the POM); it is
    // found by the provider discovery of jakarta.validation, so another provider can replace it.
    requires com.nimbusds.jose.jwt;
    requires java.xml;

    exports io.github.opennqf.io;
    exports io.github.opennqf.io.esco;
    exports io.github.opennqf.io.cfpackage;
    exports io.github.opennqf.io.elm;
}
