package io.github.opennqf.io.internal.tabular;

import io.github.opennqf.io.ReadProblem.Reason;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A value of a group (a program's title, a standard's title) that every row of the group repeats:
 * the first valid row settles it, and a later row that disagrees gets a DUPLICATE problem naming
 * both lines. Not thread-safe.
 *
 * @param <T> the value's type
 */
final class Settled<T> {
    private static final int MAX_SHOWN = 80;

    private final String column;
    private boolean settled;
    private @Nullable T value;
    private String shown = "";
    private long line;

    Settled(String column) {
        this.column = column;
    }

    /**
     * Settles the value, or checks a later row's value against it.
     *
     * @param row the row
     * @param group what the group is, such as {@code "program '03.0101'"}
     * @param candidate the row's value, {@code null} meaning "empty"
     * @param candidateShown the value as the message should show it
     */
    void offer(RowFields row, String group, @Nullable T candidate, String candidateShown) {
        if (!settled) {
            settled = true;
            value = candidate;
            shown = candidateShown;
            line = row.line();
        } else if (!Objects.equals(value, candidate)) {
            row.problem(column, Reason.DUPLICATE, "conflicting " + column + " for " + group + ": "
                    + shown + " on line " + line + ", " + candidateShown + " on line " + row.line());
        }
    }

    /** @return whether a valid row has settled the value */
    boolean isSettled() {
        return settled;
    }

    /** @return the settled value, {@code null} if empty or not settled */
    @Nullable T value() {
        return value;
    }

    /** @return the text quoted and shortened for a message, or {@code (empty)} */
    static String show(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return "(empty)";
        }
        return "'" + (text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "…" : text) + "'";
    }
}
