package com.computetco.cli;

/** The command line's words are off: exit 64 with the command's usage. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
