package io.github.opennqf.labour;

import static io.github.opennqf.labour.EmploymentDecision.Ground.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MultipleEmploymentRuleTest {
    private static final LocalDate ON = LocalDate.of(2026, 11, 23);
    private static final MultipleEmploymentRule RULE = MultipleEmploymentRule.KAZAKHSTAN_2025;
    private static final Worker ADULT = new Worker(LocalDate.of(1990, 1, 1), false, false);

    private static Job job(String title, double hours) {
        return new Job(title, hours, false, Job.WorkKind.OTHER);
    }

    @Test
    void eightPlusFourIsAllowed() {
        EmploymentDecision d = RULE.check(ADULT, job("Engineer", 8), job("Tutor", 4), ON);
        assertThat(d.allowed()).isTrue();
        assertThat(d.reasons()).isEmpty();
    }

    @Test
    void hoursAboveTheLimitsAreRefusedWithEveryReason() {
        EmploymentDecision d = RULE.check(ADULT, job("Engineer", 9), job("Courier", 4.5), ON);
        assertThat(d.allowed()).isFalse();
        assertThat(d.reasons()).extracting(EmploymentDecision.Reason::ground)
                .containsExactly(MAIN_JOB_HOURS, SECONDARY_JOB_HOURS, TOTAL_HOURS);
        assertThat(d.reasons().get(2).explanation()).isEqualTo("both jobs together are 13.5 h a day, more than 12 h");
    }

    @Test
    void minorsAreRefusedWhateverTheHours() {
        Worker seventeen = new Worker(ON.minusYears(17), false, false);
        assertThat(RULE.check(seventeen, job("Shop", 4), job("Cafe", 2), ON).reasons())
                .extracting(EmploymentDecision.Reason::ground).containsExactly(MINOR);
        Worker eighteenToday = new Worker(ON.minusYears(18), false, false);
        assertThat(RULE.check(eighteenToday, job("Shop", 4), job("Cafe", 2), ON).allowed()).isTrue();
    }

    @Test
    void hazardousOccupationsExceptHealthcare() {
        Job mine = new Job("Miner", 8, true, Job.WorkKind.OTHER);
        assertThat(RULE.check(ADULT, mine, job("Tutor", 2), ON).reasons())
                .extracting(EmploymentDecision.Reason::ground).containsExactly(HAZARDOUS_OCCUPATION);
        Worker nurse = new Worker(LocalDate.of(1985, 1, 1), false, true);
        Job ward = new Job("Infectious-diseases ward", 6, true, Job.WorkKind.OTHER);
        assertThat(RULE.check(nurse, ward, new Job("Clinic", 4, true, Job.WorkKind.OTHER), ON).allowed()).isTrue();
    }

    @Test
    void civilServantsOnlyTeachResearchOrCreate() {
        Worker official = new Worker(LocalDate.of(1980, 1, 1), true, false);
        assertThat(RULE.check(official, job("Ministry", 8), new Job("Lecturer", 3, false, Job.WorkKind.TEACHING), ON).allowed()).isTrue();
        assertThat(RULE.check(official, job("Ministry", 8), new Job("Research", 3, false, Job.WorkKind.RESEARCH), ON).allowed()).isTrue();
        EmploymentDecision d = RULE.check(official, job("Ministry", 8), job("Consulting firm", 3), ON);
        assertThat(d.reasons()).extracting(EmploymentDecision.Reason::ground).containsExactly(CIVIL_SERVICE);
        assertThat(d.reasons().get(0).explanation()).contains("'Consulting firm'");
    }

    @Test
    void limitsAreData() {
        MultipleEmploymentRule stricter = RULE.withLimits(8, 2, 10);
        assertThat(stricter.check(ADULT, job("A", 8), job("B", 3), ON).reasons())
                .extracting(EmploymentDecision.Reason::ground).containsExactly(SECONDARY_JOB_HOURS, TOTAL_HOURS);
        assertThatThrownBy(() -> RULE.withLimits(8, 4, 25)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> job("x", -1)).hasMessageContaining("hoursPerDay");
        assertThatThrownBy(() -> new EmploymentDecision(true, java.util.List.of(new EmploymentDecision.Reason(MINOR, "x"))))
                .hasMessageContaining("must be empty");
    }

    @Test
    void withoutTheAgeEveryOtherGroundIsDecidedAsForAPersonOfFullAge() {
        Job.WorkKind[] kinds = Job.WorkKind.values();
        double[] hours = {0, 4, 4.5, 8, 9, 12};
        int cases = 0;
        for (boolean civil : new boolean[] {false, true}) {
            for (boolean healthcare : new boolean[] {false, true}) {
                Worker adult = new Worker(LocalDate.of(1990, 1, 1), civil, healthcare);
                for (double mainHours : hours) {
                    for (double secondHours : hours) {
                        for (boolean hazardous : new boolean[] {false, true}) {
                            for (Job.WorkKind kind : kinds) {
                                Job main = new Job("Main", mainHours, hazardous, Job.WorkKind.OTHER);
                                Job second = new Job("Second", secondHours, !hazardous && secondHours == 4, kind);
                                assertThat(RULE.checkBesidesAge(civil, healthcare, main, second))
                                        .isEqualTo(RULE.check(adult, main, second, ON));
                                cases++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(cases).isGreaterThan(500);
        // a minor's other grounds are the same too: only MINOR is left out
        Worker minor = new Worker(ON.minusYears(16), true, false);
        EmploymentDecision withAge = RULE.check(minor, job("Shop", 9), job("Cafe", 2), ON);
        assertThat(withAge.reasons()).extracting(EmploymentDecision.Reason::ground)
                .containsExactly(MINOR, CIVIL_SERVICE, MAIN_JOB_HOURS);
        assertThat(RULE.checkBesidesAge(true, false, job("Shop", 9), job("Cafe", 2)).reasons())
                .extracting(EmploymentDecision.Reason::ground).containsExactly(CIVIL_SERVICE, MAIN_JOB_HOURS);
        assertThatThrownBy(() -> RULE.checkBesidesAge(false, false, null, job("Cafe", 2)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("mainJob");
    }
}
