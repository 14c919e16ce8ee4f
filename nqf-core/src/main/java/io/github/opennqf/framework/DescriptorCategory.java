package io.github.opennqf.framework;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A category of learning outcome or descriptor: knowledge, skills, competences, in the
 * vocabulary of one {@link CategoryScheme}.
 *
 * <p>The correspondences between the schemes are fixed and explicit:
 * <table>
 *   <caption>Category correspondences</caption>
 *   <tr><th>Kazakhstan</th><th>EQF</th><th>ESCO</th></tr>
 *   <tr><td>{@link #KZ_KNOWLEDGE}</td><td>{@link #EQF_KNOWLEDGE}</td><td>{@link #ESCO_KNOWLEDGE}</td></tr>
 *   <tr><td>{@link #KZ_ABILITIES}, {@link #KZ_SKILLS}, {@link #KZ_SKILLS_AND_ABILITIES}</td>
 *       <td>{@link #EQF_SKILLS}</td><td>{@link #ESCO_SKILL_COMPETENCE}</td></tr>
 *   <tr><td>{@link #KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES}</td>
 *       <td>{@link #EQF_RESPONSIBILITY_AND_AUTONOMY}</td><td>{@link #ESCO_SKILL_COMPETENCE}</td></tr>
 * </table>
 * Within the Kazakh scheme, {@link #KZ_SKILLS_AND_ABILITIES} (the NQF's combined column) covers
 * {@link #KZ_SKILLS} and {@link #KZ_ABILITIES}. ESCO's skill/competence is wider than the EQF's
 * skills: it maps to both skills and responsibility-and-autonomy.
 *
 * <pre>{@code
 * DescriptorCategory.KZ_ABILITIES.correspondingIn(CategoryScheme.EQF);   // [EQF_SKILLS]
 * DescriptorCategory.ESCO_SKILL_COMPETENCE.correspondingIn(CategoryScheme.KAZAKHSTAN);
 * // [KZ_ABILITIES, KZ_SKILLS, KZ_SKILLS_AND_ABILITIES, KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES]
 * DescriptorCategory.fromCode("ability");                                 // KZ_ABILITIES
 * }</pre>
 *
 * @since 0.1.0
 */
public enum DescriptorCategory {
    /** Knowledge — знания — білім. */
    KZ_KNOWLEDGE(CategoryScheme.KAZAKHSTAN, "knowledge"),
    /** Abilities — умения — білік: applying knowledge in a given operation. */
    KZ_ABILITIES(CategoryScheme.KAZAKHSTAN, "ability"),
    /** Skills — навыки — дағды: carrying out a whole task; wider than an ability in Kazakh law. */
    KZ_SKILLS(CategoryScheme.KAZAKHSTAN, "skill"),
    /** The NQF level descriptors' combined column "abilities and skills" — умения и навыки. */
    KZ_SKILLS_AND_ABILITIES(CategoryScheme.KAZAKHSTAN, "skills-and-abilities"),
    /**
     * Personal and professional competencies — личностные и профессиональные компетенции:
     * acting under guidance, independently, or leading others.
     */
    KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES(CategoryScheme.KAZAKHSTAN, "competence"),
    /** EQF knowledge. */
    EQF_KNOWLEDGE(CategoryScheme.EQF, "eqf-knowledge"),
    /** EQF skills, cognitive and practical. */
    EQF_SKILLS(CategoryScheme.EQF, "eqf-skills"),
    /** EQF responsibility and autonomy. */
    EQF_RESPONSIBILITY_AND_AUTONOMY(CategoryScheme.EQF, "eqf-responsibility-and-autonomy"),
    /** ESCO skill type "knowledge". */
    ESCO_KNOWLEDGE(CategoryScheme.ESCO, "esco-knowledge"),
    /** ESCO skill type "skill/competence". */
    ESCO_SKILL_COMPETENCE(CategoryScheme.ESCO, "esco-skill-competence");

    private static final Map<DescriptorCategory, Set<DescriptorCategory>> CORRESPONDENCES =
            new EnumMap<>(DescriptorCategory.class);

    static {
        // Declared once per unordered pair; the table is made symmetric below.
        link(KZ_KNOWLEDGE, EQF_KNOWLEDGE, ESCO_KNOWLEDGE);
        link(KZ_ABILITIES, EQF_SKILLS, ESCO_SKILL_COMPETENCE, KZ_SKILLS_AND_ABILITIES);
        link(KZ_SKILLS, EQF_SKILLS, ESCO_SKILL_COMPETENCE, KZ_SKILLS_AND_ABILITIES);
        link(KZ_SKILLS_AND_ABILITIES, EQF_SKILLS, ESCO_SKILL_COMPETENCE);
        link(KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES, EQF_RESPONSIBILITY_AND_AUTONOMY, ESCO_SKILL_COMPETENCE);
        link(EQF_KNOWLEDGE, ESCO_KNOWLEDGE);
        link(EQF_SKILLS, ESCO_SKILL_COMPETENCE);
        link(EQF_RESPONSIBILITY_AND_AUTONOMY, ESCO_SKILL_COMPETENCE);
    }

    private final CategoryScheme scheme;
    private final String code;

    DescriptorCategory(CategoryScheme scheme, String code) {
        this.scheme = scheme;
        this.code = code;
    }

    private static void link(DescriptorCategory a, DescriptorCategory... others) {
        for (DescriptorCategory b : others) {
            CORRESPONDENCES.computeIfAbsent(a, k -> EnumSet.noneOf(DescriptorCategory.class)).add(b);
            CORRESPONDENCES.computeIfAbsent(b, k -> EnumSet.noneOf(DescriptorCategory.class)).add(a);
        }
    }

    /** @return the scheme this category belongs to */
    public CategoryScheme scheme() {
        return scheme;
    }

    /**
     * The short code used in tabular files: {@code knowledge}, {@code ability}, {@code skill},
     * {@code competence} for the Kazakh scheme, prefixed codes for the others.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The categories of another scheme that correspond to this one; this category itself when the
     * scheme is its own. The relation is symmetric: {@code b ∈ a.correspondingIn(b.scheme())} iff
     * {@code a ∈ b.correspondingIn(a.scheme())}.
     *
     * @param target the scheme to translate into
     * @return the corresponding categories, never empty
     */
    public Set<DescriptorCategory> correspondingIn(CategoryScheme target) {
        Objects.requireNonNull(target, "target");
        EnumSet<DescriptorCategory> result = EnumSet.noneOf(DescriptorCategory.class);
        if (target == scheme) {
            result.add(this);
        }
        for (DescriptorCategory other : CORRESPONDENCES.getOrDefault(this, Set.of())) {
            if (other.scheme == target) {
                result.add(other);
            }
        }
        return Set.copyOf(result);
    }

    /**
     * Whether two categories describe the same kind of outcome, after translating both into the
     * EQF's three columns. {@code KZ_ABILITIES} and {@code KZ_SKILLS} are compatible; knowledge and
     * skills are not.
     *
     * @param other another category, of any scheme
     * @return {@code true} if they share a corresponding EQF category
     */
    public boolean isCompatibleWith(DescriptorCategory other) {
        Objects.requireNonNull(other, "other");
        Set<DescriptorCategory> mine = correspondingIn(CategoryScheme.EQF);
        for (DescriptorCategory c : other.correspondingIn(CategoryScheme.EQF)) {
            if (mine.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Looks up a category by its {@link #code()} or its constant name, ignoring case; also accepts
     * the plural and Russian forms seen in data: {@code skills}, {@code abilities},
     * {@code competency}, {@code знания}, {@code умения}, {@code навыки}, {@code компетенции}.
     *
     * @param code the code
     * @return the category
     * @throws io.github.opennqf.InvalidValueException if no category has this code
     */
    public static DescriptorCategory fromCode(String code) {
        String key = io.github.opennqf.internal.Check.notBlank(code, "category").toLowerCase(Locale.ROOT);
        for (DescriptorCategory c : values()) {
            if (c.code.equals(key) || c.name().toLowerCase(Locale.ROOT).equals(key)) {
                return c;
            }
        }
        switch (key) {
            case "knowledges": case "знания": case "знание": case "білім":
                return KZ_KNOWLEDGE;
            case "abilities": case "умения": case "умение": case "білік":
                return KZ_ABILITIES;
            case "skills": case "навыки": case "навык": case "дағды":
                return KZ_SKILLS;
            case "competency": case "competences": case "competencies": case "компетенции":
            case "компетенция": case "құзыреттілік":
                return KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES;
            default:
                throw io.github.opennqf.internal.Check.invalid("category", code,
                        "must be one of knowledge, skill, ability, competence, or a category name");
        }
    }
}
