/**
 * Evidence of a person's qualification, formal, non-formal and informal: diplomas, course
 * certificates, work experience, recognition-centre results and portal-verified skills, each with
 * a verification status and a validity period, held in an applicant profile.
 */
@NullMarked
package io.github.opennqf.evidence;

import org.jspecify.annotations.NullMarked;
