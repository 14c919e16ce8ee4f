package io.github.opennqf.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CreditsTest {

    @Test
    void kazakhAcademicCreditIsThirtyHours() {
        Credits bachelor = Credits.of(240, CreditSystem.KZ_ACADEMIC);
        assertThat(bachelor.hours()).isEqualByComparingTo("7200");
        assertThat(Credits.of(5, CreditSystem.ECTS).hours()).isEqualByComparingTo("150");
        assertThat(bachelor).hasToString("240 KZ_ACADEMIC");
        assertThat(Credits.of(2.5, CreditSystem.ECTS).amount()).isEqualByComparingTo("2.5");
        assertThat(Credits.of(240.0, CreditSystem.KZ_ACADEMIC)).isEqualTo(Credits.of(240, CreditSystem.KZ_ACADEMIC));
    }

    @Test
    void arithmeticOnlyAcrossOneToOneSystems() {
        Credits sum = Credits.of(5, CreditSystem.KZ_ACADEMIC).plus(Credits.of(3, CreditSystem.ECTS));
        assertThat(sum).isEqualTo(Credits.of(8, CreditSystem.KZ_ACADEMIC));
        assertThatThrownBy(() -> Credits.of(5, CreditSystem.KZ_ACADEMIC).plus(Credits.of(3, CreditSystem.KZ_NATIONAL_LEGACY)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("conversion factor");
        assertThatThrownBy(() -> Credits.of(3, CreditSystem.KZ_NATIONAL_LEGACY).hours())
                .hasMessageContaining("no fixed hours");
    }

    @Test
    void legacyCreditsConvertWithAnExplicitFactor() {
        Credits legacy = Credits.of(134, CreditSystem.KZ_NATIONAL_LEGACY);
        assertThat(legacy.convertTo(CreditSystem.KZ_ACADEMIC, 1.7).amount()).isEqualByComparingTo("227.8");
        assertThatThrownBy(() -> legacy.convertTo(CreditSystem.ECTS, 0)).hasMessageContaining("factor");
    }

    @Test
    void rejectsOutOfRangeAmounts() {
        assertThatThrownBy(() -> Credits.of(-1, CreditSystem.ECTS)).hasMessageContaining("amount: '-1' is not valid");
        assertThatThrownBy(() -> new Credits(new BigDecimal("10000.5"), CreditSystem.ECTS)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Credits.of(Double.NaN, CreditSystem.ECTS)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void nationalCodesAreToldApartByShape() {
        assertThat(NationalProgramCode.parse("6В06101")).isInstanceOf(ProgramCode.class).hasToString("6B06101");
        assertThat(NationalProgramCode.parse("6B06101").nqfLevel()).hasValue(6);
        assertThat(NationalProgramCode.parse("06130100")).isInstanceOf(TvetSpecialtyCode.class);
        assertThat(NationalProgramCode.parse("06130100").nqfLevel()).isEmpty();
        assertThat(NationalProgramCode.parse("4S06130105")).isInstanceOf(TvetQualificationCode.class);
        assertThat(NationalProgramCode.parse("4S06130105").nqfLevel()).hasValue(4);
        assertThatThrownBy(() -> NationalProgramCode.parse("6B0610"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("TVET qualification code");
    }
}
