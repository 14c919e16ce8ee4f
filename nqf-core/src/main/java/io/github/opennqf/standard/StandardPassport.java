package io.github.opennqf.standard;

import io.github.opennqf.code.OkedCode;
import io.github.opennqf.internal.Check;
import io.github.opennqf.text.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The passport of a professional standard: what identifies it and who approved it.
 *
 * <p>Immutable and thread-safe. Nulls and blank texts get an
 * {@link io.github.opennqf.InvalidValueException} naming the field.
 *
 * @param code the standard's code in the national register
 * @param title its title
 * @param sectors the ОКЭД / NACE codes of the economic activities it covers
 * @param approvingBody who approved it, for example a ministry or the national chamber of
 *     entrepreneurs
 * @param approvalDate when it was approved, or {@code null} if unknown
 * @param approvalOrder the number of the approving order, or {@code null}
 * @param version the version, for example {@code "1"} or {@code "2024-03"}
 * @since 0.1.0
 */
public record StandardPassport(
        @NotBlank @Size(max = 64) String code,
        @NotNull MultilingualText title,
        @NotNull List<@Valid OkedCode> sectors,
        @Nullable MultilingualText approvingBody,
        @Nullable LocalDate approvalDate,
        @Nullable String approvalOrder,
        @NotBlank String version) {

    /** Validates and copies. */
    public StandardPassport {
        code = Check.notBlank(code, "code");
        if (code.length() > 64) {
            throw Check.invalid("code", code, "must be at most 64 characters");
        }
        Check.notNull(title, "title");
        sectors = Check.listOf(sectors, "sectors");
        approvalOrder = Check.optionalNotBlank(approvalOrder, "approvalOrder");
        version = Check.notBlank(version, "version");
    }

    /**
     * A passport with only code and title, version {@code "1"}.
     *
     * @param code the code
     * @param title the title
     * @return the passport
     */
    public static StandardPassport of(String code, MultilingualText title) {
        return new StandardPassport(code, title, List.of(), null, null, null, "1");
    }
}
