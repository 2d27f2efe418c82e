package com.computetco.io;

import java.util.Objects;

/**
 * One thing wrong with a file, located by a field path such as {@code options[1].quote.unitPrice.currency};
 * {@code $} means the file as a whole.
 */
public record Problem(String path, String message, Severity severity) {

    public enum Severity {
        /** The file cannot be used until this is fixed. */
        ERROR,
        /** The file is usable; the user should know (ignored field, expired quote). */
        WARNING
    }

    public static final String ROOT = "$";

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    public static Problem error(String path, String message) {
        return new Problem(path, message, Severity.ERROR);
    }

    public static Problem warning(String path, String message) {
        return new Problem(path, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
