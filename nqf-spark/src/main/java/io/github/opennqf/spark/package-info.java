/**
 * National-scale matching and applicant scoring on Apache Spark: {@link io.github.opennqf.spark.SparkMatching}
 * ranks programs against standards, computes coverage matrices and gap summaries;
 * {@link io.github.opennqf.spark.SparkApplicantScoring} scores and ranks applicants for a vacancy.
 * The executors run the library's own matcher and assessor, broadcast once in the matcher's saved
 * form, so the results equal the single-machine library's bit for bit. Inputs and outputs are
 * Spark {@code Dataset<Row>}s (Parquet, JSON lines, CSV); records that cannot be read go to a
 * rejected output with their reason, and are counted.
 */
@NullMarked
package io.github.opennqf.spark;

import org.jspecify.annotations.NullMarked;
