package com.computetco.cli;

import com.computetco.domain.DisplayNames;
import com.computetco.domain.Scenario;
import com.computetco.engine.ScenarioModel;
import com.computetco.engine.risk.MonteCarlo;
import com.computetco.engine.risk.OptionStatistics;
import com.computetco.engine.risk.PaybackStatistics;
import com.computetco.engine.risk.SimulationResult;
import com.computetco.i18n.AmountFormat;
import com.computetco.i18n.Messages;
import com.computetco.text.RiskTexts;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@code simulate FILE [--iterations N] [--seed S] [--threads T] [--format json|table] [--lang en|zh]}. */
public final class SimulateCommand implements Command {
    static final int DEFAULT_ITERATIONS = 10_000;
    static final long DEFAULT_SEED = 1;
    private final ScenarioFiles files;

    SimulateCommand(ScenarioFiles files) {
        this.files = files;
    }

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String summary() {
        return "Monte Carlo of a scenario's uncertainty ranges: cost percentiles, chance of being cheapest";
    }

    @Override
    public String usage() {
        return """
                usage: compute-tco simulate FILE [--iterations N] [--seed S] [--threads T]
                                             [--format json|table] [--lang en|zh]

                Evaluates the scenario in FILE under N random draws (methodology section 7): lead times of the
                build options, the electricity price, the rent's annual change and the retraining months, each
                within its range. Per option: mean, P10, P50, P90 of the total cost, the probability of being the
                cheapest, and the payback's P10, P50, P90 with the share that never pays back.
                  --iterations N  number of draws, 1..%d (default %d)
                  --seed S        a whole number; the same seed gives the same figures (default %d), whatever T
                  --threads T     worker threads (default: one per processor)
                  --format json   {iterations, seed, options: [...]} (default)
                  --format table  an aligned table for people, with a one-sentence summary
                  --lang en|zh    the language of the table and of the problems (default: the system's)
                Exit codes: 0 success, 2 invalid scenario (problems on stderr), 64 usage error.
                """.formatted(MonteCarlo.MAX_ITERATIONS, DEFAULT_ITERATIONS, DEFAULT_SEED);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(args, Set.of("--iterations", "--seed", "--threads", "--format", "--lang"));
        String format = parsed.choice("--format", "json", Set.of("json", "table"));
        Locale locale = Languages.parse(parsed.option("--lang", null));
        int iterations = intOption(parsed, "--iterations", DEFAULT_ITERATIONS, 1, MonteCarlo.MAX_ITERATIONS);
        int threads = intOption(parsed, "--threads", Runtime.getRuntime().availableProcessors(), 1, 1024);
        long seed = longOption(parsed, "--seed", DEFAULT_SEED);
        if (parsed.positional().size() != 1) {
            throw new UsageException("simulate takes exactly one FILE");
        }
        String file = parsed.positional().get(0);
        Optional<Scenario> opened = files.open(file, Messages.forLocale(locale), err);
        if (opened.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        // JSON keeps the file's names; the table names options in the chosen language.
        ScenarioModel model = ScenarioModel.of("json".equals(format) ? opened.get()
                : DisplayNames.forLocale(opened.get(), locale));
        if (iterations > MonteCarlo.maxIterations(model.optionCount())) {
            throw new UsageException("--iterations: at most " + MonteCarlo.maxIterations(model.optionCount())
                    + " for a scenario of " + model.optionCount() + " options");
        }
        SimulationResult result = MonteCarlo.run(model, iterations, seed, threads, null, null);
        out.print("json".equals(format) ? json(result) : table(result, Messages.forLocale(locale)));
        return ExitCode.OK;
    }

    static String json(SimulationResult result) {
        return JsonDocument.write(json -> {
            json.beginObject();
            json.name("iterations").value(result.iterations());
            json.name("seed").value(result.seed());
            json.name("options").beginArray();
            for (OptionStatistics o : result.options()) {
                json.beginObject();
                json.name("id").value(o.id());
                json.name("mean");
                JsonDocument.number(json, o.mean());
                json.name("p10");
                JsonDocument.number(json, o.p10());
                json.name("p50");
                JsonDocument.number(json, o.p50());
                json.name("p90");
                JsonDocument.number(json, o.p90());
                json.name("probabilityCheapest");
                JsonDocument.number(json, o.probabilityCheapest());
                PaybackStatistics p = o.payback();
                json.name("payback").beginObject();
                json.name("p10");
                JsonDocument.number(json, p == null ? null : p.p10());
                json.name("p50");
                JsonDocument.number(json, p == null ? null : p.p50());
                json.name("p90");
                JsonDocument.number(json, p == null ? null : p.p90());
                json.name("neverShare");
                JsonDocument.number(json, p == null ? null : p.neverShare());
                json.endObject();
                json.endObject();
            }
            json.endArray();
            json.endObject();
        });
    }

    static String table(SimulationResult result, Messages messages) {
        AmountFormat format = new AmountFormat(messages.locale(), false);
        StringBuilder out = new StringBuilder();
        out.append(messages.format("risk.simulate.heading", format.decimals(result.iterations(), 0),
                String.valueOf(result.seed()), result.currency())).append('\n');
        if (result.variedInputs().isEmpty()) {
            out.append(messages.get("risk.simulate.noRanges")).append('\n');
        }
        out.append('\n');
        String[] header = {messages.get("risk.column.option"), messages.get("risk.column.mean"),
            messages.get("risk.column.p10"), messages.get("risk.column.p50"), messages.get("risk.column.p90"),
            messages.get("risk.column.cheapest"), messages.get("risk.column.paybackP10"),
            messages.get("risk.column.paybackP50"), messages.get("risk.column.paybackP90"),
            messages.get("risk.column.neverPaysBack")};
        boolean[] right = {false, true, true, true, true, true, true, true, true, true};
        TextTable table = new TextTable(header, right);
        for (OptionStatistics o : result.options()) {
            String label = o.baseline() ? messages.format("risk.label.baseline", o.label()) : o.label();
            PaybackStatistics p = o.payback();
            table.add(label, format.amount(o.mean()), format.amount(o.p10()), format.amount(o.p50()),
                    format.amount(o.p90()), percent(format, o.probabilityCheapest()),
                    p == null ? "—" : format.months(p.p10()), p == null ? "—" : format.months(p.p50()),
                    p == null ? "—" : format.months(p.p90()), p == null ? "—" : percent(format, p.neverShare()));
        }
        out.append(table.render()).append('\n');
        OptionStatistics best = result.mostOftenCheapest();
        out.append(messages.format("risk.simulate.cheapest", best.label(), percent(format, best.probabilityCheapest())))
                .append('\n');
        return out.toString();
    }

    static String percent(AmountFormat format, double share) {
        return new RiskTexts(Messages.forLocale(format.locale()), format).percent(share);
    }


    public static int intOption(Arguments parsed, String name, int fallback, int min, int max) throws UsageException {
        String text = parsed.option(name, null);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                throw new UsageException(name + " must lie in " + min + ".." + max + ", got " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, got " + text);
        }
    }

    static long longOption(Arguments parsed, String name, long fallback) throws UsageException {
        String text = parsed.option(name, null);
        if (text == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, got " + text);
        }
    }
}
