package com.computetco.i18n;

import com.computetco.rules.Problem;
import com.computetco.rules.ProblemWord;
import java.util.Locale;

/**
 * Says a {@link Problem} in a language, from its code's sentence in the bundles. The English sentences are the
 * ones the CLI has always printed; the window and {@code --lang zh} use the Chinese ones.
 */
public final class ProblemMessages {
    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);

    private ProblemMessages() {
    }

    /** The reason alone, without the path: "must be at least 1 and at most 240, got 300". */
    public static String text(Problem problem, Messages messages) {
        Object[] args = problem.args().stream()
                .map(arg -> arg instanceof ProblemWord word ? messages.get(word.key()) : arg)
                .toArray();
        return messages.format(problem.code().key(), args);
    }

    /** The reason in English, as the CLI prints it without {@code --lang}. */
    public static String english(Problem problem) {
        return text(problem, ENGLISH);
    }

    /** {@code path: reason}, warnings marked as such, as a list of problems shows them. */
    public static String line(Problem problem, Messages messages) {
        String mark = problem.isError() ? "" : messages.get("problem.warningMark");
        return problem.path() + ": " + mark + text(problem, messages);
    }
}
