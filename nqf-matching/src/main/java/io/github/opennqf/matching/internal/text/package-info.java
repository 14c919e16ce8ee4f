/**
 * Text analysis for matching; not API.
 */
@NullMarked
package io.github.opennqf.matching.internal.text;

import org.jspecify.annotations.NullMarked;
