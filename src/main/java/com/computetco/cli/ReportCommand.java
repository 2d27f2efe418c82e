package com.computetco.cli;

import com.computetco.app.WorkbookKind;
import com.computetco.domain.DisplayNames;
import com.computetco.domain.Scenario;
import com.computetco.engine.Evaluation;
import com.computetco.engine.ScenarioModel;
import com.computetco.engine.risk.MonteCarlo;
import com.computetco.engine.risk.ProgressListener;
import com.computetco.engine.risk.SimulationResult;
import com.computetco.i18n.Messages;
import com.computetco.io.OutputPaths;
import com.computetco.io.TerminalText;
import com.computetco.report.ReportView;
import com.computetco.report.ReportWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code report FILE -o OUT.xlsx [--lang en|zh] [--simulate N] [--seed S]}: the Excel report for procurement; with
 * {@code --simulate}, a Monte Carlo run first and a Risk sheet in the workbook.
 */
final class ReportCommand implements Command {
    private final ScenarioFiles files;
    private final ReportWriter writer;

    ReportCommand(ScenarioFiles files, ReportWriter writer) {
        this.writer = writer;
        this.files = files;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return "write the Excel report (.xlsx) whose formulas recompute every figure";
    }

    @Override
    public String usage() {
        return """
                usage: compute-tco report FILE -o OUT.xlsx [--force] [--lang en|zh] [--units plain|wan]
                                          [--view pretax|aftertax] [--simulate N] [--seed S]

                Writes the Excel workbook for the scenario in FILE: a one-page summary to sign, the cost
                breakdown with charts, an annual view, assumptions, quotes, one sheet of monthly cash flows per
                option and the methodology. Every result is a live formula
                over the assumptions, so a reviewer who changes one sees every figure follow.
                  -o, --output OUT  the .xlsx file to write (replaced atomically; never left half-written). An
                                    existing report is kept as OUT.bak; any other existing file is refused, and
                                    so are FILE itself, a folder, a device or pipe, "-" and a trailing slash
                  --force           replace an existing OUT even if it is not a report (still kept as OUT.bak)
                  --lang en|zh      the language of the report and of the problems (default: the system's)
                  --units plain|wan amounts of a Chinese report in 万 (wan) or in plain figures (default)
                  --view pretax|aftertax
                                    the figures that rank the options and make the verdict on the Summary
                                    (default: aftertax where the scenario has a tax block, else pretax); the
                                    Summary gives the other view's figures too. aftertax needs a tax block
                                    (else a usage error).
                  --simulate N      first run a Monte Carlo of N draws, 1..%d (as the simulate command), and
                                    add a Risk sheet: cost percentiles, probability of being the cheapest,
                                    payback spread, and each option's tornado against the baseline with a chart.
                                    Its figures are values, not formulas: rerun to update them.
                  --seed S          the simulation's seed, a whole number (default %d; needs --simulate)
                Exit codes: 0 success, 2 invalid scenario or unwritable OUT (reason on stderr), 64 usage error.
                """.formatted(MonteCarlo.MAX_ITERATIONS, SimulateCommand.DEFAULT_SEED);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(OutputOption.normalize(args),
                Set.of(OutputOption.NAME, "--lang", "--view", "--simulate", "--seed", "--units"),
                Set.of(OutputOption.FORCE));
        boolean wan = "wan".equals(parsed.choice("--units", "plain", Set.of("plain", "wan")));
        Locale locale = Languages.parse(parsed.option("--lang", null));
        int iterations = SimulateCommand.intOption(parsed, "--simulate", 0, 1, MonteCarlo.MAX_ITERATIONS);
        long seed = SimulateCommand.longOption(parsed, "--seed", SimulateCommand.DEFAULT_SEED);
        if (iterations == 0 && parsed.option("--seed", null) != null) {
            throw new UsageException("--seed needs --simulate N");
        }
        String viewName = parsed.option("--view", null);
        if (viewName != null && ReportView.parse(viewName).isEmpty()) {
            throw new UsageException("--view must be pretax or aftertax, got \"" + viewName + "\"");
        }
        if (parsed.positional().size() != 1) {
            throw new UsageException("report takes exactly one FILE");
        }
        Path target = OutputOption.path(parsed, false, "report needs -o OUT.xlsx");
        String file = parsed.positional().get(0);
        try {
            OutputPaths.checkFile(target, List.of(Path.of(file)), WorkbookKind.REPORT, parsed.flag(OutputOption.FORCE));
        } catch (OutputPaths.Refused e) {
            err.println("compute-tco report: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException("not a file path: " + TerminalText.escape(file, TerminalText.ECHO_LIMIT));
        }
        Optional<Scenario> opened = files.open(file, Messages.forLocale(locale), err);
        if (opened.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        Scenario scenario = DisplayNames.forLocale(opened.get(), locale);
        ReportView view = ReportView.defaultFor(scenario);
        if (viewName != null) {
            view = ReportView.parse(viewName).orElseThrow();
            if (!view.availableFor(scenario)) {
                // As tornado --measure aftertax: an option that does not apply to this file is a usage error.
                throw new UsageException("--view aftertax needs a tax block in the scenario (methodology section 13)");
            }
        }
        SimulationResult simulation = null;
        if (iterations > 0) {
            ScenarioModel model = ScenarioModel.of(scenario);
            if (iterations > MonteCarlo.maxIterations(model.optionCount())) {
                throw new UsageException("--simulate: at most " + MonteCarlo.maxIterations(model.optionCount())
                        + " for a scenario of " + model.optionCount() + " options");
            }
            simulation = MonteCarlo.run(model, iterations, seed, 0, ProgressListener.NONE, () -> false);
        }
        Evaluation evaluation = files.engine().evaluate(scenario);
        try {
            writer.withChineseUnits(wan).write(scenario, evaluation, simulation, Messages.forLocale(locale),
                    view, target,
                    fraction -> { });
        } catch (IOException e) {
            err.println("compute-tco report: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        out.println("wrote " + target);
        return ExitCode.OK;
    }
}
