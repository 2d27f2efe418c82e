package com.computetco.ui.results;

import com.computetco.app.PlausibilityChecks;
import com.computetco.domain.Option;
import com.computetco.domain.Scenario;
import com.computetco.engine.Evaluation;
import com.computetco.i18n.Messages;
import com.computetco.i18n.ProblemMessages;
import com.computetco.rules.Problem;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plausibility warnings of the scenario on screen, as one notice: the same checks the loader makes when a file
 * is opened and {@code validate} prints, so a figure typed into the window is questioned as a file's would be.
 */
final class PlausibilityNotice {
    private static final Pattern OPTION_PATH = Pattern.compile("^options\\[(\\d+)]");
    private final Messages messages;

    PlausibilityNotice(Messages messages) {
        this.messages = messages;
    }

    /** Empty when every figure is plausible, or when the evaluation is not (yet) of this scenario. */
    String describe(Scenario scenario, Evaluation evaluation) {
        if (scenario == null || evaluation == null || !sameOptions(scenario, evaluation)) {
            return "";
        }
        List<Problem> warnings = PlausibilityChecks.warnings(scenario, evaluation);
        if (warnings.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(messages.format("results.plausibility.heading", warnings.size()));
        for (Problem warning : warnings) {
            text.append('\n').append("• ").append(subject(evaluation, warning.path())).append(messages.isChinese()
                    ? "：" : ": ").append(ProblemMessages.text(warning, messages));
        }
        return text.toString();
    }

    /** The option's name as the table shows it where the warning is about one option, else the Monte Carlo range. */
    private String subject(Evaluation evaluation, String path) {
        Matcher m = OPTION_PATH.matcher(path);
        if (m.find()) {
            int index = Integer.parseInt(m.group(1));
            if (index < evaluation.options().size()) {
                return evaluation.options().get(index).label();
            }
        }
        return messages.get("results.plausibility.electricityRange");
    }

    private static boolean sameOptions(Scenario scenario, Evaluation evaluation) {
        List<String> ids = scenario.options().stream().map(Option::id).toList();
        return ids.equals(evaluation.options().stream().map(o -> o.id()).toList());
    }
}
