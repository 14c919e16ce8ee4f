/**
 * Assessment and recognition of a person's qualification against a profession card: every kind of
 * evidence (diplomas, course certificates, work experience, portal-verified skills, recognition
 * results) turned into weighted statements and scored by the same matching engine as programs,
 * with eligibility reported apart from the skills score, trust checks, and deterministic ranking of
 * many applicants. The weights are a {@link io.github.opennqf.recognition.RecognitionPolicy}: no
 * official weighting of evidence exists, so every default is documented and configurable.
 */
@org.jspecify.annotations.NullMarked
package io.github.opennqf.recognition;
