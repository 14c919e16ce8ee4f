package io.github.opennqf.design;

import io.github.opennqf.internal.Check;
import io.github.opennqf.program.EducationalProgram;
import java.util.List;

/**
 * A program skeleton designed from profession cards by {@link ProgramDesigner}: an ordinary
 * {@link EducationalProgram} (outcomes, modules with credits, level, standards) that can be
 * written as JSON, YAML or CSV and edited, the links from each outcome back to the requirements
 * it serves, and notes on the choices made.
 *
 * <p>Immutable and thread-safe. Nulls get an {@link io.github.opennqf.InvalidValueException}.
 *
 * @param program the designed program
 * @param links one per outcome, in outcome order
 * @param notes the choices a designer should know about (where the credits came from, outcomes
 *     added to cover a category, languages without a template)
 * @since 0.1.0
 */
public record ProgramDesign(EducationalProgram program, List<OutcomeLink> links, List<String> notes) {
    /** Validates and copies. */
    public ProgramDesign {
        Check.notNull(program, "program");
        links = Check.listOf(links, "links");
        notes = Check.listOf(notes, "notes");
    }
}
