/**
 * Implementation of the {@code io.github.opennqf.io} readers and writers: the streaming CSV row
 * source over Jackson's {@code CsvParser}, input bounds, problem collection, the row-to-model
 * mapping of the tabular interchange format, the tabular writer, the formula-injection guard of
 * every CSV cell, and the CSV and HTML (inline SVG heatmap) writers of match reports. Not API:
 * this package is not exported and may change in any release.
 */
@NullMarked
package io.github.opennqf.io.internal;

import org.jspecify.annotations.NullMarked;
