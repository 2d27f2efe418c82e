package com.computetco.template;

import com.computetco.i18n.Messages;
import com.computetco.i18n.ProblemMessages;
import com.computetco.rules.Problem;
import com.computetco.template.TemplateImport.TemplateProblem;
import java.util.Locale;

/**
 * Says a {@link TemplateProblem} in a language ({@code import-quotes --lang}, the window): its code's sentence
 * from the {@code template.problem.*} texts, a column named by the header's text in that language and a problem
 * of the quote rules said by {@link ProblemMessages}. The English is what the CLI has always printed.
 */
public final class TemplateProblemMessages {
    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);

    private TemplateProblemMessages() {
    }

    /** The reason alone (no cell, no warning mark). */
    public static String text(TemplateProblem problem, Messages messages) {
        Object[] args = problem.args().stream().map(arg -> argument(arg, messages)).toArray();
        return messages.format(problem.code().key(), args);
    }

    public static String english(TemplateProblem problem) {
        return text(problem, ENGLISH);
    }

    /** {@code Quote!H7: reason}, a warning marked as such. */
    public static String line(TemplateProblem problem, Messages messages) {
        String separator = messages.isChinese() ? "：" : ": ";
        return (problem.cell() == null ? "" : problem.cell() + separator)
                + (problem.error() ? "" : messages.get("template.problem.warning")) + text(problem, messages);
    }

    private static Object argument(Object arg, Messages messages) {
        if (arg instanceof TemplateLabel label) {
            return label.column() == null || !messages.isChinese() ? label.english()
                    : messages.get("template.column." + label.column().key());
        }
        if (arg instanceof Problem problem) {
            return ProblemMessages.text(problem, messages);
        }
        return arg;
    }
}
