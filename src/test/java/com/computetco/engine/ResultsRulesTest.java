package com.computetco.engine;

import static com.computetco.testing.Scenarios.bd;
import static com.computetco.testing.Scenarios.build;
import static com.computetco.testing.Scenarios.cny;
import static com.computetco.testing.Scenarios.rent;
import static com.computetco.testing.Scenarios.rental;
import static com.computetco.testing.Scenarios.scenario;
import static com.computetco.testing.Scenarios.server;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Money;
import com.computetco.domain.PflopsBasis;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.Scenario;
import com.computetco.domain.ServerQuote;
import com.computetco.domain.Triangular;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-checked cases for methodology section 6: payback, discounted payback, IRR and break-even. */
class ResultsRulesTest {
    private final TcoEngine engine = new TcoEngine();

    private static ServerQuote priced(double price) {
        return server().withUnitPrice(cny(price));
    }

    private OptionResult boxAgainstLease(ServerQuote box, int horizon) {
        return engine.evaluate(scenario().horizon(horizon).option(build("box", box)).option(rent("lease", rental()))
                .build()).option("box").orElseThrow();
    }

    @Test
    void aBuildNeverInServiceIsNotTheCheapestHoweverLittleItCosts() {
        // Without bridging, a box that arrives after the horizon costs only its month-0 prepayment (0 here).
        ServerQuote late = priced(650).withLeadTimeMonths(Triangular.point(bd(20)));
        Evaluation e = engine.evaluate(scenario().horizon(12).bridge(false).option(build("late-box", late))
                .option(rent("lease", rental())).build());
        assertTrue(e.option("late-box").orElseThrow().totalCost() < e.option("lease").orElseThrow().totalCost());
        assertFalse(e.inService(e.option("late-box").orElseThrow()));
        assertEquals("lease", e.cheapest().id());
    }

    @Test
    void paybackIsInterpolatedWithinTheCrossingMonth() {
        // build pays 650 in month 0, lease 100 a month: S = -550, -450, ..., -50 (month 5), +50 (month 6)
        OptionResult r = boxAgainstLease(priced(650), 12);
        assertEquals(6.5, r.paybackMonths(), 1e-12);
    }

    @Test
    void paybackLandsOnTheMonthEndWhenSavingsReachExactlyZero() {
        // S(5) = 0 exactly: payback at the end of month 5, time 6
        assertEquals(6.0, boxAgainstLease(priced(600), 12).paybackMonths(), 1e-12);
    }

    @Test
    void paybackIsZeroWhenSavingsAreNeverNegative() {
        OptionResult r = boxAgainstLease(priced(50), 12);
        assertEquals(0.0, r.paybackMonths());
        assertEquals(0.0, r.discountedPaybackMonths());
    }

    @Test
    void paybackIsNullWhenTheHorizonEndsBeforeTheCrossing() {
        OptionResult r = boxAgainstLease(priced(5000), 12);
        assertNull(r.paybackMonths());
        assertNull(r.discountedPaybackMonths());
        assertNull(r.irrPct());
    }

    @Test
    void discountedPaybackComesLaterThanPayback() {
        OptionResult r = engine.evaluate(scenario().discountPct(12).horizon(24).option(build("box", priced(650)))
                .option(rent("lease", rental())).build()).option("box").orElseThrow();
        assertNotNull(r.discountedPaybackMonths());
        assertEquals(6.5, r.paybackMonths(), 1e-12);
        assertEquals(true, r.discountedPaybackMonths() > 6.5);
    }

    @Test
    void irrIsTheAnnualisedRateThatZeroesTheNetPresentValue() {
        OptionResult r = boxAgainstLease(priced(650), 12);
        double monthly = Math.pow(1 + r.irrPct() / 100, 1.0 / 12) - 1;
        // net flows: -550 in month 0, then +100 for 11 months
        double npv = -550;
        for (int m = 1; m < 12; m++) {
            npv += 100 / Math.pow(1 + monthly, m);
        }
        assertEquals(0, npv, 1e-7);
        assertEquals(true, r.irrPct() > 0);
    }

    @Test
    void irrIsUndefinedForAnOptionIdenticalToTheBaseline() {
        Scenario s = scenario().option(rent("twin", rental())).option(rent("lease", rental())).build();
        OptionResult twin = engine.evaluate(s).option("twin").orElseThrow();
        assertEquals(0.0, twin.paybackMonths());
        assertNull(twin.irrPct());
    }

    @Test
    void irrIsUndefinedWhenSavingsNeverTurnNegative() {
        assertNull(boxAgainstLease(priced(50), 12).irrPct());
    }

    @Test
    void irrIsUndefinedAboveOneThousandPercentAMonth() {
        // -1 in month 0 then +100 a month: the monthly root is far above 10
        OptionResult r = boxAgainstLease(priced(101), 12);
        assertEquals(1.01, r.paybackMonths(), 1e-12);
        assertNull(r.irrPct());
    }

    @Test
    void baselineHasNoPaybackIrrOrBreakEven() {
        OptionResult lease = engine.evaluate(scenario().option(build("box", priced(650)))
                .option(rent("lease", rental())).build()).baseline();
        assertNull(lease.paybackMonths());
        assertNull(lease.discountedPaybackMonths());
        assertNull(lease.irrPct());
        assertNull(lease.breakEvenRentPricePerPflopsYear());
    }

    @Test
    void breakEvenPriceTiesTheTotalsWhenPutBack() {
        ServerQuote box = priced(1500).withLeadTimeMonths(Triangular.of("1", "2", "3"));
        Scenario s = scenario().horizon(24).option(build("box", box)).option(rent("lease", rental())).build();
        Double price = engine.evaluate(s).option("box").orElseThrow().breakEvenRentPricePerPflopsYear();
        // rest_O = 1,500; bridge 2 months; lease 24 months: 1,500 + 2p/12 = 24p/12 -> p = 818.18...
        assertEquals(1500 * 12 / 22.0, price, 1e-9);
        Scenario repriced = withBaselinePrice(s, price);
        Evaluation e = engine.evaluate(repriced);
        assertEquals(e.baseline().totalCost(), e.option("box").orElseThrow().totalCost(), 1e-6);
    }

    @Test
    void breakEvenUsesAReferencePriceWhenTheBaselineIsFree() {
        Scenario s = scenario().horizon(24).option(build("box", priced(1500)))
                .option(rent("lease", rental().withPricePerPflopsYear(cny(0)))).build();
        assertEquals(750, engine.evaluate(s).option("box").orElseThrow().breakEvenRentPricePerPflopsYear(), 1e-9);
    }

    @Test
    void breakEvenIsNullWhenTheDifferenceDoesNotDependOnThePrice() {
        // never in service and bridged for the whole horizon: the bridge equals the baseline's rental
        ServerQuote late = server().withLeadTimeMonths(Triangular.of("20", "20", "20"));
        Scenario s = scenario().horizon(12).option(build("box", late)).option(rent("lease", rental())).build();
        assertNull(engine.evaluate(s).option("box").orElseThrow().breakEvenRentPricePerPflopsYear());
    }

    @Test
    void breakEvenAtPriceZeroIsReportedAsPositiveZero() {
        // the build costs nothing, the lease costs p a year: they tie at p = 0
        Scenario s = scenario().bridge(false).option(build("box", priced(0))).option(rent("lease", rental()))
                .build();
        Double p = engine.evaluate(s).option("box").orElseThrow().breakEvenRentPricePerPflopsYear();
        assertEquals(Double.POSITIVE_INFINITY, 1.0 / p);
    }

    @Test
    void breakEvenIsNullWhenTheTieNeedsANegativePrice() {
        RentalQuote withFee = new RentalQuote("L", null, cny(1200), PflopsBasis.DENSE, BigDecimal.ZERO,
                BigDecimal.ZERO, null, new Money(bd(100), "CNY"), BigDecimal.ZERO, null, null, null);
        Scenario s = scenario().bridge(false).option(build("box", priced(0))).option(rent("lease", withFee)).build();
        // the lease's setup fee alone exceeds the free build: a tie would need p = -100
        assertNull(engine.evaluate(s).option("box").orElseThrow().breakEvenRentPricePerPflopsYear());
    }

    @Test
    void evaluationListsOptionsInScenarioOrder() {
        Evaluation e = engine.evaluate(scenario().option(build("box", priced(650))).option(rent("lease", rental()))
                .build());
        assertEquals(List.of("box", "lease"), e.options().stream().map(OptionResult::id).toList());
        assertEquals("box", e.cheapest().id());
    }

    static Scenario withBaselinePrice(Scenario s, double densePrice) {
        return s.withOptions(s.options().stream().map(o -> o.id().equals(s.baselineOptionId())
                ? o.withQuote(((RentalQuote) o.quote()).withPricePerPflopsYear(
                        new Money(new BigDecimal(densePrice), "CNY")))
                : o).toList());
    }
}
