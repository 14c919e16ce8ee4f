package io.github.opennqf.program;

import io.github.opennqf.internal.Check;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of academic credits in a named {@link CreditSystem}.
 *
 * <pre>{@code
 * Credits bachelor = Credits.of(240, CreditSystem.KZ_ACADEMIC);
 * bachelor.hours();                                       // 7200 (30 h a credit)
 * bachelor.convertTo(CreditSystem.ECTS, 1.0);             // 240 ECTS
 * Credits.of(5, CreditSystem.KZ_ACADEMIC).plus(Credits.of(3, CreditSystem.KZ_ACADEMIC));  // 8
 * }</pre>
 *
 * <p>Amounts are exact decimals (half credits exist), from 0 to 10,000. Immutable and
 * thread-safe. A negative or oversized amount, or arithmetic across systems that do not count one
 * to one, gets an {@link io.github.opennqf.InvalidValueException}.
 *
 * @param amount the number of credits, 0 to 10,000
 * @param system the credit system
 * @since 0.1.0
 */
public record Credits(
        @NotNull @DecimalMin("0") @DecimalMax("10000") BigDecimal amount,
        @NotNull CreditSystem system) {

    private static final BigDecimal MAX = BigDecimal.valueOf(10_000);

    /** Validates the amount. */
    public Credits {
        Check.notNull(amount, "amount");
        Check.notNull(system, "system");
        if (amount.signum() < 0 || amount.compareTo(MAX) > 0) {
            throw Check.invalid("amount", amount.stripTrailingZeros().toPlainString(), "must be between 0 and 10000");
        }
        amount = amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
    }

    /**
     * @param amount the number of credits
     * @param system the credit system
     * @return the credits
     */
    public static Credits of(double amount, CreditSystem system) {
        if (!Double.isFinite(amount)) {
            throw Check.invalid("amount", amount, "must be a finite number");
        }
        return new Credits(BigDecimal.valueOf(amount), system);
    }

    /**
     * The hours of learning these credits stand for, at the upper bound of the system's hours per
     * credit (30 for Kazakh academic credits and ECTS).
     *
     * @return the hours
     * @throws io.github.opennqf.InvalidValueException for {@link CreditSystem#KZ_NATIONAL_LEGACY},
     *     which has no fixed hours
     */
    public BigDecimal hours() {
        if (!system.hasHours()) {
            throw Check.invalid("system", system, "has no fixed hours per credit; convert to KZ_ACADEMIC first");
        }
        return amount.multiply(BigDecimal.valueOf(system.maxHoursPerCredit()));
    }

    /**
     * The sum of two amounts in systems that count one to one; the result is in this system.
     *
     * @param other the credits to add
     * @return the sum
     */
    public Credits plus(Credits other) {
        requireComparable(other);
        return new Credits(amount.add(other.amount), system);
    }

    /**
     * @param other credits in a system that counts one to one with this one
     * @return negative, zero or positive as this is less than, equal to or more than {@code other}
     */
    public int compareAmount(Credits other) {
        requireComparable(other);
        return amount.compareTo(other.amount);
    }

    /**
     * Converts to another system with an explicit factor: {@code target amount = amount × factor}.
     * Between Kazakh academic credits and ECTS the factor is 1.
     *
     * @param target the system to convert to
     * @param factor the conversion factor, greater than 0
     * @return the converted credits, rounded to two decimals
     */
    public Credits convertTo(CreditSystem target, double factor) {
        Check.notNull(target, "target");
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw Check.invalid("factor", factor, "must be a positive finite number");
        }
        return new Credits(amount.multiply(BigDecimal.valueOf(factor)).setScale(2, RoundingMode.HALF_UP), target);
    }

    private void requireComparable(Credits other) {
        Check.notNull(other, "other");
        if (!system.isOneToOneWith(other.system)) {
            throw Check.invalid("system", other.system, "cannot be combined with " + system + " without a conversion factor");
        }
    }

    /** @return for example {@code "240 KZ_ACADEMIC"} */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + system;
    }
}
