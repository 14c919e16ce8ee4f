/** Running langchain4j's ONNX embedding models: input preparation, offline native loading, error translation. Not API. */
@NullMarked
package io.github.opennqf.embeddings.internal;

import org.jspecify.annotations.NullMarked;
