package io.github.opennqf.io.internal.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The formula-injection guard: which cells get a quote, and that restoring undoes it exactly. */
class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1)", "+1", "-based design", "@user", "\tx", "\rx", "=", "-"})
    void aCellStartingWithATriggerGetsAQuote(String cell) {
        assertThat(FormulaGuard.neutralise(cell)).isEqualTo("'" + cell);
        assertThat(FormulaGuard.restore("'" + cell)).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Design", "0.62", "1.0", "6B06101", "a=b", " =x", "'", "''", "'quoted'", "\nx", "#x"})
    void otherCellsStayAsTheyAre(String cell) {
        assertThat(FormulaGuard.neutralise(cell)).isEqualTo(cell);
        assertThat(FormulaGuard.restore(cell)).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'=x", "''-x", "'@"})
    void aQuoteBeforeATriggerGetsOneMoreQuoteSoThatRestoringIsExact(String cell) {
        assertThat(FormulaGuard.neutralise(cell)).isEqualTo("'" + cell);
        assertThat(FormulaGuard.restore(FormulaGuard.neutralise(cell))).isEqualTo(cell);
    }

    @Property(tries = 2000)
    void restoreUndoesNeutralise(@ForAll @Chars({'=', '+', '-', '@', '\t', '\r', '\'', ' ', '"', ','})
            @CharRange(from = 'a', to = 'c') String cell) {
        String written = FormulaGuard.neutralise(cell);

        assertThat(FormulaGuard.restore(written)).isEqualTo(cell);
        assertThat(written).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
    }
}
