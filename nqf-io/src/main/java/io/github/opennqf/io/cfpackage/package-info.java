/**
 * 1EdTech CASE 1.0 (Competencies and Academic Standards Exchange): a CFPackage with its
 * CFDocument, CFItems and CFAssociations ({@link io.github.opennqf.io.cfpackage.CasePackage}),
 * read and written as JSON by {@link io.github.opennqf.io.cfpackage.CaseFormat}, and mapped to
 * professional standards and educational programs. Every public type here is immutable and
 * thread-safe.
 */
@NullMarked
package io.github.opennqf.io.cfpackage;

import org.jspecify.annotations.NullMarked;
