/**
 * The root of OpenNQF: the exception family shared by every module.
 *
 * <p>The domain model lives in the sub-packages: {@link io.github.opennqf.text} (multilingual
 * text), {@link io.github.opennqf.framework} (frameworks, levels, descriptors, mappings),
 * {@link io.github.opennqf.code} (occupation, field and sector codes),
 * {@link io.github.opennqf.standard} (professional standards), {@link io.github.opennqf.program}
 * (educational programs and learning outcomes), {@link io.github.opennqf.evidence} (evidence of
 * a person's qualification) and {@link io.github.opennqf.labour} (labour-code rules).
 */
@NullMarked
package io.github.opennqf;

import org.jspecify.annotations.NullMarked;
