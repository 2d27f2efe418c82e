package com.computetco.cli.bench;

import com.computetco.cli.Arguments;
import com.computetco.cli.Command;
import com.computetco.cli.ExitCode;
import com.computetco.cli.ScenarioFiles;
import com.computetco.cli.UsageException;
import com.computetco.domain.Option;
import com.computetco.domain.Scenario;
import com.computetco.engine.Evaluation;
import com.computetco.i18n.Messages;
import com.computetco.report.ReportWriter;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code bench-report FILE [--runs N]}: the Excel report's speed and size, as printed figures (never a timed unit
 * test): the scenario in FILE as it is, and stretched to 10 options over 240 months.
 */
public final class ReportBenchCommand implements Command {
    static final int STRETCHED_OPTIONS = 10;
    static final int STRETCHED_MONTHS = 240;
    private final ScenarioFiles files;
    private final ReportWriter writer;

    public ReportBenchCommand(ScenarioFiles files, ReportWriter writer) {
        this.writer = writer;
        this.files = files;
    }

    @Override
    public String name() {
        return "bench-report";
    }

    @Override
    public String summary() {
        return "measure the Excel report's time and file size (figures for the closing notes)";
    }

    @Override
    public String usage() {
        return """
                usage: compute-tco bench-report FILE [--runs N]

                Renders the Excel report of the scenario in FILE, and of the same scenario stretched to 10 options
                over 240 months (its options repeated), and prints the time of the first (cold) run, the median
                of N further runs (default 5) and the file size. Targets: 1 s for a small scenario, 3 s and
                2 MB for 10 options x 240 months.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(args, Set.of("--runs"));
        if (parsed.positional().size() != 1) {
            throw new UsageException("bench-report takes exactly one FILE");
        }
        int runs;
        try {
            runs = Integer.parseInt(parsed.option("--runs", "5"));
        } catch (NumberFormatException e) {
            throw new UsageException("--runs must be a whole number");
        }
        if (runs < 1) {
            throw new UsageException("--runs must be at least 1");
        }
        String file = parsed.positional().get(0);
        // A developer's tool: the problems in the system's language, as the other commands without --lang.
        Optional<Scenario> opened = files.openQuietly(file, Messages.forLocale(Locale.getDefault()), err);
        if (opened.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        out.printf("%s%n", Runtime.version());
        measure(out, "as given", opened.get(), messages, runs);
        measure(out, STRETCHED_OPTIONS + " options x " + STRETCHED_MONTHS + " months", stretch(opened.get()),
                messages, runs);
        return ExitCode.OK;
    }

    /** The scenario over 240 months with its options repeated (new ids) up to 10. */
    static Scenario stretch(Scenario scenario) {
        List<Option> options = new ArrayList<>(scenario.options());
        for (int copy = 2; options.size() < STRETCHED_OPTIONS; copy++) {
            for (Option o : scenario.options()) {
                if (options.size() >= STRETCHED_OPTIONS) {
                    break;
                }
                String id = (o.id().length() > 35 ? o.id().substring(0, 35) : o.id()) + "-" + copy;
                options.add(new Option(id, o.label() + " #" + copy, o.type(), o.quote(), o.efficiencyPct(),
                        o.operationsFte(), o.residualValuePct(), o.supplierDefaultPct(), o.retraining()));
            }
        }
        return scenario.withOptions(options).withHorizonMonths(STRETCHED_MONTHS);
    }

    private void measure(PrintStream out, String what, Scenario scenario, Messages messages, int runs) {
        long start = System.nanoTime();
        Evaluation evaluation = files.engine().evaluate(scenario);
        byte[] bytes = writer.render(scenario, evaluation, messages);
        double cold = (System.nanoTime() - start) / 1e9;
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            Evaluation e = files.engine().evaluate(scenario);
            bytes = writer.render(scenario, e, messages);
            times[i] = (System.nanoTime() - t) / 1e9;
        }
        Arrays.sort(times);
        out.printf("%-28s %2d options x %3d months: first %.3f s, median of %d %.3f s, file %,d bytes (%.2f MB)%n",
                what, scenario.options().size(), scenario.horizonMonths(), cold, runs, times[runs / 2], bytes.length,
                bytes.length / 1048576.0);
    }
}
