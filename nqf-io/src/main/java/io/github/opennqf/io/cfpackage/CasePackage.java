package io.github.opennqf.io.cfpackage;

import io.github.opennqf.io.internal.cfpackage.CaseMapping;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.util.List;
import java.util.Objects;

/**
 * A CASE 1.0 {@code CFPackage}: one framework's document, items and associations, as read, with
 * the mappings to and from OpenNQF's models.
 *
 * <pre>{@code
 * CasePackage pkg = CaseFormat.json().read(Path.of("framework.json"));
 * ProfessionalStandard standard = pkg.toStandard();
 * CaseFormat.json().write(CasePackage.fromStandard(standard), Files.newOutputStream(out));
 * }</pre>
 *
 * <p><b>To a standard or program.</b> The items become requirements ({@link #toStandard()}) or
 * learning outcomes ({@link #toProgram()}), in tree order: the document's children first, each
 * followed by its own children, siblings ordered by their {@code isChildOf} association's
 * {@code sequenceNumber} (else by their order in the package); items the tree does not reach
 * follow in package order. An item's id is its {@code humanCodingScheme} when it has one that no
 * other item has, else its identifier; its text the {@code fullStatement} in the item's language
 * (else the document's, else {@code und}); its category the
 * {@link io.github.opennqf.framework.DescriptorCategory} whose code is its {@code CFItemType}
 * (such as {@code knowledge}), else {@code KZ_SKILLS}; its concepts the item's own URI (unless it is
 * only {@code urn:uuid:} and the identifier) followed by the destinations of its
 * {@code exactMatchOf} associations. The standard's code (the program's
 * id) is the document's identifier, or the code {@link #fromStandard} wrote; its title the
 * document's; it has one profession card and one labour function with that code and title. What
 * the native models cannot hold (the other association types, abbreviated statements, notes,
 * education levels) stays in this package.
 *
 * <p><b>From a standard or program</b> ({@link #fromStandard}, {@link #fromProgram}): the reverse,
 * with identifiers derived from the codes (name-based UUIDs, so the same input gives the same
 * package), the code kept in the document's URI ({@code urn:opennqf:case:<code>}), one
 * {@code isChildOf} per item to the document with its position as {@code sequenceNumber}, item URIs
 * {@code urn:uuid:<identifier>}, and one {@code exactMatchOf} per concept. One language is written per
 * text (the first of each); weights, the essential flag, levels, credits, modules and the
 * structure of several profession cards or labour functions are not, and
 * {@link io.github.opennqf.io.Documents#write} lists them when a document had them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param document the CFDocument
 * @param items the CFItems, in package order
 * @param associations the CFAssociations, in package order
 * @since 0.1.0
 */
public record CasePackage(CaseDocument document, List<CaseItem> items, List<CaseAssociation> associations) {

    /** Validates and copies. */
    public CasePackage {
        Objects.requireNonNull(document, "document");
        items = List.copyOf(items);
        associations = List.copyOf(associations);
    }

    /** @return the framework as one professional standard (see the class javadoc) */
    public ProfessionalStandard toStandard() {
        return CaseMapping.toStandard(this);
    }

    /** @return the framework as one educational program, its items as outcomes (see the class javadoc) */
    public EducationalProgram toProgram() {
        return CaseMapping.toProgram(this);
    }

    /** @param standard a standard @return it as a package (see the class javadoc) */
    public static CasePackage fromStandard(ProfessionalStandard standard) {
        return CaseMapping.fromStandard(Objects.requireNonNull(standard, "standard"), new java.util.ArrayList<>());
    }

    /** @param program a program @return it as a package (see the class javadoc) */
    public static CasePackage fromProgram(EducationalProgram program) {
        return CaseMapping.fromProgram(Objects.requireNonNull(program, "program"), new java.util.ArrayList<>());
    }
}
