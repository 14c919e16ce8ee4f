package io.github.opennqf.io.internal.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Decodes UTF-8 strictly and, on bytes that are not UTF-8, fails with the line and column where
 * they are ({@link MalformedUtf8Exception}), after handing over every character before them. An
 * {@link java.io.InputStreamReader} says neither, and fails as soon as its read-ahead meets the
 * bytes, before the characters in front of them were read. Closing it does not close the stream.
 * Not thread-safe.
 */
public final class Utf8Reader extends Reader {
    private static final int BUFFER = 8192;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    private boolean endOfBytes;
    private boolean flushed;
    private @Nullable MalformedUtf8Exception failure;
    /** Where the next decoded character stands. */
    private long line = 1;
    private long column = 1;
    private boolean afterCarriageReturn;

    public Utf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (failure != null) {
                throw failure;
            }
            if (flushed) {
                return -1;
            }
            decode();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /** Decodes the next characters into {@code chars}, reading bytes as needed. */
    private void decode() throws IOException {
        chars.clear();
        try {
            while (chars.position() == 0 && failure == null && !flushed) {
                CoderResult result = decoder.decode(bytes, chars, endOfBytes);
                if (result.isError()) {
                    count(chars.position());
                    failure = new MalformedUtf8Exception(line, column, bytes.get(bytes.position()));
                } else if (result.isUnderflow()) {
                    if (endOfBytes) {
                        decoder.flush(chars);
                        flushed = true;
                    } else {
                        fill();
                    }
                }
            }
        } finally {
            chars.flip();
        }
        if (failure == null) {
            count(chars.remaining());
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        try {
            int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfBytes = true;
            } else {
                bytes.position(bytes.position() + n);
            }
        } finally {
            bytes.flip();
        }
    }

    /** Moves the position over the first {@code n} characters of {@code chars}. */
    private void count(int n) {
        for (int i = 0; i < n; i++) {
            char c = chars.get(i);
            if (c == '\n') {
                if (!afterCarriageReturn) {
                    line++;
                }
                column = 1;
                afterCarriageReturn = false;
            } else if (c == '\r') {
                line++;
                column = 1;
                afterCarriageReturn = true;
            } else {
                column++;
                afterCarriageReturn = false;
            }
        }
    }

    @Override
    public void close() {
        // the caller's stream is left open
    }

    /** Bytes that are not UTF-8, with where they are. */
    public static final class MalformedUtf8Exception extends CharacterCodingException {
        private static final long serialVersionUID = 1L;

        /** The line, from 1. */
        public final long line;
        /** The column, from 1, counted in characters. */
        public final long column;
        private final int firstByte;

        MalformedUtf8Exception(long line, long column, byte firstByte) {
            this.line = line;
            this.column = column;
            this.firstByte = firstByte & 0xFF;
        }

        @Override
        public String getMessage() {
            return String.format(Locale.ROOT, "the input is not valid UTF-8: the byte 0x%02X here is not part of a"
                    + " UTF-8 character (save the file as UTF-8)", firstByte);
        }
    }
}
