package io.github.opennqf.io.esco;

import java.net.URI;
import java.util.Objects;

/**
 * That an ESCO occupation needs a skill, essentially or optionally
 * ({@code occupationSkillRelations.csv}).
 *
 * <p>Immutable and thread-safe. Nulls get a {@link NullPointerException}.
 *
 * @param occupation the occupation's URI
 * @param skill the skill's URI
 * @param essential {@code true} for {@code essential}, {@code false} for {@code optional}
 * @since 0.1.0
 */
public record OccupationSkillRelation(URI occupation, URI skill, boolean essential) {

    /** Validates. */
    public OccupationSkillRelation {
        Objects.requireNonNull(occupation, "occupation");
        Objects.requireNonNull(skill, "skill");
    }
}
