package io.github.opennqf.io.internal.tabular;

/**
 * The spreadsheet formula-injection guard applied to every CSV cell nqf-io writes, and its
 * inverse for the tabular reader.
 *
 * <p>A spreadsheet treats a cell starting with {@code =}, {@code +}, {@code -} or {@code @}
 * (and, in some programs, TAB or CR before one of them) as a formula, so a text such as
 * {@code =HYPERLINK(…)} in an untrusted program would run when the CSV is opened. Following the
 * OWASP advice on CSV injection, such a cell is written with a single quote in front, which
 * spreadsheets show as text. A cell that starts with a quote followed by a guarded cell gets a
 * quote too, so that {@link #restore} can undo {@link #neutralise} exactly: the two are inverse
 * on every string, which keeps the tabular format's round trip lossless.
 *
 * <p>Stateless and thread-safe.
 */
public final class FormulaGuard {
    private FormulaGuard() {}

    /**
     * @param cell a cell's text
     * @return the text as written: with a leading {@code '} if it {@linkplain #needsGuard needs
     *     one}, else unchanged
     */
    public static String neutralise(String cell) {
        return needsGuard(cell) ? "'" + cell : cell;
    }

    /**
     * @param cell a cell as read
     * @return the cell without the leading {@code '} that {@link #neutralise} would have added,
     *     else unchanged
     */
    public static String restore(String cell) {
        return !cell.isEmpty() && cell.charAt(0) == '\'' && needsGuard(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /**
     * @param cell a cell's text
     * @return whether it starts with {@code = + - @}, TAB or CR, or with any number of
     *     {@code '} followed by one of these
     */
    static boolean needsGuard(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c != '\'') {
                return isTrigger(c);
            }
        }
        return false;
    }

    /** @return whether a cell starting with this character may be read as a formula */
    static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
