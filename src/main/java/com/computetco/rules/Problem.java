package com.computetco.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a scenario or quote, located by a field path such as
 * {@code options[1].quote.unitPrice.currency}; {@code $} means the file as a whole. The reason is a stable
 * {@link ProblemCode} and its values, not a sentence: the CLI and the window say it in the user's language through
 * the message bundles ({@code com.computetco.i18n.ProblemMessages}).
 *
 * @param args the values the sentence names, already written as they are shown (numbers as the file gives them,
 *             texts quoted), or a {@link ProblemWord} that the bundles translate; counts that choose a plural form
 *             are Integers
 */
public record Problem(String path, ProblemCode code, List<Object> args, Severity severity) {

    public enum Severity {
        /** The file cannot be used until this is fixed. */
        ERROR,
        /** The file is usable; the user should know (ignored field, expired quote). */
        WARNING
    }

    public static final String ROOT = "$";

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        args = List.copyOf(args);
    }

    public static Problem error(String path, ProblemCode code, Object... args) {
        return new Problem(path, code, Arrays.asList(args), Severity.ERROR);
    }

    public static Problem warning(String path, ProblemCode code, Object... args) {
        return new Problem(path, code, Arrays.asList(args), Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** For logs and test failures; users see the rendered sentence. */
    @Override
    public String toString() {
        return path + ": " + code + args;
    }
}
