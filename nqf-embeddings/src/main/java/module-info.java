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

    // Not used by this module's code: DJL's tokenizer classes (automatic modules, which cannot declare
    // what they need) log through SLF4J, an explicit module that nothing else would resolve on a
    // module path. Without this, loading a model fails with NoClassDefFoundError: org/slf4j/LoggerFactory
    // unless the application adds --add-modules org.slf4j.
    requires org.slf4j;

    exports io.github.opennqf.embeddings;
}
