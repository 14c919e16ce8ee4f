package io.github.opennqf.io.internal.json;

import java.io.IOException;
import java.io.Reader;

/**
 * Passes characters on to the YAML parser and fails, at the line and column where it stands, on the
 * first character that YAML does not allow in a stream (control characters other than tab and line
 * breaks, unpaired surrogates, U+FFFE and U+FFFF). SnakeYAML refuses them too, but without saying
 * where. Closing it does not close the underlying reader. Not thread-safe.
 */
final class YamlCharacterReader extends Reader {
    private final Reader in;
    private long line = 1;
    private long column = 1;
    private boolean afterCarriageReturn;
    /** Whether the last character passed on was a high surrogate still waiting for its low half. */
    private boolean pendingHigh;

    YamlCharacterReader(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n < 0) {
            if (pendingHigh) {
                throw unpaired(line, column - 1);
            }
            return n;
        }
        for (int i = offset; i < offset + n; i++) {
            check(buffer[i]);
        }
        return n;
    }

    private void check(char c) throws DisallowedCharacterException {
        if (pendingHigh) {
            pendingHigh = false;
            if (!Character.isLowSurrogate(c)) {
                throw unpaired(line, column - 1);
            }
            column++;
            return;
        }
        if (c == '\n') {
            if (!afterCarriageReturn) {
                line++;
            }
            column = 1;
            afterCarriageReturn = false;
            return;
        }
        afterCarriageReturn = false;
        if (c == '\r') {
            line++;
            column = 1;
            afterCarriageReturn = true;
            return;
        }
        if (Character.isHighSurrogate(c)) {
            pendingHigh = true;
            column++;
            return;
        }
        if (Character.isLowSurrogate(c)) {
            throw unpaired(line, column);
        }
        if (!allowed(c)) {
            throw new DisallowedCharacterException(line, column, String.format(java.util.Locale.ROOT,
                    "the character U+%04X is not allowed in YAML (a control character); remove it or write it"
                            + " escaped in a double-quoted string", (int) c));
        }
        column++;
    }

    /** YAML 1.1's printable characters, as SnakeYAML checks them (line breaks handled above). */
    private static boolean allowed(char c) {
        return c == '\t' || c >= 0x20 && c <= 0x7E || c == 0x85 || c >= 0xA0 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD;
    }

    private static DisallowedCharacterException unpaired(long line, long column) {
        return new DisallowedCharacterException(line, column,
                "the input has an unpaired surrogate (half of a character), which YAML does not allow");
    }

    @Override
    public void close() {
        // the underlying reader is left open
    }

    /** A character YAML does not allow, with where it is; carried through the parser as its cause. */
    static final class DisallowedCharacterException extends IOException {
        private static final long serialVersionUID = 1L;

        /** The line, from 1. */
        final long line;
        /** The column, from 1. */
        final long column;

        DisallowedCharacterException(long line, long column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }
}
