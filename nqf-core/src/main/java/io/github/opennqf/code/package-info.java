/**
 * National and international classification codes: occupations (ISCO-08 and Kazakhstan's НКЗ),
 * fields of education and training (ISCED-F 2013) and economic activities (Kazakhstan's ОКЭД,
 * based on NACE Rev. 2), each as a small immutable value that parses, normalises and validates
 * the code and knows its place in the classification's hierarchy.
 */
@NullMarked
package io.github.opennqf.code;

import org.jspecify.annotations.NullMarked;
