/**
 * Optional sentence embeddings for OpenNQF's hybrid matching: {@link io.github.opennqf.matching.SentenceEmbedder}
 * implementations that run ONNX models in process, through langchain4j's ONNX embedding support
 * (ONNX Runtime and the Hugging Face tokenizers bundled in their jars). Nothing is downloaded at run
 * time. Applications that do not want embeddings simply leave this module out.
 */
module io.github.opennqf.embeddings {
    requires transitive io.github.opennqf.matching;

    // The langchain4j jars have neither a module descriptor nor an Automatic-Module-Name, so they are
    // automatic modules named after their file names. Their types stay inside this module's
    // implementation: nothing langchain4j appears in the exported API, so a later change of these
    // names (if langchain4j adds descriptors) needs only this file to change, never user code.
    requires langchain4j.core;
    requires langchain4j.embeddings;
    requires langchain4j.embeddings.all.minilm.l6.v2.q;

    exports io.github.opennqf.embeddings;
}
