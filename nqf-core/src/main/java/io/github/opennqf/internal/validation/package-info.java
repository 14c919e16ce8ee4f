/** Bean Validation validators of the {@link io.github.opennqf.Consistent} rules. Not API. */
@NullMarked
package io.github.opennqf.internal.validation;

import org.jspecify.annotations.NullMarked;
