/** The opennqf command-line tool: the rank and levels commands. Not published. */
@NullMarked
package io.github.opennqf.examples.cli;

import org.jspecify.annotations.NullMarked;
