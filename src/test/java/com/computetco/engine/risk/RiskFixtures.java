package com.computetco.engine.risk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.MinMax;
import com.computetco.domain.Option;
import com.computetco.domain.Retraining;
import com.computetco.domain.Scenario;
import com.computetco.domain.ServerQuote;
import com.computetco.domain.Triangular;
import com.computetco.domain.Uncertainty;
import com.computetco.io.ReadResult;
import com.computetco.io.ScenarioReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Scenarios for the risk tests: the worked example and the sample scenarios, read as users read them. */
final class RiskFixtures {
    private RiskFixtures() {
    }

    static Scenario workedExample() {
        try (InputStream in = RiskFixtures.class.getResourceAsStream("/com/computetco/engine/worked-example.json")) {
            return valid(new ScenarioReader().read(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> sampleScenarioFiles() {
        try (Stream<Path> files = Files.list(Path.of("sample-quotes"))) {
            return files.filter(p -> p.toString().endsWith(".scenario.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Scenario read(Path file) {
        return valid(new ScenarioReader().read(file));
    }

    private static Scenario valid(ReadResult<Scenario> read) {
        assertTrue(read.isValid(), () -> read.problems().toString());
        return read.value();
    }

    /**
     * Every range collapsed onto the deterministic value: lead times min = likely = max, the electricity range onto
     * the price, the rent-change range onto {@code rentChange}, retraining ranges onto the months.
     */
    static Scenario collapsed(Scenario s, BigDecimal rentChange) {
        List<Option> options = new ArrayList<>();
        for (Option o : s.options()) {
            // The deterministic evaluation never applies a supply risk: collapsed, it never slips.
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

    static Scenario withUncertainty(Scenario s, Uncertainty u) {
        return s.withUncertainty(u);
    }
}
