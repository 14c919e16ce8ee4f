package io.github.opennqf.design;

import io.github.opennqf.internal.Check;

/**
 * One finding of {@link ProgramQualityCheck}: how serious it is, what kind, the element of the
 * program it concerns, and a sentence saying why.
 *
 * <pre>{@code
 * finding.toString();   // at /outcomes/2/statement/ru:
 * // WARNING WORDING_BELOW_LEVEL outcome LO3 (ru): "Знает" is remember (levels 1-4), below the level 7
 * //   it is written for; use a verb of a higher cognitive level
 * }</pre>
 *
 * <p>Immutable and thread-safe. Nulls or blank texts get an
 * {@link io.github.opennqf.InvalidValueException}.
 *
 * @param severity how serious it is
 * @param kind what it is about
 * @param element the element, for people: {@code program}, {@code outcome LO3 (ru)},
 *     {@code module M2}, {@code category KZ_KNOWLEDGE}
 * @param pointer the element as a JSON pointer into the program's native document, such as
 *     {@code /outcomes/2/statement/ru}; empty for the whole program
 * @param reason why, in one sentence
 * @since 0.1.0
 */
public record Finding(Severity severity, FindingKind kind, String element, String pointer, String reason) {
    /** Validates. */
    public Finding {
        Check.notNull(severity, "severity");
        Check.notNull(kind, "kind");
        element = Check.notBlank(element, "element");
        Check.notNull(pointer, "pointer");
        reason = Check.notBlank(reason, "reason");
    }

    /** How serious a finding is. */
    public enum Severity {
        /** The program breaks a rule: it fails QA. */
        ERROR,
        /** The program is likely wrong here: it fails QA until fixed or accepted. */
        WARNING,
        /** Worth a look; does not fail QA. */
        INFO
    }

    /** @return for example {@code WARNING outcome LO3 (ru): "Знает" is remember ...} */
    @Override
    public String toString() {
        return severity + " " + kind + " " + element + ": " + reason;
    }
}
