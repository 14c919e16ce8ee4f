/**
 * The ESCO classification (European Skills, Competences, Qualifications and Occupations) as
 * published in its CSV export: skills with their labels, descriptions and types, occupations with
 * their ISCO-08 groups, the occupation–skill relations and the broader-concept hierarchies
 * ({@link io.github.opennqf.io.esco.EscoClassification}), read by
 * {@link io.github.opennqf.io.esco.EscoFormat}. Every public type here is immutable and
 * thread-safe. Data: ESCO, European Commission.
 */
@NullMarked
package io.github.opennqf.io.esco;

import org.jspecify.annotations.NullMarked;
