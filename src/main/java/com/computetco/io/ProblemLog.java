package com.computetco.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems while a tree is walked, so that every violation is reported at once. At most
 * {@link #MAX_LISTED} are kept, then one line counts the rest: a hostile file with millions of bad values would
 * otherwise take seconds and hundreds of megabytes to describe, and nobody reads past the first screen.
 */
final class ProblemLog {
    static final int MAX_LISTED = 1000;

    private final List<Problem> problems = new ArrayList<>();
    private int errorCount;
    private int unlistedErrors;
    private int unlistedWarnings;

    void error(String path, String message) {
        errorCount++;
        if (problems.size() < MAX_LISTED) {
            problems.add(Problem.error(path, message));
        } else {
            unlistedErrors++;
        }
    }

    void warning(String path, String message) {
        if (problems.size() < MAX_LISTED) {
            problems.add(Problem.warning(path, message));
        } else {
            unlistedWarnings++;
        }
    }

    /** Validators compare this before and after a part to know whether that part may be built. */
    int errorCount() {
        return errorCount;
    }

    List<Problem> problems() {
        int unlisted = unlistedErrors + unlistedWarnings;
        if (unlisted == 0) {
            return List.copyOf(problems);
        }
        List<Problem> all = new ArrayList<>(problems);
        String message = "and " + unlisted + " more problem" + (unlisted == 1 ? "" : "s") + " not listed ("
                + unlistedErrors + " error" + (unlistedErrors == 1 ? "" : "s") + ")";
        // An error when any unlisted one is, so the summary can never make a broken file look usable.
        all.add(unlistedErrors > 0 ? Problem.error(Problem.ROOT, message) : Problem.warning(Problem.ROOT, message));
        return List.copyOf(all);
    }

    <T> ReadResult<T> result(T value) {
        return new ReadResult<>(value, problems());
    }
}
