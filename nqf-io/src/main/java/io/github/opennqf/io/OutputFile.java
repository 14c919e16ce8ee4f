package io.github.opennqf.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes an output file so that a failure never leaves a partial file behind and never replaces
 * something that is not a regular file.
 *
 * <pre>{@code
 * OutputFile.of(Path.of("report.html")).write(out -> out.write(bytes));
 * }</pre>
 *
 * <ul>
 *   <li>A regular file (or a name that does not exist yet) is written to a temporary file in the
 *       same directory, which then replaces it atomically where the file system can; on failure
 *       the temporary file is deleted and the old file is left as it was.</li>
 *   <li>A symbolic link is followed: the file it points to is replaced as above, and the link
 *       stays a link.</li>
 *   <li>Anything else that exists (a FIFO, a device such as {@code /dev/stdout}) is written as a
 *       stream, in place: it is never replaced by a regular file.</li>
 * </ul>
 *
 * <p>Errors are {@link UncheckedIOException}s whose message names the output path (never the
 * temporary file) and says why in a sentence, such as "the directory out does not exist".
 * Immutable and thread-safe; two threads writing the same path each write whole files.
 *
 * @since 0.1.0
 */
public final class OutputFile {
    /** Writes the content to a stream. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out where to write; closed by the caller of this method
         * @throws IOException when writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong();

    private final Path path;

    private OutputFile(Path path) {
        this.path = path;
    }

    /** @param path the output's path @return the output file */
    public static OutputFile of(Path path) {
        return new OutputFile(Objects.requireNonNull(path, "path"));
    }

    /** @return the path given */
    public Path path() {
        return path;
    }

    /**
     * @param content writes the content
     * @throws UncheckedIOException naming {@link #path()} if it cannot be written; nothing
     *     partial is left behind
     */
    public void write(Content content) {
        Objects.requireNonNull(content, "content");
        Path target = path;
        try {
            if (Files.isSymbolicLink(target) && Files.exists(target)) {
                target = target.toRealPath();
            }
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                if (Files.isDirectory(target)) {
                    throw failure("it is a directory", null);
                }
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                    content.writeTo(out);
                }
                return;
            }
        } catch (IOException e) {
            throw failure(reason(e), e);
        }
        Path directory = target.toAbsolutePath().getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw failure("the directory " + directory + " does not exist; create it first", null);
        }
        String name = String.valueOf(target.getFileName());
        Path temporary = null;
        try {
            // not Files.createTempFile, whose owner-only permissions the output would keep: a new file
            // gets the permissions of any new file (the umask), or those of the file it replaces
            temporary = directory.resolve("." + name + "." + ProcessHandle.current().pid() + "."
                    + SEQUENCE.incrementAndGet() + ".part");
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            if (Files.isRegularFile(target)) {
                try {
                    Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
                } catch (UnsupportedOperationException | IOException e) {
                    // not a POSIX file system, or not ours to change: the new file keeps its own
                }
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            throw failure(reason(e), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the first failure is the one to report
                }
            }
        }
    }

    private UncheckedIOException failure(String why, @Nullable IOException cause) {
        IOException e = new IOException("cannot write " + path + ": " + why, cause);
        return new UncheckedIOException(e.getMessage(), e);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "access denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** @return {@code OutputFile[path]} */
    @Override
    public String toString() {
        return "OutputFile[" + path + "]";
    }
}
