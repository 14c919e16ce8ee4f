package io.github.opennqf.text;

import io.github.opennqf.internal.Check;
import java.util.Collections;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A piece of text in one or more languages, keyed by BCP 47 language tag: a language map as in
 * JSON-LD, ELM and Open Badges.
 *
 * <pre>{@code
 * MultilingualText title = MultilingualText.builder()
 *         .put("kk", "Бағдарламалық инженерия")
 *         .put("ru", "Программная инженерия")
 *         .put("en", "Software engineering")
 *         .build();
 * title.get("ru");                                // Optional["Программная инженерия"]
 * title.resolve(LanguagePriority.of("de", "en"));  // "Software engineering"
 * }</pre>
 *
 * <p>Text whose language is not known is tagged {@link #UNDETERMINED} ({@code "und"}). Tags are
 * validated and normalised ({@code "EN-gb"} becomes {@code "en-GB"}); texts are
 * stripped of surrounding white space and must not be blank. There must be at least one language.
 * {@link #resolve(LanguagePriority)} follows RFC 4647 lookup: a request for {@code ru-KZ} finds
 * {@code ru}; when nothing in the priority list is present it falls back to the first language in
 * tag order, so it always returns text and always the same text for the same input.
 *
 * <p>Immutable and thread-safe. Bad input (a blank text, an ill-formed tag, no languages) gets an
 * {@link io.github.opennqf.InvalidValueException} naming the tag.
 *
 * @since 0.1.0
 */
public final class MultilingualText {
    /** Kazakh. */
    public static final String KAZAKH = "kk";
    /** Russian. */
    public static final String RUSSIAN = "ru";
    /** English. */
    public static final String ENGLISH = "en";
    /** Undetermined: the BCP 47 tag for text whose language is not known, such as a CSV cell. */
    public static final String UNDETERMINED = "und";

    private final Map<String, String> texts;
    /** The hash of {@link #texts}, made on first use (0 until then); a benign race, as in {@link String}. */
    private int hash;

    private MultilingualText(Map<String, String> texts) {
        this.texts = texts;
    }

    /**
     * Text in one language.
     *
     * @param languageTag a BCP 47 tag such as {@code "kk"} or {@code "ru-KZ"}
     * @param text the text, not blank
     * @return the text
     */
    public static MultilingualText of(String languageTag, String text) {
        return builder().put(languageTag, text).build();
    }

    /**
     * Text from a language map.
     *
     * @param texts BCP 47 tag to text; at least one entry
     * @return the text
     */
    public static MultilingualText of(Map<String, String> texts) {
        Check.notNull(texts, "texts");
        Builder builder = builder();
        texts.forEach(builder::put);
        return builder.build();
    }

    /** @return a builder; builders are not thread-safe */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Normalises a BCP 47 language tag.
     *
     * @param languageTag the tag
     * @return the tag in canonical case, for example {@code "en-GB"}
     * @throws io.github.opennqf.InvalidValueException if the tag is not well-formed BCP 47
     */
    public static String normaliseTag(String languageTag) {
        String tag = Check.notBlank(languageTag, "languageTag");
        // the common case, a bare lower-case language subtag ("kk", "ru", "en", "und"), is already
        // normal: skip building a Locale for it
        if (isLowerAsciiLanguage(tag)) {
            return tag;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build();
            String normalised = locale.toLanguageTag();
            if (normalised.equals(UNDETERMINED) && !tag.equalsIgnoreCase(UNDETERMINED)) {
                throw Check.invalid("languageTag", languageTag, "is not a BCP 47 language tag");
            }
            return normalised;
        } catch (IllformedLocaleException e) {
            throw Check.invalid("languageTag", languageTag, "is not a well-formed BCP 47 language tag");
        }
    }

    /** @return whether the tag is 2 or 3 lower-case ASCII letters, which BCP 47 normalisation leaves as they are */
    private static boolean isLowerAsciiLanguage(String tag) {
        int n = tag.length();
        if (n < 2 || n > 3) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = tag.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /**
     * The text in exactly this language.
     *
     * @param languageTag a BCP 47 tag
     * @return the text, or empty when this language is absent
     */
    public Optional<String> get(String languageTag) {
        return Optional.ofNullable(texts.get(normaliseTag(languageTag)));
    }

    /**
     * The best text for a priority list of languages, following RFC 4647 lookup, falling back to
     * the first language in tag order when none of the priorities is present.
     *
     * @param priority the languages wanted, best first
     * @return the text, never {@code null}
     */
    public String resolve(LanguagePriority priority) {
        Objects.requireNonNull(priority, "priority");
        if (texts.size() == 1) {
            return texts.values().iterator().next();
        }
        @Nullable String tag = Locale.lookupTag(priority.ranges(), texts.keySet());
        return tag != null ? texts.get(tag) : texts.values().iterator().next();
    }

    /**
     * The language tag {@link #resolve(LanguagePriority)} would pick.
     *
     * @param priority the languages wanted, best first
     * @return the tag of the text that would be returned
     */
    public String resolveTag(LanguagePriority priority) {
        Objects.requireNonNull(priority, "priority");
        if (texts.size() == 1) {
            return texts.keySet().iterator().next();
        }
        @Nullable String tag = Locale.lookupTag(priority.ranges(), texts.keySet());
        return tag != null ? tag : texts.keySet().iterator().next();
    }

    /** @return the languages present, as normalised tags in tag order */
    public Set<String> languages() {
        return texts.keySet();
    }

    /** @return {@code true} if there is text in exactly this language */
    public boolean has(String languageTag) {
        return texts.containsKey(normaliseTag(languageTag));
    }

    /** @return the language map, unmodifiable, in tag order */
    public Map<String, String> asMap() {
        return texts;
    }

    /**
     * A copy with one more language, or with that language's text replaced.
     *
     * @param languageTag a BCP 47 tag
     * @param text the text, not blank
     * @return the new value
     */
    public MultilingualText with(String languageTag, String text) {
        Builder builder = builder();
        texts.forEach(builder::put);
        return builder.put(languageTag, text).build();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o == this || (o instanceof MultilingualText other && hashCode() == other.hashCode()
                && texts.equals(other.texts));
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = texts.hashCode();
            hash = h;
        }
        return h;
    }

    /** @return the language map, for example {@code {en=Software engineering, ru=…}} */
    @Override
    public String toString() {
        return texts.toString();
    }

    /** Collects texts by language. Not thread-safe; build once and share the result. */
    public static final class Builder {
        private final Map<String, String> texts = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Adds or replaces the text in one language.
         *
         * @param languageTag a BCP 47 tag
         * @param text the text, not blank
         * @return this builder
         */
        public Builder put(String languageTag, String text) {
            String tag = normaliseTag(languageTag);
            texts.put(tag, Check.notBlank(text, "text[" + tag + "]"));
            return this;
        }

        /**
         * @return the text
         * @throws io.github.opennqf.InvalidValueException if no language was added
         */
        public MultilingualText build() {
            if (texts.isEmpty()) {
                throw Check.invalid("texts", null, "must hold text in at least one language");
            }
            return new MultilingualText(Collections.unmodifiableMap(new TreeMap<>(texts)));
        }
    }
}
