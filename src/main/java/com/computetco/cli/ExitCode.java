package com.computetco.cli;

/** The jar's exit codes, as documented in the README. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int INVALID_INPUT = 2;
    public static final int USAGE = 64;

    private ExitCode() {
    }
}
