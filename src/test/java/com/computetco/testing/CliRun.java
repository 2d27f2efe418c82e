package com.computetco.testing;

import com.computetco.cli.Cli;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One run of the command line, in process, as a user at a UTF-8 terminal sees it: the exit code and everything
 * written to standard output and standard error.
 */
public record CliRun(String[] args, int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cli().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(args.clone(), exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Standard output parsed as the JSON object the commands print with --format json (the default). */
    public JsonObject json() {
        return JsonParser.parseString(out).getAsJsonObject();
    }

    /** What a failed assertion shows: the command, its exit code and both streams. */
    @Override
    public String toString() {
        return String.join(" ", Arrays.asList(args)) + " -> exit " + exitCode + "\n--- stdout\n" + out
                + "--- stderr\n" + err;
    }
}
