/**
 * Professional standards: the passport, profession cards with their level, occupation code and
 * entry requirements, labour functions, and the weighted requirements (knowledge, abilities,
 * skills, competencies) that educational programs are matched against.
 */
@NullMarked
package io.github.opennqf.standard;

import org.jspecify.annotations.NullMarked;
