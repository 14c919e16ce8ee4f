/**
 * Explainable matching of learning outcomes against professional-standard requirements.
 */
@NullMarked
package io.github.opennqf.matching;

import org.jspecify.annotations.NullMarked;
