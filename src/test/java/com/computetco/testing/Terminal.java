package com.computetco.testing;

import com.google.gson.JsonObject;

/**
 * What a CLI test types its commands into: each {@link #run} is a fresh {@link CliRun}, and {@link #out()} and
 * {@link #err()} are what the last one printed.
 */
public final class Terminal {
    private CliRun last;

    /** Runs the command line with {@code args}; returns its exit code. */
    public int run(String... args) {
        last = CliRun.of(args);
        return last.exitCode();
    }

    public CliRun last() {
        if (last == null) {
            throw new IllegalStateException("nothing was run yet");
        }
        return last;
    }

    public String out() {
        return last().out();
    }

    public String err() {
        return last().err();
    }

    /** Standard output of the last run, parsed as the JSON object the commands print by default. */
    public JsonObject json() {
        return last().json();
    }

    /** Both streams, standard output first: for a message that may go to either. */
    public String printed() {
        return last().out() + last().err();
    }
}
