/**
 * 1EdTech CASE 1.0 CFPackage JSON behind {@code io.github.opennqf.io.cfpackage.CaseFormat}:
 * reading and writing the package ({@code CaseCodec}) and mapping it to and from standards and
 * programs ({@code CaseMapping}). Not API: not exported, may change in any release.
 */
@NullMarked
package io.github.opennqf.io.internal.cfpackage;

import org.jspecify.annotations.NullMarked;
