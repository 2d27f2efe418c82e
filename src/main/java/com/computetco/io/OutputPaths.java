package com.computetco.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;

/**
 * The one rule for where a command or the window may write: every {@code -o} and every export goes through it, so
 * no output ever destroys a file it was not asked to replace.
 *
 * <ul>
 *   <li>{@link #parse}: the name as typed. {@code -}, a trailing slash and control characters are usage errors:
 *       they are typing accidents (or terminal tricks) and never a name anyone meant.</li>
 *   <li>{@link #checkFile}: the file as it is on disk. Never one of the inputs, never a directory, pipe or device
 *       (replacing {@code /dev/null} as root would swap the device node for a regular file), and an existing file
 *       only when it is of the kind being written (a report over a report), unless forced. The writers keep the
 *       replaced version as {@code NAME.bak}.</li>
 *   <li>{@link #checkFolder}: a folder that receives several files: never an input, never a file.</li>
 * </ul>
 */
public final class OutputPaths {

    /** What is being written, so an existing file of the same kind may be replaced and any other may not. */
    public interface Kind {
        /** "a Compute TCO report": completes "X is not ...". */
        String description();

        /** True when the existing regular file is one this kind writes (so replacing it loses nothing new). */
        boolean recognizes(Path existing);
    }

    /** An output refused: the reason names the file. Exit code 2 in the CLI, an error dialog in the window. */
    public static final class Refused extends IOException {
        public Refused(String message) {
            super(message);
        }
    }

    private OutputPaths() {
    }

    /**
     * The path typed after {@code -o}, or an {@link IllegalArgumentException} saying why it is not a usable name
     * (the CLI turns it into a usage error).
     *
     * @param folder true for an output folder, where a trailing slash is natural
     */
    public static Path parse(String text, boolean folder) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("the output name is empty");
        }
        if (text.equals("-")) {
            throw new IllegalArgumentException("cannot write to standard output (-); give a file name");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                throw new IllegalArgumentException("the output name contains the control character "
                        + String.format("U+%04X", (int) c) + " at position " + (i + 1) + ": "
                        + TerminalText.escape(text, 200));
            }
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("the output name is blank");
        }
        if (!folder && (text.endsWith("/") || text.endsWith(java.io.File.separator))) {
            throw new IllegalArgumentException("the output " + text + " ends with a slash: give a file name, "
                    + "not a folder");
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a file path: " + TerminalText.escape(text, 200));
        }
    }

    /**
     * Throws {@link Refused} unless {@code target} may be written: not one of {@code inputs}, not a directory, pipe
     * or device, and if it exists, {@code kind} recognizes it or {@code force} is given.
     */
    public static void checkFile(Path target, Collection<Path> inputs, Kind kind, boolean force) throws Refused {
        for (Path input : inputs) {
            if (input != null && same(target, input)) {
                throw new Refused("refused to write " + target + ": it is an input of this command; give another "
                        + "output name");
            }
        }
        if (!Files.exists(target) && !Files.isSymbolicLink(target)) {
            return;
        }
        if (Files.isDirectory(target)) {
            throw new Refused("refused to write " + target + ": it is a folder; give a file name");
        }
        if (!Files.isRegularFile(target)) {
            // A dangling link, a pipe, a socket or a device: writing "over" it would replace the special file.
            throw new Refused("refused to write " + target + ": it is not a regular file (a device, pipe or broken "
                    + "link)");
        }
        if (!force && !kind.recognizes(target)) {
            throw new Refused("refused to replace " + target + ": it is not " + kind.description()
                    + "; give another name, or --force to replace it (the old file is kept as "
                    + AtomicFiles.backupOf(target).getFileName() + ")");
        }
    }

    /** Throws {@link Refused} unless {@code folder} may receive files: not an input, and a folder if it exists. */
    public static void checkFolder(Path folder, Collection<Path> inputs) throws Refused {
        for (Path input : inputs) {
            if (input != null && same(folder, input)) {
                throw new Refused("refused to write into " + folder + ": it is an input of this command");
            }
        }
        if ((Files.exists(folder) || Files.isSymbolicLink(folder)) && !Files.isDirectory(folder)) {
            throw new Refused("refused to write into " + folder + ": it is "
                    + (Files.isRegularFile(folder) ? "a file, not a folder" : "not a folder"));
        }
    }

    /** The same file: by identity where both exist (links, case-insensitive disks), else by absolute path. */
    static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException | RuntimeException e) {
            // fall back to comparing names
        }
        try {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())
                    || Files.isSymbolicLink(a) && Files.readSymbolicLink(a).equals(b);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
