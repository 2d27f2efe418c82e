package com.computetco.io;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Why a file operation failed, in words: "permission denied", "the folder /x does not exist", "it is a folder",
 * "No space left on device". Java's exceptions often carry only the path as their message, which gave messages
 * like "cannot create X: X".
 */
public final class FileErrors {
    private FileErrors() {
    }

    /** The reason {@code e} failed on {@code path} (the file or folder the operation was about). */
    public static String reason(Throwable e, Path path) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return path != null && Files.isRegularFile(path) ? "a file of that name exists, not a folder"
                    : "a file of that name exists";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is a file, not a folder";
        }
        if (e instanceof NoSuchFileException) {
            Path parent = path == null ? null : path.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                return "the folder " + parent + " does not exist";
            }
            return "no such file";
        }
        if (e instanceof FileSystemException fse) {
            String reason = fse.getReason();
            if (reason != null && !reason.isBlank()) {
                return reason.equals("Is a directory") ? "it is a folder, not a file" : reason;
            }
        }
        if (path != null && Files.isDirectory(path) && e instanceof java.io.IOException) {
            return "it is a folder, not a file";
        }
        String message = e.getMessage();
        if (message == null || message.isBlank() || path != null && message.equals(path.toString())) {
            return e.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT)
                    .replace(" exception", "");
        }
        return TerminalText.escape(message.lines().findFirst().orElse(message), TerminalText.ECHO_LIMIT);
    }
}
