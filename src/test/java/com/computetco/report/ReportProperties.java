package com.computetco.report;

import com.computetco.domain.Electricity;
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
import com.computetco.engine.TcoEngine;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Over generated valid scenarios (the generator of engine.EngineProperties, with foreign-currency quotes added so
 * that the exchange-rate formulas are exercised), the recomputed workbook gives the engine's figures. Seconds a try,
 * so it runs in the slow tier (mvn verify).
 */
@Tag("slow")
class ReportProperties {
    private final TcoEngine engine = new TcoEngine();

    @Property(tries = 15)
    void theRecomputedWorkbookGivesTheEnginesFigures(@ForAll("scenarios") Scenario scenario) throws IOException {
        try (RecomputedReport report = RecomputedReport.recomputed(scenario)) {
            report.assertMatches(engine.evaluate(scenario), 1e-9);
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<List<Option>> builds = buildOption().list().ofMinSize(0).ofMaxSize(4);
        Arbitrary<List<Option>> rents = rentOption().list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<Electricity> power = Combinators.combine(decimal(0, 2, 3), decimal(1, 3, 2), decimal(0, 100, 0),
                decimal(0, 100, 0)).as(Electricity::new);
        Arbitrary<Staff> staff = Combinators.combine(Arbitraries.integers().between(0, 50), decimal(0, 100000, 0))
                .as(Staff::new);
        return Combinators.combine(Arbitraries.integers().between(1, 240), decimal(0, 30, 1), decimal(0.5, 500, 1),
                power, staff, decimal(0, 2000, 0), Arbitraries.of(true, false), builds)
                .flatAs((horizon, rate, demand, electricity, people, colocation, bridge, buildList) -> rents.map(
                        rentList -> {
                            List<Option> renamed = new ArrayList<>();
                            for (int i = 0; i < buildList.size(); i++) {
                                renamed.add(rename(buildList.get(i), "build-" + i));
                            }
                            for (int i = 0; i < rentList.size(); i++) {
                                renamed.add(rename(rentList.get(i), "rent-" + i));
                            }
                            return new Scenario(1, "generated", "CNY", Map.of("USD", new BigDecimal("7.15")),
                                    horizon, rate, demand, electricity, people, colocation, bridge, "rent-0", renamed,
                                    null);
                        }));
    }

    private static Option rename(Option o, String id) {
        return new Option(id, id, o.type(), o.quote(), o.efficiencyPct(), o.operationsFte(), o.residualValuePct(),
                o.supplierDefaultPct(), o.retraining());
    }

    private Arbitrary<Option> buildOption() {
        Arbitrary<Triangular> lead = Combinators.combine(decimal(0, 6, 1), decimal(0, 12, 1), decimal(0, 12, 1))
                .as((a, b, c) -> sorted(a, b, c));
        Arbitrary<ServerQuote> quote = Combinators.combine(decimal(0.5, 20, 2), Arbitraries.of(PflopsBasis.class),
                decimal(100000, 5000000, 0), decimal(1, 15, 1), lead, decimal(0, 100, 0), decimal(0, 30, 0),
                Arbitraries.integers().between(0, 60))
                .as((peak, basis, price, kw, leadTime, prepay, network, warranty) -> new ServerQuote("V", "M", null, 8,
                        peak, basis, new Money(price, "CNY"), kw, leadTime, new BigDecimal("0.5"), prepay, network,
                        new Money(new BigDecimal("10000"), "USD"), warranty, new BigDecimal("8"), false, null, null,
                        null));
        return Combinators.combine(quote, decimal(30, 200, 0), decimal(0, 5, 1), decimal(0, 100, 0),
                decimal(0, 100, 0), decimal(0, 24, 1))
                .as((q, eff, fte, residual, fault, months) -> new Option("b", "b", OptionType.BUILD, q, eff, fte,
                        residual, fault, new Retraining(months, new BigDecimal("50"), null)));
    }

    private Arbitrary<Option> rentOption() {
        Arbitrary<RentalQuote> quote = Combinators.combine(decimal(0, 400000, 0), Arbitraries.of(PflopsBasis.class),
                decimal(-100, 100, 0), decimal(0, 1000, 0), decimal(0, 3, 1), decimal(0, 100000, 0),
                decimal(0, 100, 0), Arbitraries.of("CNY", "USD"))
                .as((price, basis, change, minimum, lead, fee, voucher, currency) -> new RentalQuote("L", null,
                        new Money(price, currency), basis, change, minimum, Triangular.of("0", lead.toPlainString(),
                        lead.add(BigDecimal.ONE).toPlainString()), new Money(fee, "CNY"), voucher, null, null, null));
        return Combinators.combine(quote, decimal(30, 200, 0), decimal(0, 5, 1), decimal(0, 6, 1))
                .as((q, eff, fte, months) -> new Option("r", "r", OptionType.RENT, q, eff, fte, BigDecimal.ZERO,
                        BigDecimal.ZERO, new Retraining(months, new BigDecimal("50"), null)));
    }

    private static Triangular sorted(BigDecimal a, BigDecimal b, BigDecimal c) {
        List<BigDecimal> values = new ArrayList<>(List.of(a, b, c));
        values.sort(BigDecimal::compareTo);
        return new Triangular(values.get(0), values.get(1), values.get(2));
    }

    private static Arbitrary<BigDecimal> decimal(double min, double max, int scale) {
        return Arbitraries.bigDecimals().between(BigDecimal.valueOf(min), BigDecimal.valueOf(max)).ofScale(scale);
    }
}
