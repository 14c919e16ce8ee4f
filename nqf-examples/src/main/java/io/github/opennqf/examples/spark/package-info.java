/**
 * The example Spark job ({@link io.github.opennqf.examples.spark.SparkJob}): matching programs and
 * ranking applicants at national scale with nqf-spark, packaged for {@code spark-submit}.
 */
@NullMarked
package io.github.opennqf.examples.spark;

import org.jspecify.annotations.NullMarked;
