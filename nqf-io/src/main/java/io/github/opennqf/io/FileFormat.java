package io.github.opennqf.io;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The file formats {@link Documents} reads and writes, each with the name the command-line tool
 * uses ({@code --from}, {@code --to}) and the document types it can hold.
 *
 * <table>
 *   <caption>Formats</caption>
 *   <tr><th>format</th><th>reads as</th><th>writes</th></tr>
 *   <tr><td>{@code json}, {@code yaml}</td><td>any native document</td><td>any native document</td></tr>
 *   <tr><td>{@code csv}</td><td>programs or standards (by the header)</td><td>programs, standards</td></tr>
 *   <tr><td>{@code jsonl}</td><td>applicants</td><td>applicants</td></tr>
 *   <tr><td>{@code esco}</td><td>standards (one per occupation; a directory)</td><td>—</td></tr>
 *   <tr><td>{@code case}</td><td>standards (one per CFPackage)</td><td>one standard or one program</td></tr>
 *   <tr><td>{@code elm}</td><td>programs (one per qualification)</td><td>programs</td></tr>
 * </table>
 *
 * <p>Constants: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum FileFormat {
    /** OpenNQF native JSON ({@link NativeFormat#json()}). */
    JSON,
    /** OpenNQF native YAML ({@link NativeFormat#yaml()}). */
    YAML,
    /** The tabular CSV interchange format for programs and standards ({@link TabularFormat}). */
    CSV,
    /** Applicants as JSON lines ({@link JsonLines}). */
    JSONL,
    /** The ESCO classification's CSV export, a directory ({@link io.github.opennqf.io.esco.EscoFormat}). */
    ESCO,
    /** 1EdTech CASE 1.0 CFPackage JSON ({@link io.github.opennqf.io.cfpackage.CaseFormat}). */
    CASE,
    /** European Learning Model v3 qualification JSON-LD ({@link io.github.opennqf.io.elm.ElmFormat}). */
    ELM;

    /** @return the lower-case name used on the command line, such as {@code case} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param code a format name such as {@code yaml}, ignoring case; {@code yml} names YAML
     * @return the format, or empty if there is none of that name
     */
    public static Optional<FileFormat> named(String code) {
        String c = Objects.requireNonNull(code, "code").strip().toUpperCase(Locale.ROOT);
        if (c.equals("YML")) {
            return Optional.of(YAML);
        }
        for (FileFormat format : values()) {
            if (format.name().equals(c)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * @param type a document type
     * @return whether this format can write a document of that type (it may still drop fields;
     *     {@link Documents#write} says which)
     */
    public boolean canWrite(DocumentType<?> type) {
        Objects.requireNonNull(type, "type");
        return switch (this) {
            case JSON, YAML -> true;
            case CSV -> Set.of(DocumentType.PROGRAMS, DocumentType.STANDARDS).contains(type);
            case JSONL -> type == DocumentType.APPLICANTS;
            case ESCO -> false;
            case CASE -> type == DocumentType.PROGRAMS || type == DocumentType.STANDARDS;
            case ELM -> type == DocumentType.PROGRAMS;
        };
    }
}
