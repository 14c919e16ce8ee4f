package io.github.opennqf.io.esco;

import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.code.TaxonomyConcept;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.io.ReadProblem;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.standard.StandardPassport;
import io.github.opennqf.text.MultilingualText;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The ESCO classification as read from its CSV export: skills, occupations, ISCO groups and the
 * occupation–skill relations, with lookups by URI and the mapping of occupations to professional
 * standards.
 *
 * <pre>{@code
 * EscoClassification esco = EscoFormat.csv().read(Path.of("esco-v1.1.1"));
 * esco.skills().size();                                // 13,896 in ESCO v1.1.1
 * List<ProfessionalStandard> standards = esco.toStandards();
 * }</pre>
 *
 * <p><b>Occupations as standards</b> ({@link #toStandards()}): each occupation becomes one
 * {@link ProfessionalStandard} whose passport code is the occupation's ESCO code (such as
 * {@code 2654.1.7}) and whose title is its preferred label; it holds one
 * {@link ProfessionCard} (same id and title, the ISCO-08 unit group as occupation, no level) with
 * one {@link LabourFunction} holding one {@link Requirement} per related skill, in the order of
 * the relations file: the requirement's id is the last segment of the skill's URI, its text the
 * skill's preferred label, its category the skill type's ({@link SkillType#category()}), weight
 * 1.0, {@code essential} for an essential relation, and the skill's URI as its only concept.
 * A skill without a skill type (ESCO v1.1.1 has six) becomes an {@code ESCO_SKILL_COMPETENCE}
 * requirement; {@link #warnings()} names each such skill. A relation whose occupation or skill is
 * in no file read (ESCO v1.1.1 has 67 relations of one occupation missing from
 * {@code occupations_en.csv}) is kept in {@link #relations()} but gives no requirement;
 * {@link #warnings()} names each such concept once, with the number of rows referring to it.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EscoClassification {
    private final List<EscoSkill> skills;
    private final List<EscoOccupation> occupations;
    private final List<IscoGroup> iscoGroups;
    private final List<OccupationSkillRelation> relations;
    private final List<ReadProblem> warnings;
    private final Map<URI, EscoSkill> skillsByUri;
    private final Map<URI, EscoOccupation> occupationsByUri;

    private EscoClassification(List<EscoSkill> skills, List<EscoOccupation> occupations, List<IscoGroup> iscoGroups,
            List<OccupationSkillRelation> relations, List<ReadProblem> warnings) {
        this.skills = List.copyOf(skills);
        this.occupations = List.copyOf(occupations);
        this.iscoGroups = List.copyOf(iscoGroups);
        this.relations = List.copyOf(relations);
        this.warnings = List.copyOf(warnings);
        this.skillsByUri = index(this.skills, EscoSkill::uri, "skill");
        this.occupationsByUri = index(this.occupations, EscoOccupation::uri, "occupation");
    }

    /**
     * @param skills the skills, URIs unique
     * @param occupations the occupations, URIs unique
     * @param iscoGroups the ISCO groups
     * @param relations the occupation–skill relations; a relation to an occupation or skill not given
     *     is kept here but gives no requirement in {@link #toStandards()}
     * @param warnings what the reader noted without refusing the input
     * @return the classification
     * @throws IllegalArgumentException if a skill or occupation URI repeats
     */
    public static EscoClassification of(List<EscoSkill> skills, List<EscoOccupation> occupations,
            List<IscoGroup> iscoGroups, List<OccupationSkillRelation> relations, List<ReadProblem> warnings) {
        return new EscoClassification(skills, occupations, iscoGroups, relations, warnings);
    }

    private static <T> Map<URI, T> index(List<T> values, Function<T, URI> key, String what) {
        Map<URI, T> map = new HashMap<>(values.size() * 2);
        for (T value : values) {
            if (map.put(key.apply(value), value) != null) {
                throw new IllegalArgumentException("the " + what + " " + key.apply(value) + " appears twice");
            }
        }
        return map;
    }

    /** @return the skills, in file order */
    public List<EscoSkill> skills() {
        return skills;
    }

    /** @return the occupations, in file order */
    public List<EscoOccupation> occupations() {
        return occupations;
    }

    /** @return the ISCO-08 groups, in file order; empty when the export had no ISCO groups file */
    public List<IscoGroup> iscoGroups() {
        return iscoGroups;
    }

    /** @return the occupation–skill relations, in file order */
    public List<OccupationSkillRelation> relations() {
        return relations;
    }

    /** @return what the reader noted without refusing the input, such as skills without a type */
    public List<ReadProblem> warnings() {
        return warnings;
    }

    /** @param uri a skill URI @return the skill, if the classification has it */
    public Optional<EscoSkill> skill(URI uri) {
        return Optional.ofNullable(skillsByUri.get(Objects.requireNonNull(uri, "uri")));
    }

    /** @param uri an occupation URI @return the occupation, if the classification has it */
    public Optional<EscoOccupation> occupation(URI uri) {
        return Optional.ofNullable(occupationsByUri.get(Objects.requireNonNull(uri, "uri")));
    }

    /** @return every occupation as a professional standard, in file order (see the class javadoc) */
    public List<ProfessionalStandard> toStandards() {
        Map<URI, List<Requirement>> requirements = new LinkedHashMap<>();
        Map<URI, ConceptRef> concepts = new HashMap<>(skills.size() * 2);
        for (OccupationSkillRelation relation : relations) {
            EscoSkill skill = skillsByUri.get(relation.skill());
            if (skill == null || !occupationsByUri.containsKey(relation.occupation())) {
                continue;
            }
            DescriptorCategory category = skill.type() == null ? DescriptorCategory.ESCO_SKILL_COMPETENCE
                    : skill.type().category();
            ConceptRef concept = concepts.computeIfAbsent(skill.uri(), ConceptRef::new);
            Requirement requirement = new Requirement(lastSegment(skill.uri()), category, skill.preferredLabel(), 1.0,
                    relation.essential(), List.of(concept));
            requirements.computeIfAbsent(relation.occupation(), k -> new ArrayList<>()).add(requirement);
        }
        List<ProfessionalStandard> standards = new ArrayList<>(occupations.size());
        for (EscoOccupation occupation : occupations) {
            List<Requirement> own = requirements.getOrDefault(occupation.uri(), List.of());
            LabourFunction function = new LabourFunction(occupation.code(), occupation.preferredLabel(), own);
            ProfessionCard card = new ProfessionCard(occupation.code(), occupation.preferredLabel(),
                    occupation.iscoGroup(), null, null, null, null, List.of(function));
            standards.add(new ProfessionalStandard(StandardPassport.of(occupation.code(), occupation.preferredLabel()),
                    List.of(card)));
        }
        return List.copyOf(standards);
    }

    /**
     * The skills as taxonomy concepts, in file order, for finding the skills a text evidences
     * ({@code ConceptFinder} in {@code nqf-matching}): each skill's URI, preferred label, alternative
     * labels (one text per label, in its language) and category.
     *
     * @return one concept per skill
     */
    public List<TaxonomyConcept> skillConcepts() {
        List<TaxonomyConcept> out = new ArrayList<>(skills.size());
        for (EscoSkill skill : skills) {
            List<MultilingualText> alts = new ArrayList<>();
            skill.altLabels().forEach((language, labels) -> {
                for (String label : labels) {
                    alts.add(MultilingualText.of(language, label));
                }
            });
            out.add(new TaxonomyConcept(new ConceptRef(skill.uri()), skill.preferredLabel(), alts,
                    skill.type() == null ? null : skill.type().category()));
        }
        return List.copyOf(out);
    }

    /** @return the last path segment of a concept URI, such as the UUID of an ESCO skill */
    static String lastSegment(URI uri) {
        String text = uri.toString();
        return text.substring(text.lastIndexOf('/') + 1);
    }

    /** @return a short summary with the counts */
    @Override
    public String toString() {
        return "EscoClassification[" + skills.size() + " skills, " + occupations.size() + " occupations, "
                + iscoGroups.size() + " ISCO groups, " + relations.size() + " relations]";
    }
}
