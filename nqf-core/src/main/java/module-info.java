/**
 * The OpenNQF domain model: qualifications frameworks and levels (the Kazakhstan NQF, the EQF and
 * ISCED 2011 bundled), level mappings, sectoral frameworks, professional standards, educational
 * programs and learning outcomes, evidence of qualifications, national codes, and labour-code
 * rules. Depends only on JSpecify annotations and the Jakarta Validation API.
 */
module io.github.opennqf.core {
    requires static transitive org.jspecify;
    requires transitive jakarta.validation;

    exports io.github.opennqf;
    exports io.github.opennqf.text;
    exports io.github.opennqf.framework;
    exports io.github.opennqf.code;
    exports io.github.opennqf.standard;
    exports io.github.opennqf.program;
    exports io.github.opennqf.evidence;
    exports io.github.opennqf.labour;

    // Argument checks shared with OpenNQF's own modules only; not API (a qualified export, as the
    // JDK does for its internal packages).
    exports io.github.opennqf.internal to io.github.opennqf.matching, io.github.opennqf.io;

    // Bean Validation providers read record fields and instantiate the consistency validators
    // reflectively; opening (not exporting) keeps these packages out of the compile-time API.
    opens io.github.opennqf.framework;
    opens io.github.opennqf.code;
    opens io.github.opennqf.standard;
    opens io.github.opennqf.program;
    opens io.github.opennqf.evidence;
    opens io.github.opennqf.internal.validation;
}
