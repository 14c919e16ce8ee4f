package io.github.opennqf.design;

import io.github.opennqf.internal.Check;

/**
 * The action verb found in an outcome statement by {@link VerbLexicon#find(String, String)}: the
 * phrase of the verb list it matched, the words as the statement writes them, and its cognitive
 * level.
 *
 * <p>Immutable and thread-safe. Blank texts or a {@code null} level get an
 * {@link io.github.opennqf.InvalidValueException}.
 *
 * @param phrase the verb list's phrase, such as {@code analyse}
 * @param written the statement's words that matched, such as {@code Analyses}
 * @param language the language of the list and the statement, such as {@code en}
 * @param level the phrase's cognitive level
 * @since 0.1.0
 */
public record ActionVerb(String phrase, String written, String language, CognitiveLevel level) {
    /** Validates. */
    public ActionVerb {
        phrase = Check.notBlank(phrase, "phrase");
        written = Check.notBlank(written, "written");
        language = Check.notBlank(language, "language");
        Check.notNull(level, "level");
    }
}
