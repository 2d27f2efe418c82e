package com.computetco.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.app.ScenarioLoader;
import com.computetco.domain.Electricity;
import com.computetco.domain.MinMax;
import com.computetco.domain.Money;
import com.computetco.domain.Option;
import com.computetco.domain.OptionType;
import com.computetco.domain.PflopsBasis;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.Retraining;
import com.computetco.domain.Scenario;
import com.computetco.domain.ServerQuote;
import com.computetco.domain.Staff;
import com.computetco.domain.Triangular;
import com.computetco.domain.Uncertainty;
import com.computetco.engine.TcoEngine;
import com.computetco.io.JsonSource;
import com.computetco.io.QuoteReader;
import com.computetco.io.ReadResult;
import com.computetco.io.ScenarioReader;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The one place tests get scenarios from, in the three forms they need them:
 * <ul>
 * <li>the methodology's worked examples and the bundled samples, as a {@link Scenario}, as file bytes, as a file
 * copied into a test's folder, or as a mutable JSON tree to break on purpose ({@link #set}, {@link #remove});</li>
 * <li>small hand-checkable scenarios built in code ({@link #scenario()}, {@link #server()}, {@link #rental()}).</li>
 * </ul>
 */
public final class Scenarios {
    /** The day the reader tests pretend it is: quotes in the worked example are still valid. */
    public static final Clock TODAY = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);

    public static final String WORKED_EXAMPLE = "worked-example.json";
    public static final String WORKED_EXAMPLE_V2 = "worked-example-v2.json";

    private Scenarios() {
    }

    // ---- the services that read them, as the app builds them (on today's date in the system time zone) -------

    /** A scenario reader judging quote expiry against today, as the app's. */
    public static ScenarioReader reader() {
        return new ScenarioReader(Clock.systemDefaultZone());
    }

    /** A quote reader judging quote expiry against today, as the app's. */
    public static QuoteReader quoteReader() {
        return new QuoteReader(Clock.systemDefaultZone());
    }

    /** A loader as the app builds it: a {@link #reader()} and an engine of its own. */
    public static ScenarioLoader loader() {
        return new ScenarioLoader(reader(), new TcoEngine());
    }

    // ---- the worked examples and the samples ------------------------------------------------------------------

    /** The copy of shared/model/worked-example.json kept with the tests, read and checked valid. */
    public static Scenario workedExample() {
        return valid(reader().read(resource(WORKED_EXAMPLE)));
    }

    /** The copy of shared/model/worked-example-v2.json: every rule of schema version 2. */
    public static Scenario workedExampleV2() {
        return valid(reader().read(resource(WORKED_EXAMPLE_V2)));
    }

    /** A file kept with the tests under /com/computetco/engine/ (the worked examples and their expected figures). */
    public static byte[] resource(String name) {
        try (InputStream in = Scenarios.class.getResourceAsStream("/com/computetco/engine/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] workedExampleBytes() {
        return resource(WORKED_EXAMPLE);
    }

    public static byte[] workedExampleV2Bytes() {
        return resource(WORKED_EXAMPLE_V2);
    }

    public static Path workedExamplePath() {
        try {
            return Path.of(Scenarios.class.getResource("/com/computetco/engine/" + WORKED_EXAMPLE).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a test resource (say {@link #WORKED_EXAMPLE}) into {@code dir} under its own name, for the CLI. */
    public static Path copy(String name, Path dir) {
        return write(dir.resolve(name), resource(name));
    }

    public static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files users open from sample-quotes/ ending in {@code suffix}, sorted; tests run from the project root. */
    public static List<Path> samples(String suffix) {
        try (Stream<Path> files = Files.list(Path.of("sample-quotes"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every sample scenario (the demos), sorted by name. */
    public static List<Path> sampleScenarioFiles() {
        return samples(".scenario.json");
    }

    /** A scenario file read as a user opens it; fails the test when it is not valid. */
    public static Scenario read(Path file) {
        return valid(reader().read(file));
    }

    public static Scenario read(byte[] json) {
        return valid(reader().read(json));
    }

    private static Scenario valid(ReadResult<Scenario> read) {
        assertTrue(read.isValid(), () -> read.problems().toString());
        return read.value();
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every range collapsed onto the deterministic value, so that a simulation must reproduce the engine: lead times
     * min = likely = max, the electricity range onto the price, the rent-change range onto {@code rentChange},
     * retraining ranges onto the months, and no supply risk (the deterministic evaluation never applies one).
     */
    public static Scenario collapsed(Scenario s, BigDecimal rentChange) {
        List<Option> options = new ArrayList<>();
        for (Option o : s.options()) {
            Option c = o.withSupplyRisk(null);
            if (o.quote() instanceof ServerQuote q) {
                c = c.withQuote(q.withLeadTimeMonths(Triangular.point(q.leadTimeMonths().likely())));
            }
            Retraining r = o.retraining();
            if (r != null) {
                c = c.withRetraining(new Retraining(r.months(), r.productivityLossPct(),
                        new MinMax(r.months(), r.months())));
            }
            options.add(c);
        }
        Uncertainty u = new Uncertainty(Triangular.point(s.electricity().pricePerKwh()),
                rentChange == null ? null : new MinMax(rentChange, rentChange));
        return s.withOptions(options).withUncertainty(u);
    }

    // ---- JSON trees, edited at the paths the readers report -----------------------------------------------------

    /** A fresh, mutable tree of the worked example, numbers kept exact. */
    public static JsonObject workedExampleTree() {
        return parse(workedExampleBytes()).getAsJsonObject();
    }

    /** A fresh, mutable tree of the version 2 worked example. */
    public static JsonObject workedExampleV2Tree() {
        return parse(workedExampleV2Bytes()).getAsJsonObject();
    }

    public static JsonElement parse(String json) {
        return parse(json.getBytes(StandardCharsets.UTF_8));
    }

    public static JsonElement parse(byte[] json) {
        ReadResult<JsonElement> parsed = JsonSource.parse(json);
        if (!parsed.isValid()) {
            throw new IllegalArgumentException("test JSON does not parse: " + parsed.problems());
        }
        return parsed.value();
    }

    public static byte[] bytes(JsonElement tree) {
        return tree.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Sets the value at a path such as {@code options[1].quote.unitPrice.currency}, given as JSON text. */
    public static JsonObject set(JsonObject root, String path, String jsonValue) {
        List<String> steps = steps(path);
        JsonElement parent = walk(root, steps.subList(0, steps.size() - 1));
        String last = steps.get(steps.size() - 1);
        JsonElement value = parse(jsonValue);
        if (parent.isJsonArray()) {
            parent.getAsJsonArray().set(Integer.parseInt(last), value);
        } else {
            parent.getAsJsonObject().add(last, value);
        }
        return root;
    }

    public static JsonObject remove(JsonObject root, String path) {
        List<String> steps = steps(path);
        JsonElement parent = walk(root, steps.subList(0, steps.size() - 1));
        String last = steps.get(steps.size() - 1);
        if (parent.isJsonArray()) {
            parent.getAsJsonArray().remove(Integer.parseInt(last));
        } else if (parent.getAsJsonObject().remove(last) == null) {
            throw new IllegalArgumentException("nothing to remove at " + path);
        }
        return root;
    }

    public static JsonObject object(JsonObject root, String path) {
        return walk(root, steps(path)).getAsJsonObject();
    }

    public static JsonArray array(JsonObject root, String path) {
        return walk(root, steps(path)).getAsJsonArray();
    }

    private static JsonElement walk(JsonElement from, List<String> steps) {
        JsonElement at = from;
        for (String step : steps) {
            at = at.isJsonArray() ? at.getAsJsonArray().get(Integer.parseInt(step)) : at.getAsJsonObject().get(step);
            if (at == null) {
                throw new IllegalArgumentException("no such path step " + step);
            }
        }
        return at;
    }

    private static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            if (bracket < 0) {
                steps.add(part);
                continue;
            }
            if (bracket > 0) {
                steps.add(part.substring(0, bracket));
            }
            for (String index : part.substring(bracket + 1).split("\\]\\[?")) {
                if (!index.isEmpty()) {
                    steps.add(index);
                }
            }
        }
        return steps;
    }

    // ---- small scenarios built in code: round numbers, everything off unless a test turns it on -----------------

    public static BigDecimal bd(double v) {
        return new BigDecimal(Double.toString(v));
    }

    public static Money cny(double amount) {
        return new Money(bd(amount), "CNY");
    }

    /** One server of 1 dense PFLOPS, 1 kW, price 1,200 CNY, no lead time, nothing else. */
    public static ServerQuote server() {
        return new ServerQuote("Vendor", "Box", null, 8, bd(1), PflopsBasis.DENSE, cny(1200), bd(1),
                Triangular.point(BigDecimal.ZERO), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, 0,
                BigDecimal.ZERO, false, null, null, null);
    }

    /** 1,200 CNY per dense PFLOPS-year (100 a month), no lead time, nothing else. */
    public static RentalQuote rental() {
        return new RentalQuote("Lessor", null, cny(1200), PflopsBasis.DENSE, BigDecimal.ZERO, BigDecimal.ZERO, null,
                null, BigDecimal.ZERO, null, null, null);
    }

    public static Option build(String id, ServerQuote quote) {
        return new Option(id, id, OptionType.BUILD, quote, bd(100), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, null);
    }

    public static Option rent(String id, RentalQuote quote) {
        return new Option(id, id, OptionType.RENT, quote, bd(100), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, null);
    }

    public static Retraining retraining(double months, double lossPct) {
        return new Retraining(bd(months), bd(lossPct), null);
    }

    /** A 12-month, 1 PFLOPS scenario with free power, no staff, no discounting and no options yet. */
    public static Builder scenario() {
        return new Builder();
    }

    public static final class Builder {
        private int horizon = 12;
        private double demand = 1;
        private double discountPct = 0;
        private double pricePerKwh = 0;
        private double pue = 1;
        private double loadPct = 100;
        private double subsidyPct = 0;
        private int engineers = 0;
        private double engineerMonth = 0;
        private double colocation = 0;
        private boolean bridge = true;
        private final List<Option> options = new ArrayList<>();
        private String baseline = "lease";

        private Builder() {
        }

        public Builder horizon(int months) {
            horizon = months;
            return this;
        }

        public Builder demand(double pflops) {
            demand = pflops;
            return this;
        }

        public Builder discountPct(double pct) {
            discountPct = pct;
            return this;
        }

        public Builder power(double price, double pueValue, double load, double subsidy) {
            pricePerKwh = price;
            pue = pueValue;
            loadPct = load;
            subsidyPct = subsidy;
            return this;
        }

        public Builder staff(int count, double monthCost) {
            engineers = count;
            engineerMonth = monthCost;
            return this;
        }

        public Builder colocation(double perKwMonth) {
            colocation = perKwMonth;
            return this;
        }

        public Builder bridge(boolean on) {
            bridge = on;
            return this;
        }

        public Builder option(Option option) {
            options.add(option);
            return this;
        }

        public Builder baseline(String id) {
            baseline = id;
            return this;
        }

        public Scenario build() {
            return new Scenario(1, "fixture", "CNY", Map.of(), horizon, bd(discountPct), bd(demand),
                    new Electricity(bd(pricePerKwh), bd(pue), bd(loadPct), bd(subsidyPct)),
                    new Staff(engineers, bd(engineerMonth)), bd(colocation), bridge, baseline, options, null);
        }
    }
}
