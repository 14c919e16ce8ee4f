package io.github.opennqf.io;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.framework.FrameworkRef;
import io.github.opennqf.text.LanguagePriority;
import io.github.opennqf.text.MultilingualText;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Options for {@link TabularFormat}: which framework the level columns are in, the language of
 * texts that the input does not tag, which language to write when a text has several, and the
 * limits on untrusted input.
 *
 * <pre>{@code
 * TabularOptions options = TabularOptions.DEFAULTS
 *         .withLanguage("ru")                                   // untagged texts are Russian
 *         .withLevelFramework(FrameworkRef.parse("eqf:2017"))   // levels are EQF levels
 *         .withLimits(ReadLimits.DEFAULTS.withMaxRecords(100_000));
 * List<ProfessionalStandard> standards =
 *         TabularFormat.csv().withOptions(options).readStandards(reader, "standards.csv");
 * }</pre>
 *
 * <p>Immutable and thread-safe. A {@code null} component or an ill-formed language tag gets an
 * {@link InvalidValueException} naming the component; the language tag is normalised
 * ({@code "RU"} becomes {@code "ru"}).
 *
 * @param levelFramework the framework edition of the {@code program_level} and
 *     {@code standard_level} columns; default {@link FrameworkRef#KZ_NQF_2025}
 * @param language the BCP 47 tag of texts in rows without a {@code language} cell; default
 *     {@link MultilingualText#UNDETERMINED} ({@code "und"})
 * @param writeLanguages the languages the writer prefers, best first, when a text has several;
 *     default {@link LanguagePriority#KAZAKHSTAN} (kk, ru, en)
 * @param limits the bounds on input; default {@link ReadLimits#DEFAULTS}
 * @since 0.1.0
 */
public record TabularOptions(
        @NotNull FrameworkRef levelFramework,
        @NotNull String language,
        @NotNull LanguagePriority writeLanguages,
        @NotNull ReadLimits limits) {

    /** Levels in the Kazakhstan NQF 2025, untagged texts {@code und}, writing kk, ru, en, default limits. */
    public static final TabularOptions DEFAULTS = new TabularOptions(FrameworkRef.KZ_NQF_2025,
            MultilingualText.UNDETERMINED, LanguagePriority.KAZAKHSTAN, ReadLimits.DEFAULTS);

    /** Validates the components and normalises the language tag. */
    public TabularOptions {
        required(levelFramework, "levelFramework");
        language = MultilingualText.normaliseTag(required(language, "language"));
        required(writeLanguages, "writeLanguages");
        required(limits, "limits");
    }

    private static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, null, "is required");
        }
        return value;
    }

    /**
     * @param value the framework edition of the level columns
     * @return a copy with this framework
     */
    public TabularOptions withLevelFramework(FrameworkRef value) {
        return new TabularOptions(value, language, writeLanguages, limits);
    }

    /**
     * @param value the BCP 47 tag of untagged texts, such as {@code "ru"}
     * @return a copy with this language
     */
    public TabularOptions withLanguage(String value) {
        return new TabularOptions(levelFramework, value, writeLanguages, limits);
    }

    /**
     * @param value the languages to write, best first
     * @return a copy with these languages
     */
    public TabularOptions withWriteLanguages(LanguagePriority value) {
        return new TabularOptions(levelFramework, language, value, limits);
    }

    /**
     * @param value the bounds on input
     * @return a copy with these limits
     */
    public TabularOptions withLimits(ReadLimits value) {
        return new TabularOptions(levelFramework, language, writeLanguages, value);
    }
}
