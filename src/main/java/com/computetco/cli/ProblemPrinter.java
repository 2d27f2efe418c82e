package com.computetco.cli;

import com.computetco.i18n.Messages;
import com.computetco.i18n.ProblemMessages;
import com.computetco.rules.Problem;
import java.io.PrintStream;
import java.util.List;

/** One line per problem, {@code FILE: path: reason}, warnings marked as such, in the language asked for. */
public final class ProblemPrinter {
    private ProblemPrinter() {
    }

    public static void print(String file, List<Problem> problems, Messages messages, PrintStream out) {
        for (Problem p : problems) {
            out.println(file + ": " + ProblemMessages.line(p, messages));
        }
    }
}
