/**
 * Rules of the Kazakh labour code that touch qualifications and employment: the 2025 rule on
 * multiple employment (working hours, minors, hazardous occupations, civil servants).
 */
@NullMarked
package io.github.opennqf.labour;

import org.jspecify.annotations.NullMarked;
