package com.computetco.cli.bench;

import com.computetco.cli.Arguments;
import com.computetco.cli.Command;
import com.computetco.cli.ExitCode;
import com.computetco.cli.ScenarioFiles;
import com.computetco.cli.UsageException;
import com.computetco.domain.Scenario;
import com.computetco.engine.Draw;
import com.computetco.engine.FlowBuffer;
import com.computetco.engine.ScenarioModel;
import com.computetco.engine.TcoEngine;
import com.computetco.i18n.Messages;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code bench FILE}: the engine's speed on a scenario, as printed figures (never a timed unit test). Times
 * batches of calls after a warm-up and reports the median and 90th percentile of the per-call time.
 */
public final class BenchCommand implements Command {
    private static final int BATCHES = 200;
    private final ScenarioFiles files;

    /** Keeps results alive so that the JIT cannot drop the measured work. */
    private double sink;

    public BenchCommand(ScenarioFiles files) {
        this.files = files;
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "measure the engine's speed on a scenario (figures for the closing notes)";
    }

    @Override
    public String usage() {
        return """
                usage: compute-tco bench FILE [--seconds S]

                Times, on the scenario in FILE:
                  full evaluation   every option, all results (payback, IRR, break-even included)
                  option flows      one build option's monthly cost flows (the Monte Carlo's inner step)
                Prints the median and 90th percentile per call. --seconds sets the time per measurement (default 3).
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(args, Set.of("--seconds"));
        if (parsed.positional().size() != 1) {
            throw new UsageException("bench takes exactly one FILE");
        }
        double seconds;
        try {
            seconds = Double.parseDouble(parsed.option("--seconds", "3"));
        } catch (NumberFormatException e) {
            throw new UsageException("--seconds must be a number");
        }
        String file = parsed.positional().get(0);
        // A developer's tool: the problems in the system's language, as the other commands without --lang.
        Optional<Scenario> opened = files.openQuietly(file, Messages.forLocale(Locale.getDefault()), err);
        if (opened.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        Scenario scenario = opened.get();
        TcoEngine engine = files.engine();
        ScenarioModel model = ScenarioModel.of(scenario);
        int option = firstBuildOption(model);
        Draw draw = model.scenarioDraw();
        FlowBuffer buffer = new FlowBuffer(model.horizon());

        out.printf("scenario: %s (%d options, %d months), %s%n", scenario.name(), model.optionCount(),
                model.horizon(), Runtime.version());
        report(out, "full evaluation", measure(seconds, () -> sink += engine.evaluate(scenario).cheapest().totalCost()));
        report(out, "option flows (" + model.optionId(option) + ")",
                measure(seconds, () -> sink += model.evaluateFlows(option, draw, buffer)));
        if (sink == 42.4242) {
            out.println();
        }
        return ExitCode.OK;
    }

    private static int firstBuildOption(ScenarioModel model) {
        for (int i = 0; i < model.optionCount(); i++) {
            if (model.isBuild(i)) {
                return i;
            }
        }
        return 0;
    }

    /** Per-call times in nanoseconds, one per batch, sorted. */
    private static double[] measure(double seconds, Runnable call) {
        long calibrationEnd = System.nanoTime() + (long) (seconds * 0.3e9);
        long calls = 0;
        while (System.nanoTime() < calibrationEnd) {
            call.run();
            calls++;
        }
        long perBatch = Math.max(1, (long) (calls / 0.3 * (seconds * 0.7) / BATCHES / seconds));
        double[] times = new double[BATCHES];
        for (int b = 0; b < BATCHES; b++) {
            long start = System.nanoTime();
            for (long i = 0; i < perBatch; i++) {
                call.run();
            }
            times[b] = (System.nanoTime() - start) / (double) perBatch;
        }
        Arrays.sort(times);
        return times;
    }

    private static void report(PrintStream out, String what, double[] sortedNanos) {
        double median = sortedNanos[sortedNanos.length / 2];
        double p90 = sortedNanos[(int) (sortedNanos.length * 0.9)];
        out.printf("%-32s median %9.3f µs   p90 %9.3f µs%n", what, median / 1000, p90 / 1000);
    }
}
