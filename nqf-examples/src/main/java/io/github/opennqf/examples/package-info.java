/** Runnable examples of the OpenNQF API, such as the README's quick start. Not published. */
@NullMarked
package io.github.opennqf.examples;

import org.jspecify.annotations.NullMarked;
