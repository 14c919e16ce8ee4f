/**
 * Sentence embedders for hybrid matching: {@link io.github.opennqf.embeddings.MiniLmEmbedder} (the
 * quantized English all-MiniLM-L6-v2 model shipped inside its jar) and
 * {@link io.github.opennqf.embeddings.OnnxSentenceEmbedder} (any ONNX sentence model with a Hugging Face
 * tokenizer, loaded from files, for example a multilingual model for Russian and Kazakh). Pass one
 * to {@link io.github.opennqf.matching.Matcher.Builder#embedder}.
 */
@NullMarked
package io.github.opennqf.embeddings;

import org.jspecify.annotations.NullMarked;
