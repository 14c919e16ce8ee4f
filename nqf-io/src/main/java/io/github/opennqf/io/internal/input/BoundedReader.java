package io.github.opennqf.io.internal.input;

import java.io.IOException;
import java.io.Reader;

/**
 * Drops one leading byte order mark (U+FEFF), counts the characters read and fails with
 * {@link InputTooLargeException} as soon as more than the limit have been read. Closing it does
 * not close the underlying reader, which belongs to the caller. Not thread-safe.
 */
public final class BoundedReader extends Reader {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Reader in;
    private final long limit;
    private long count;
    private boolean started;

    /**
     * @param in the reader
     * @param limit the most characters allowed, or {@link Long#MAX_VALUE} when the bytes are
     *     already counted
     */
    public BoundedReader(Reader in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int n = in.read(buffer, offset, length);
        if (n <= 0) {
            return n;
        }
        count += n;
        if (count > limit) {
            throw new InputTooLargeException(limit, "characters");
        }
        if (!started) {
            started = true;
            if (buffer[offset] == BYTE_ORDER_MARK) {
                if (n == 1) {
                    return read(buffer, offset, length);
                }
                System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                return n - 1;
            }
        }
        return n;
    }

    @Override
    public void close() {
        // the caller's reader is left open
    }
}
