/** Benchmarks and accuracy evaluation on the shared data: JMH ranking and matrix benchmarks, the accuracy and Russian evaluation commands. Not published. */
@NullMarked
package io.github.opennqf.benchmarks;

import org.jspecify.annotations.NullMarked;
