/**
 * Implementation of the Spark integration: the broadcast saved matcher and its per-executor cache,
 * the partition functions the executors run, and the one adapter to nqf-io's readers. Not API.
 */
@NullMarked
package io.github.opennqf.spark.internal;

import org.jspecify.annotations.NullMarked;
