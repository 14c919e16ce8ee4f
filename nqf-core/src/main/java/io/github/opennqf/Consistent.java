package io.github.opennqf;

import io.github.opennqf.internal.validation.ApplicantProfileConsistency;
import io.github.opennqf.internal.validation.EducationalProgramConsistency;
import io.github.opennqf.internal.validation.ProfessionalStandardConsistency;
import io.github.opennqf.internal.validation.SectoralFrameworkConsistency;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean Validation constraint for the consistency rules of a whole document: rules that span
 * several values and so cannot be checked by one constructor. Each broken rule is reported as its
 * own violation, with the property path of the element concerned, so one validation run lists
 * every problem:
 *
 * <pre>{@code
 * Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
 * for (ConstraintViolation<EducationalProgram> v : validator.validate(program)) {
 *     System.out.println(v.getPropertyPath() + ": " + v.getMessage());
 * }
 * // outcomes[3].id: duplicate id 'LO4', also used by outcomes[1]
 * // modules[0].outcomeIds[2]: refers to outcome 'LO9', which the program does not have
 * // credits: a bachelor program (code 6B06101) needs at least 240 credits, has 180 KZ_ACADEMIC
 * }</pre>
 *
 * <p>The rules, per annotated type:
 * <ul>
 *   <li>{@code ProfessionalStandard}: profession card, labour function and requirement ids are
 *       unique; a card's required education level is not above the card's own level.</li>
 *   <li>{@code EducationalProgram}: outcome and module ids are unique; modules refer only to
 *       outcomes the program has; module credits, in the program's credit system, add up to no more
 *       than the program's credits; the national code's level digit equals the program's level in
 *       the Kazakhstan NQF; Kazakh higher-education programs meet the minimum credits of their degree
 *       (bachelor 240, master 60, doctorate 180, in Kazakh academic credits or ECTS).</li>
 *   <li>{@code ApplicantProfile}: evidence ids are unique.</li>
 *   <li>{@code SectoralFramework}: levels are not repeated; every profession is placed on a
 *       declared level (when the framework declares levels).</li>
 * </ul>
 * The validators live in an internal package; the model packages are open to reflection so that a
 * provider on the module path can read them.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {
    ProfessionalStandardConsistency.class,
    EducationalProgramConsistency.class,
    ApplicantProfileConsistency.class,
    SectoralFrameworkConsistency.class
})
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Consistent {
    /** @return the default message, used only when a validator reports no detail */
    String message() default "is not consistent";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};
}
