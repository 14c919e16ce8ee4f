/**
 * The ESCO v1.1.1 CSV export reader behind {@code io.github.opennqf.io.esco.EscoFormat}
 * ({@code EscoReader}): skills, occupations, their relations, ISCO groups and hierarchies. Not API: not exported, may change in any release.
 */
@NullMarked
package io.github.opennqf.io.internal.esco;

import org.jspecify.annotations.NullMarked;
