package io.github.opennqf.code;

import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.internal.Check;
import io.github.opennqf.text.MultilingualText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A concept of a skills or occupations taxonomy (an ESCO skill, an O*NET element) with the labels
 * people write it with: what text is matched against to find the concepts a text evidences.
 *
 * <pre>{@code
 * TaxonomyConcept sql = new TaxonomyConcept(ConceptRef.parse("http://data.europa.eu/esco/skill/…"),
 *         MultilingualText.of("en", "SQL"), List.of(MultilingualText.of("en", "Structured Query Language")),
 *         DescriptorCategory.ESCO_KNOWLEDGE);
 * }</pre>
 *
 * <p>Immutable and thread-safe. Null components (other than {@code category}) get an
 * {@link io.github.opennqf.InvalidValueException}.
 *
 * @param ref the concept's URI
 * @param label its preferred label, by language
 * @param altLabels other labels it is written with, each in one or more languages; may be empty
 * @param category its descriptor category, or {@code null} if the taxonomy gives none
 * @since 0.1.0
 */
public record TaxonomyConcept(ConceptRef ref, MultilingualText label, List<MultilingualText> altLabels,
        @Nullable DescriptorCategory category) {
    /** Validates and copies. */
    public TaxonomyConcept {
        Check.notNull(ref, "ref");
        Check.notNull(label, "label");
        altLabels = Check.listOf(altLabels, "altLabels");
    }
}
