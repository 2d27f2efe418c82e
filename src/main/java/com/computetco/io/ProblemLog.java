package com.computetco.io;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while a tree is walked, so that every violation is reported at once. */
final class ProblemLog {
    private final List<Problem> problems = new ArrayList<>();
    private int errorCount;

    void error(String path, String message) {
        problems.add(Problem.error(path, message));
        errorCount++;
    }

    void warning(String path, String message) {
        problems.add(Problem.warning(path, message));
    }

    /** Validators compare this before and after a part to know whether that part may be built. */
    int errorCount() {
        return errorCount;
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    <T> ReadResult<T> result(T value) {
        return new ReadResult<>(value, problems);
    }
}
