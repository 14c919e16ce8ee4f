/**
 * Reading and writing OpenNQF models: the tabular CSV interchange format for programs and
 * standards ({@link io.github.opennqf.io.TabularFormat}), reports of match results as HTML pages
 * and CSV ({@link io.github.opennqf.io.MatchReports}, which needs the optional
 * {@code nqf-matching}), and the exception family every reader shares
 * ({@link io.github.opennqf.io.ReadException}, with a {@link io.github.opennqf.io.Location} and
 * {@link io.github.opennqf.io.ReadProblem.Reason} per problem), bounded by
 * {@link io.github.opennqf.io.ReadLimits}.
 */
@NullMarked
package io.github.opennqf.io;

import org.jspecify.annotations.NullMarked;
