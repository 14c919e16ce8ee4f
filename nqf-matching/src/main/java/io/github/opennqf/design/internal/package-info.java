/**
 * Implementation of program design, QA and effort estimation; not API.
 */
@NullMarked
package io.github.opennqf.design.internal;

import org.jspecify.annotations.NullMarked;
