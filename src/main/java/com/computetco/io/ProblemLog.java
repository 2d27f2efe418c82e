package com.computetco.io;

import com.computetco.rules.Problem;
import com.computetco.rules.ProblemCode;
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

    void error(String path, ProblemCode code, Object... args) {
        errorCount++;
        if (problems.size() < MAX_LISTED) {
            problems.add(Problem.error(path, code, args));
        } else {
            unlistedErrors++;
        }
    }

    void warning(String path, ProblemCode code, Object... args) {
        if (problems.size() < MAX_LISTED) {
            problems.add(Problem.warning(path, code, args));
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
        // The counts twice: as written (no digit grouping) and as numbers that choose the plural.
        Object[] args = {String.valueOf(unlisted), unlisted, String.valueOf(unlistedErrors), unlistedErrors};
        // An error when any unlisted one is, so the summary can never make a broken file look usable.
        all.add(unlistedErrors > 0 ? Problem.error(Problem.ROOT, ProblemCode.MORE_PROBLEMS, args)
                : Problem.warning(Problem.ROOT, ProblemCode.MORE_PROBLEMS, args));
        return List.copyOf(all);
    }

    <T> ReadResult<T> result(T value) {
        return new ReadResult<>(value, problems());
    }
}
