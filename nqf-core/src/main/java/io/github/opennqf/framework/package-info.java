/**
 * Qualifications frameworks: levels (with optional sector sub-levels), descriptor categories and
 * their explicit correspondences, level descriptors, level mappings between frameworks with
 * provenance and status, sectoral frameworks, and the bundled Kazakhstan NQF, EQF and ISCED 2011.
 * Start at {@link io.github.opennqf.framework.Frameworks}.
 */
@NullMarked
package io.github.opennqf.framework;

import org.jspecify.annotations.NullMarked;
