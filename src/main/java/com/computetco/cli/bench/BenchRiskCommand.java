package com.computetco.cli.bench;

import com.computetco.cli.Arguments;
import com.computetco.cli.Command;
import com.computetco.cli.ExitCode;
import com.computetco.cli.ScenarioFiles;
import com.computetco.cli.SimulateCommand;
import com.computetco.cli.UsageException;
import com.computetco.domain.Scenario;
import com.computetco.engine.ScenarioModel;
import com.computetco.engine.risk.MonteCarlo;
import com.computetco.engine.risk.SimulationResult;
import com.computetco.i18n.Messages;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code bench-risk FILE [--iterations N]}: the Monte Carlo's speed, as printed figures (never a timed unit
 * test). The first run is cold (class loading, JIT); the warm figure is the median of five runs after warm-up.
 */
public final class BenchRiskCommand implements Command {
    private static final int WARM_RUNS = 5;
    private final ScenarioFiles files;

    public BenchRiskCommand(ScenarioFiles files) {
        this.files = files;
    }

    @Override
    public String name() {
        return "bench-risk";
    }

    @Override
    public String summary() {
        return "measure the Monte Carlo's speed on a scenario (figures for the closing notes)";
    }

    @Override
    public String usage() {
        return """
                usage: compute-tco bench-risk FILE [--iterations N] [--threads T]

                Runs the Monte Carlo of the scenario in FILE (default 100000 iterations) on T threads (default:
                one per processor) and on one thread, and prints the wall time and iterations per second of the
                first (cold) run and the median of five warm runs.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(args, Set.of("--iterations", "--threads"));
        if (parsed.positional().size() != 1) {
            throw new UsageException("bench-risk takes exactly one FILE");
        }
        int iterations = SimulateCommand.intOption(parsed, "--iterations", 100_000, 1, MonteCarlo.MAX_ITERATIONS);
        int threads = SimulateCommand.intOption(parsed, "--threads", Runtime.getRuntime().availableProcessors(), 1,
                1024);
        String file = parsed.positional().get(0);
        // A developer's tool: the problems in the system's language, as the other commands without --lang.
        Optional<Scenario> opened = files.openQuietly(file, Messages.forLocale(Locale.getDefault()), err);
        if (opened.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        ScenarioModel model = ScenarioModel.of(opened.get());
        if (iterations > MonteCarlo.maxIterations(model.optionCount())) {
            throw new UsageException("--iterations: at most " + MonteCarlo.maxIterations(model.optionCount())
                    + " for a scenario of " + model.optionCount() + " options");
        }
        int used = MonteCarlo.effectiveThreads(threads, iterations);
        out.printf("scenario: %s (%d options, %d months), %d processors, %s%n", opened.get().name(),
                model.optionCount(), model.horizon(), Runtime.getRuntime().availableProcessors(), Runtime.version());
        double cold = time(model, iterations, used);
        report(out, "cold, first run", iterations, used, cold);
        for (int i = 0; i < 3; i++) {
            time(model, iterations, used);
        }
        report(out, "warm, median of " + WARM_RUNS, iterations, used, median(model, iterations, used));
        if (used > 1) {
            report(out, "warm, one thread", iterations, 1, median(model, iterations, 1));
        }
        return ExitCode.OK;
    }

    private static double median(ScenarioModel model, int iterations, int threads) {
        double[] seconds = new double[WARM_RUNS];
        for (int i = 0; i < WARM_RUNS; i++) {
            seconds[i] = time(model, iterations, threads);
        }
        Arrays.sort(seconds);
        return seconds[WARM_RUNS / 2];
    }

    /** Wall seconds of one run, statistics included. */
    private static double time(ScenarioModel model, int iterations, int threads) {
        long start = System.nanoTime();
        SimulationResult result = MonteCarlo.run(model, iterations, 42, threads, null, null);
        long end = System.nanoTime();
        if (result.iterations() != iterations) {
            throw new IllegalStateException("short run");
        }
        return (end - start) / 1e9;
    }

    private static void report(PrintStream out, String what, int iterations, int threads, double seconds) {
        out.printf("%-22s %,d iterations  %d thread%s  %8.3f s wall  %,12.0f iterations/s%n", what, iterations,
                threads, threads == 1 ? " " : "s", seconds, iterations / seconds);
    }
}
