package io.github.opennqf.spark;

import io.github.opennqf.recognition.RecognitionPolicy;
import java.io.Serializable;
import java.util.function.Supplier;

/**
 * Makes the {@link RecognitionPolicy} on each executor. A policy is an ordinary immutable value,
 * not a serializable one, so what is shipped to the executors is this (serializable) recipe; a
 * lambda or method reference assigned to this type is serializable when what it captures is.
 *
 * <pre>{@code
 * PolicySource policy = () -> RecognitionPolicy.DEFAULTS.toBuilder()
 *         .kindWeight(EvidenceKind.VERIFIED_SKILL, 0.9)
 *         .build();
 * }</pre>
 *
 * <p>Implementations must be thread-safe and return equal policies on every call, or executors
 * would score with different policies.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface PolicySource extends Supplier<RecognitionPolicy>, Serializable {
    /** The default policy, {@link RecognitionPolicy#DEFAULTS}. */
    PolicySource DEFAULTS = () -> RecognitionPolicy.DEFAULTS;
}
