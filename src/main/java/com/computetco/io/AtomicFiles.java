package com.computetco.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Saves a file so that a crash, a full disk or a failed write never leaves a half-written file or destroys the
 * previous one: the content goes to a temporary file beside the target, is forced to disk, and only then
 * replaces the target in one rename.
 *
 * <p>With {@code keepBackup}, the version being replaced is first kept as {@code NAME.bak}, itself put in place
 * by one rename (of a hard link to the old file, or of a forced copy where links are not supported). So at every
 * moment, whenever the process or the machine stops, the target is the complete old or the complete new
 * version and the backup a complete older one. Temporary files a killed save left behind ({@code .NAME.*.tmp})
 * are removed by the next save of the same file, so at most one is ever left over.
 */
public final class AtomicFiles {

    /** The final rename; replaceable in tests to simulate a failure at the last moment. */
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    /** Appended to the target's name for the previous version. */
    public static final String BACKUP_SUFFIX = ".bak";

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
        write(target, content, false, RENAME);
    }

    /**
     * Replaces {@code target} with {@code content}, or leaves it untouched and throws; with {@code keepBackup}
     * the previous content of an existing target is kept as {@link #backupOf(Path) NAME.bak}, replacing an older
     * backup. A failure to make the backup fails the save, before the target is touched.
     *
     * @throws IOException with a message naming the file and the reason
     */
    public static void write(Path target, byte[] content, boolean keepBackup) throws IOException {
        write(target, content, keepBackup, RENAME);
    }

    /** Where {@link #write(Path, byte[], boolean)} keeps the previous version: {@code NAME.bak} beside it. */
    public static Path backupOf(Path target) {
        Path name = target.getFileName();
        if (name == null) {
            throw new IllegalArgumentException("not a file path: " + target);
        }
        return target.resolveSibling(name + BACKUP_SUFFIX);
    }

    static void write(Path target, byte[] content, Mover mover) throws IOException {
        write(target, content, false, mover);
    }

    static void write(Path target, byte[] content, boolean keepBackup, Mover mover) throws IOException {
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
        String name = absolute.getFileName().toString();
        removeLeftoverTemps(directory, name);
        if (keepBackup && Files.isRegularFile(absolute)) {
            try {
                backUp(absolute, directory, name);
            } catch (IOException | RuntimeException e) {
                throw new IOException("Cannot save " + target + ": cannot keep the previous version as "
                        + name + BACKUP_SUFFIX + ": " + JsonSource.describe(e), e);
            }
        }
        Path temp;
        try {
            temp = createTemp(directory, name);
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

    /** Keeps the current {@code target} as NAME.bak (as a save does), for writers that replace it by a rename. */
    static void keepBackup(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isRegularFile(absolute)) {
            backUp(absolute, absolute.getParent(), absolute.getFileName().toString());
        }
    }

    /**
     * Puts a complete copy of the current target in place as NAME.bak in one rename. A hard link costs no copy
     * and is as complete as the target; after the target's own rename it is the only name of the old content.
     * Only one temporary file exists at a time, so a kill leaves at most one behind.
     */
    private static void backUp(Path absolute, Path directory, String name) throws IOException {
        Path backup = directory.resolve(name + BACKUP_SUFFIX);
        if (Files.isDirectory(backup)) {
            throw new IOException("a directory of that name exists");
        }
        if (Files.isRegularFile(backup, LinkOption.NOFOLLOW_LINKS) && Files.isSameFile(backup, absolute)) {
            // A save killed between its backup and its rename left the backup linked to the target: it already
            // holds the current version. (Renaming another link to the same file over it would do nothing at all,
            // by POSIX rule, and leave the temporary link behind.)
            return;
        }
        Path temp = createTemp(directory, name + BACKUP_SUFFIX);
        try {
            if (!link(absolute, temp)) {
                Files.copy(absolute, temp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
            rename(temp, backup);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
        deleteQuietly(temp); // gone after a rename, except in the same-file case above; the name is ours alone
        syncDirectory(directory);
    }

    /** Replaces the empty placeholder {@code temp} by a hard link to {@code file}; false where links fail. */
    private static boolean link(Path file, Path temp) {
        if (Files.isSymbolicLink(file)) {
            return false; // a link to the link would follow later changes of what it points to
        }
        try {
            Files.delete(temp);
        } catch (IOException e) {
            return false;
        }
        try {
            Files.createLink(temp, file);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // FAT, some network shares: copy instead. The name is free again; the copy recreates it.
            return false;
        }
    }

    /**
     * Removes the temporary files of earlier saves of this file that were killed before their rename. Two
     * processes saving the same file at the same instant could remove each other's: the one affected then fails
     * with a clear error and leaves the target as it was, which is the same lost update such a race causes anyway.
     */
    private static void removeLeftoverTemps(Path directory, String name) {
        Pattern ours = Pattern.compile(Pattern.quote("." + name + ".") + "(?:" + Pattern.quote("bak.")
                + ")?[0-9a-f]{1,16}" + Pattern.quote(".tmp"));
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory,
                p -> p.getFileName() != null && ours.matcher(p.getFileName().toString()).matches())) {
            for (Path leftover : leftovers) {
                if (Files.isRegularFile(leftover, LinkOption.NOFOLLOW_LINKS)) {
                    deleteQuietly(leftover);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Best effort: a leftover wastes space but harms nothing.
        }
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
    static void syncDirectory(Path directory) {
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
