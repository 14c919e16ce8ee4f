package io.github.opennqf.text;

import io.github.opennqf.internal.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An ordered list of languages wanted, best first, used to pick one text out of a
 * {@link MultilingualText}.
 *
 * <pre>{@code
 * LanguagePriority.KAZAKHSTAN          // kk, then ru, then en
 * LanguagePriority.of("en", "ru")
 * LanguagePriority.parse("ru-KZ,ru;q=0.9,en;q=0.5")   // HTTP Accept-Language syntax
 * }</pre>
 *
 * <p>Immutable and thread-safe. Ill-formed tags get an {@link io.github.opennqf.InvalidValueException}.
 *
 * @param tags the normalised BCP 47 tags, best first; at least one
 * @since 0.1.0
 */
public record LanguagePriority(List<String> tags) {
    /** Kazakh, then Russian, then English: the order for documents published in Kazakhstan. */
    public static final LanguagePriority KAZAKHSTAN = of("kk", "ru", "en");
    /** English, then Russian, then Kazakh. */
    public static final LanguagePriority ENGLISH_FIRST = of("en", "ru", "kk");

    /** Validates and normalises the tags. */
    public LanguagePriority {
        List<String> normalised = new ArrayList<>();
        for (String tag : Check.listOf(tags, "tags")) {
            normalised.add(MultilingualText.normaliseTag(tag));
        }
        if (normalised.isEmpty()) {
            throw Check.invalid("tags", null, "must name at least one language");
        }
        tags = List.copyOf(normalised);
    }

    /**
     * @param tags BCP 47 tags, best first
     * @return the priority list
     */
    public static LanguagePriority of(String... tags) {
        return new LanguagePriority(List.of(tags));
    }

    /**
     * Parses an HTTP {@code Accept-Language} style list such as {@code "ru-KZ,ru;q=0.9,en;q=0.5"}.
     *
     * @param ranges the list
     * @return the priority list, ordered by weight
     * @throws io.github.opennqf.InvalidValueException if the list is ill-formed
     */
    public static LanguagePriority parse(String ranges) {
        Check.notBlank(ranges, "ranges");
        try {
            List<String> tags = new ArrayList<>();
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(ranges)) {
                if (!range.getRange().contains("*")) {
                    tags.add(range.getRange());
                }
            }
            return new LanguagePriority(tags);
        } catch (IllegalArgumentException e) {
            throw Check.invalid("ranges", ranges, "is not a valid language priority list");
        }
    }

    /** @return the tags as RFC 4647 language ranges */
    List<Locale.LanguageRange> ranges() {
        List<Locale.LanguageRange> ranges = new ArrayList<>(tags.size());
        for (String tag : tags) {
            ranges.add(new Locale.LanguageRange(tag));
        }
        return ranges;
    }
}
