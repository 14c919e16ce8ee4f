package io.github.opennqf.io.esco;

import io.github.opennqf.text.MultilingualText;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An ESCO skill or knowledge concept ({@code KnowledgeSkillCompetence}), with every label the CSV
 * export carries, in every language read.
 *
 * <pre>{@code
 * EscoSkill skill = esco.skill(URI.create("http://data.europa.eu/esco/skill/…")).orElseThrow();
 * skill.preferredLabel().get("en");        // "manage musical staff"
 * skill.altLabels().get("en");             // ["coordinate duties of musical staff", …]
 * skill.type();                            // SKILL_COMPETENCE
 * }</pre>
 *
 * <p>Immutable and thread-safe. Nulls (other than where {@code @Nullable}) get a
 * {@link NullPointerException}.
 *
 * @param uri the concept URI
 * @param type knowledge or skill/competence, or {@code null} where ESCO leaves it empty
 * @param reuseLevel how widely it applies, or {@code null} where ESCO leaves it empty
 * @param preferredLabel the preferred label, by language
 * @param altLabels the alternative labels, by BCP 47 language tag; may be empty
 * @param description the description, or {@code null} if there is none
 * @param broader the URIs of its broader concepts (skills or skill groups); may be empty
 * @since 0.1.0
 */
public record EscoSkill(
        URI uri,
        @Nullable SkillType type,
        @Nullable ReuseLevel reuseLevel,
        MultilingualText preferredLabel,
        Map<String, List<String>> altLabels,
        @Nullable MultilingualText description,
        List<URI> broader) {

    /** Validates and copies. */
    public EscoSkill {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(preferredLabel, "preferredLabel");
        altLabels = EscoConcepts.copy(altLabels);
        broader = List.copyOf(broader);
    }
}
