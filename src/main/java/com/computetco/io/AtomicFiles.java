package com.computetco.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

/**
 * Saves a file so that a crash, a full disk or a failed write never leaves a half-written file or destroys the
 * previous one: the content goes to a temporary file beside the target, is forced to disk, and only then
 * replaces the target in one rename.
 */
public final class AtomicFiles {

    /** The final rename; replaceable in tests to simulate a failure at the last moment. */
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    private static final Mover RENAME = AtomicFiles::rename;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /**
     * Replaces {@code target} with {@code content}, or leaves it untouched and throws.
     *
     * @throws IOException with a message naming the file and the reason
     */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, RENAME);
    }

    static void write(Path target, byte[] content, Mover mover) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        if (directory == null || absolute.getFileName() == null) {
            throw new IOException("Cannot save " + target + ": not a file path");
        }
        if (!Files.isDirectory(directory)) {
            throw new IOException("Cannot save " + target + ": the folder " + directory + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            // The non-atomic fallback would otherwise replace an empty directory with the file.
            throw new IOException("Cannot save " + target + ": a directory of that name exists");
        }
        Path temp;
        try {
            temp = createTemp(directory, absolute.getFileName().toString());
        } catch (IOException e) {
            throw failure(target, e);
        }
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            keepPermissions(absolute, temp);
            mover.move(temp, absolute);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw failure(target, e);
        }
        syncDirectory(directory);
    }

    /**
     * Not Files.createTempFile: that makes the file private (0600), and the saved file would silently lose the
     * permissions a normally created file gets.
     */
    private static Path createTemp(Path directory, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String suffix = Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE);
            try {
                return Files.createFile(directory.resolve("." + name + "." + suffix + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }

    /** A user who made a scenario read-only for others expects that to survive a save. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
    }

    private static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable where the platform allows it (not on Windows); best effort. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // The content is safe on disk already; only the rename's durability is not guaranteed.
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // Nothing better to do: the original error is the one worth reporting.
        }
    }

    private static IOException failure(Path target, Exception cause) {
        return new IOException("Cannot save " + target + ": " + JsonSource.describe(cause), cause);
    }
}
