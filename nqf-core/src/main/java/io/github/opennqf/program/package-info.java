/**
 * Educational programs: national program codes (higher education and TVET) with Cyrillic
 * look-alike normalisation, credits with their credit system, modules, learning outcomes, and the
 * professional standards a program claims to follow.
 */
@NullMarked
package io.github.opennqf.program;

import org.jspecify.annotations.NullMarked;
