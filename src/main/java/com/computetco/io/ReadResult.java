package com.computetco.io;

import com.computetco.rules.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What reading a file produced: the value, or null as soon as there is any error, and every problem found.
 * Warnings never stop a value from being produced.
 */
public record ReadResult<T>(T value, List<Problem> problems) {

    public ReadResult {
        problems = List.copyOf(problems);
        // Callers must never be handed a half-valid value next to errors.
        if (problems.stream().anyMatch(Problem::isError)) {
            value = null;
        }
    }

    public static <T> ReadResult<T> failure(List<Problem> problems) {
        return new ReadResult<>(null, problems);
    }

    public static <T> ReadResult<T> failure(Problem problem) {
        return new ReadResult<>(null, List.of(problem));
    }

    public boolean isValid() {
        return value != null;
    }

    public Optional<T> valueIfValid() {
        return Optional.ofNullable(value);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
