package com.computetco.cli;

import com.computetco.io.Problem;
import java.io.PrintStream;
import java.util.List;

/** One line per problem, {@code FILE: path: reason}, warnings marked as such. */
final class ProblemPrinter {
    private ProblemPrinter() {
    }

    static void print(String file, List<Problem> problems, PrintStream out) {
        for (Problem p : problems) {
            out.println(file + ": " + p.path() + ": " + (p.isError() ? "" : "warning: ") + p.message());
        }
    }
}
