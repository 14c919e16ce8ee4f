package io.github.opennqf.design.internal;

import io.github.opennqf.InvalidValueException;

/**
 * Shares a whole number of credits among parts by weight: each part first gets the minimum, the
 * rest is shared in proportion to the weights by the largest-remainder method (ties to the earlier
 * part), so the parts are whole and add up to the total exactly.
 */
public final class CreditSplit {
    private CreditSplit() {}

    /**
     * @param total the credits to share
     * @param weights one positive weight per part; all equal for an equal split
     * @param minimum the fewest credits a part gets
     * @return the credits of each part, adding up to {@code total}
     * @throws InvalidValueException if the parts cannot all get the minimum
     */
    public static int[] split(int total, double[] weights, int minimum) {
        int n = weights.length;
        if ((long) n * minimum > total) {
            throw new InvalidValueException("totalCredits", Integer.toString(total), "cannot give each of the " + n
                    + " modules its minimum of " + minimum + " credits; raise the total or lower the minimum");
        }
        int[] parts = new int[n];
        int rest = total - n * minimum;
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] remainders = new double[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            double exact = sum == 0 ? (double) rest / n : rest * weights[i] / sum;
            parts[i] = minimum + (int) Math.floor(exact);
            remainders[i] = exact - Math.floor(exact);
            given += (int) Math.floor(exact);
        }
        for (int left = rest - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }
}
