package io.github.opennqf.program;

import io.github.opennqf.internal.Check;
import java.util.OptionalInt;

/**
 * A Kazakhstan national code of an educational program: a higher-education program code
 * ({@link ProgramCode}, {@code 6B06101}), a TVET specialty code ({@link TvetSpecialtyCode},
 * {@code 06130100}) or a TVET qualification code ({@link TvetQualificationCode},
 * {@code 4S06130105}).
 *
 * <pre>{@code
 * NationalProgramCode code = NationalProgramCode.parse("6В06101");   // Cyrillic В accepted
 * code instanceof ProgramCode;                                       // true
 * code.nqfLevel();                                                   // OptionalInt[6]
 * NationalProgramCode.parse("06130100").nqfLevel();                  // empty: specialties have no level
 * }</pre>
 *
 * <p>All implementations are immutable and thread-safe records.
 *
 * @since 0.1.0
 */
public sealed interface NationalProgramCode permits ProgramCode, TvetSpecialtyCode, TvetQualificationCode {

    /**
     * The NQF level the code states: the leading digit of a program or qualification code.
     *
     * @return the level, or empty for a TVET specialty code, which has none
     */
    default OptionalInt nqfLevel() {
        if (this instanceof ProgramCode program) {
            return OptionalInt.of(program.level());
        }
        if (this instanceof TvetQualificationCode qualification) {
            return OptionalInt.of(qualification.level());
        }
        return OptionalInt.empty();
    }

    /**
     * Parses any of the three kinds of code, telling them apart by shape: 8 digits is a specialty,
     * 7 characters a higher-education program, 10 or 11 a TVET qualification.
     *
     * @param text the code
     * @return the code
     * @throws io.github.opennqf.InvalidValueException if the text is none of the three kinds
     */
    static NationalProgramCode parse(String text) {
        String s = Check.notBlank(text, "code");
        if (s.length() == 8 && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return TvetSpecialtyCode.parse(s);
        }
        if (s.length() == 7) {
            return ProgramCode.parse(s);
        }
        if (s.length() == 10 || s.length() == 11) {
            return TvetQualificationCode.parse(s);
        }
        throw Check.invalid("code", text, "must be a higher-education program code (6B06101), "
                + "a TVET specialty code (06130100) or a TVET qualification code (4S06130105)");
    }
}
