/** The matching engine: compiled corpus, inverted indexes, scoring and explanation. Not API. */
@NullMarked
package io.github.opennqf.matching.internal;

import org.jspecify.annotations.NullMarked;
