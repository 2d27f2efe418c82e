package com.computetco.engine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Money;
import com.computetco.domain.Option;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.Retraining;
import com.computetco.domain.Scenario;
import com.computetco.domain.ServerQuote;
import com.computetco.domain.Triangular;
import com.computetco.engine.Evaluation;
import com.computetco.engine.TcoEngine;
import com.computetco.testing.Scenarios;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TornadoTest {
    private static final Scenario WORKED = Scenarios.workedExample();
    private final TcoEngine engine = new TcoEngine();

    private static BigDecimal bd(double v) {
        return new BigDecimal(Double.toString(v));
    }

    /** Option − baseline by TcoEngine on a scenario modified here, independently of ScenarioInputs. */
    private double difference(Scenario s, String option) {
        Evaluation e = engine.evaluate(s);
        return e.option(option).orElseThrow().totalCost() - e.baseline().totalCost();
    }

    private static Scenario withOption(Scenario s, String id, UnaryOperator<Option> change) {
        List<Option> options = new ArrayList<>();
        for (Option o : s.options()) {
            options.add(o.id().equals(id) ? change.apply(o) : o);
        }
        return s.withOptions(options);
    }

    private static Scenario withRentChange(Scenario s, double pct) {
        List<Option> options = new ArrayList<>();
        for (Option o : s.options()) {
            options.add(o.quote() instanceof RentalQuote r ? o.withQuote(r.withAnnualPriceChangePct(bd(pct))) : o);
        }
        return s.withOptions(options);
    }

    private static Scenario withLikelyLeadTime(Scenario s, String id, double likely) {
        return withOption(s, id, o -> {
            ServerQuote q = (ServerQuote) o.quote();
            Triangular t = q.leadTimeMonths();
            return o.withQuote(q.withLeadTimeMonths(new Triangular(t.min().min(bd(likely)), bd(likely),
                    t.max().max(bd(likely)))));
        });
    }

    /** The worked example's scenario at each input's low and high value, built by hand. */
    private Map<Input, Scenario[]> handModified(String id) {
        Option o = WORKED.option(id).orElseThrow();
        ServerQuote q = (ServerQuote) o.quote();
        Option lease = WORKED.option("rent-h800").orElseThrow();
        RentalQuote lq = (RentalQuote) lease.quote();
        Map<Input, Scenario[]> map = new java.util.EnumMap<>(Input.class);
        double price = q.unitPrice().amount().doubleValue();
        map.put(Input.UNIT_PRICE, new Scenario[] {
            withOption(WORKED, id, x -> x.withQuote(q.withUnitPrice(new Money(bd(price * 0.8), "CNY")))),
            withOption(WORKED, id, x -> x.withQuote(q.withUnitPrice(new Money(bd(price * 1.2), "CNY"))))});
        map.put(Input.ELECTRICITY_PRICE, new Scenario[] {
            WORKED.withElectricity(WORKED.electricity().withPricePerKwh(bd(0.35))),
            WORKED.withElectricity(WORKED.electricity().withPricePerKwh(bd(0.8)))});
        map.put(Input.PUE, new Scenario[] {
            WORKED.withElectricity(WORKED.electricity().withPue(bd(1.3 * 0.8))),
            WORKED.withElectricity(WORKED.electricity().withPue(bd(1.3 * 1.2)))});
        map.put(Input.RENT_PRICE, new Scenario[] {
            withOption(WORKED, "rent-h800", x -> x.withQuote(lq.withPricePerPflopsYear(Money.of("144000", "CNY")))),
            withOption(WORKED, "rent-h800", x -> x.withQuote(lq.withPricePerPflopsYear(Money.of("216000", "CNY"))))});
        map.put(Input.RENT_ANNUAL_CHANGE, new Scenario[] {withRentChange(WORKED, -25), withRentChange(WORKED, 5)});
        map.put(Input.LEAD_TIME, new Scenario[] {
            withLikelyLeadTime(WORKED, id, q.leadTimeMonths().min().doubleValue()),
            withLikelyLeadTime(WORKED, id, q.leadTimeMonths().max().doubleValue())});
        double eff = o.efficiencyPct().doubleValue();
        map.put(Input.EFFICIENCY, new Scenario[] {
            withOption(WORKED, id, x -> x.withEfficiencyPct(bd(eff * 0.8))),
            withOption(WORKED, id, x -> x.withEfficiencyPct(bd(Math.min(200, eff * 1.2))))});
        double residual = o.residualValuePct().doubleValue();
        map.put(Input.RESIDUAL_VALUE, new Scenario[] {
            withOption(WORKED, id, x -> x.withResidualValuePct(bd(residual * 0.8))),
            withOption(WORKED, id, x -> x.withResidualValuePct(bd(residual * 1.2)))});
        map.put(Input.DEMAND, new Scenario[] {WORKED.withDemandPflops(bd(64 * 0.8)),
            WORKED.withDemandPflops(bd(64 * 1.2))});
        map.put(Input.DISCOUNT_RATE, new Scenario[] {WORKED.withDiscountRatePct(bd(8 * 0.8)),
            WORKED.withDiscountRatePct(bd(8 * 1.2))});
        Retraining r = o.retraining();
        if (r != null) {
            map.put(Input.RETRAINING_MONTHS, new Scenario[] {
                withOption(WORKED, id, x -> x.withRetraining(new Retraining(r.monthsRange().min(),
                        r.productivityLossPct(), r.monthsRange()))),
                withOption(WORKED, id, x -> x.withRetraining(new Retraining(r.monthsRange().max(),
                        r.productivityLossPct(), r.monthsRange())))});
        }
        return map;
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"nvidia-h100", "ascend-910b"})
    void barsEqualReEvaluationsOfTheEngineAtTheLowAndHighValues(String id) {
        TornadoResult result = Tornado.compute(WORKED, id, Measure.TOTAL_COST);
        double base = difference(WORKED, id);
        assertEquals(base, result.difference(), 0.0);
        Map<Input, Scenario[]> expected = handModified(id);
        for (TornadoBar bar : result.bars()) {
            Scenario[] pair = expected.get(bar.input());
            assertTrue(pair != null, "unexpected bar " + bar.input());
            double low = difference(pair[0], id);
            double high = difference(pair[1], id);
            double scale = 1e-9 * 1e8;
            assertEquals(low, bar.differenceAtLow(), scale, bar.input() + " low");
            assertEquals(high, bar.differenceAtHigh(), scale, bar.input() + " high");
            assertEquals(low - base, bar.effectLow(), scale, bar.input().key());
            assertEquals(high - base, bar.effectHigh(), scale, bar.input().key());
            assertEquals((low < 0) != (base < 0) || (high < 0) != (base < 0), bar.flips(), bar.input().key());
        }
        // The Ascend's lead time (2, 2, 3) moves only up; the H100 has no retraining plan.
        assertEquals(id.equals("ascend-910b"), result.bars().stream()
                .anyMatch(b -> b.input() == Input.RETRAINING_MONTHS));
    }

    @Test
    void barsAreSortedByTheirLargerEffect() {
        List<TornadoBar> bars = Tornado.compute(WORKED, "nvidia-h100", Measure.TOTAL_COST).bars();
        for (int i = 1; i < bars.size(); i++) {
            assertTrue(bars.get(i - 1).size() >= bars.get(i).size(), bars.get(i).input().key());
        }
        assertEquals(Input.RENT_ANNUAL_CHANGE, bars.get(0).input());
    }

    @Test
    void theRentChangeFlipsTheDecisionBetweenTheH100AndLeasing() {
        TornadoResult result = Tornado.compute(WORKED, "nvidia-h100", Measure.TOTAL_COST);
        assertTrue(result.difference() < 0);
        TornadoBar change = result.bars().stream().filter(b -> b.input() == Input.RENT_ANNUAL_CHANGE).findFirst()
                .orElseThrow();
        assertTrue(change.flips());
        assertTrue(change.rangeGiven());
        assertTrue(change.differenceAtLow() > 0);
    }

    @Test
    void theDiscountRateMovesOnlyThePresentValue() {
        TornadoBar total = bar(Tornado.compute(WORKED, "nvidia-h100", Measure.TOTAL_COST), Input.DISCOUNT_RATE);
        assertEquals(0.0, total.size(), 0.0);
        TornadoResult pv = Tornado.compute(WORKED, "nvidia-h100", Measure.PRESENT_VALUE);
        Evaluation e = engine.evaluate(WORKED);
        assertEquals(e.option("nvidia-h100").orElseThrow().presentValue() - e.baseline().presentValue(),
                pv.difference(), 1e-6);
        Evaluation low = engine.evaluate(WORKED.withDiscountRatePct(bd(6.4)));
        assertEquals(low.option("nvidia-h100").orElseThrow().presentValue() - low.baseline().presentValue(),
                bar(pv, Input.DISCOUNT_RATE).differenceAtLow(), 1e-6);
    }

    private static TornadoBar bar(TornadoResult r, Input input) {
        return r.bars().stream().filter(b -> b.input() == input).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("sampleScenarios")
    void inputsThatDoNotApplyAreSkipped(Path file) {
        Scenario s = Scenarios.read(file);
        for (Option o : s.options()) {
            if (o.id().equals(s.baselineOptionId())) {
                continue;
            }
            TornadoResult r = Tornado.compute(s, o.id(), Measure.TOTAL_COST);
            for (TornadoBar b : r.bars()) {
                assertTrue(b.high() > b.low(), b.input().key());
                if (!o.isBuild()) {
                    assertFalse(List.of(Input.UNIT_PRICE, Input.ELECTRICITY_PRICE, Input.PUE, Input.RESIDUAL_VALUE)
                            .contains(b.input()), o.id() + " " + b.input());
                } else {
                    assertFalse(b.input() == Input.OPTION_RENT_PRICE, o.id());
                }
            }
        }
    }

    static List<Path> sampleScenarios() {
        return Scenarios.sampleScenarioFiles();
    }

    @Test
    void theBaselineHasNoTornado() {
        assertThrows(IllegalArgumentException.class, () -> Tornado.compute(WORKED, "rent-h800",
                Measure.TOTAL_COST));
        assertThrows(IllegalArgumentException.class, () -> Tornado.compute(WORKED, "nope", Measure.TOTAL_COST));
    }
}
