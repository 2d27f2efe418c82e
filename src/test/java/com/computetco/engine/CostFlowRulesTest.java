package com.computetco.engine;

import static com.computetco.testing.Scenarios.bd;
import static com.computetco.testing.Scenarios.build;
import static com.computetco.testing.Scenarios.cny;
import static com.computetco.testing.Scenarios.rent;
import static com.computetco.testing.Scenarios.rental;
import static com.computetco.testing.Scenarios.retraining;
import static com.computetco.testing.Scenarios.scenario;
import static com.computetco.testing.Scenarios.server;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.computetco.domain.Option;
import com.computetco.domain.OptionType;
import com.computetco.domain.PflopsBasis;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.ServerQuote;
import com.computetco.domain.Triangular;
import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** One small hand-checked case per rule of methodology sections 3 to 5. */
class CostFlowRulesTest {
    private static final double EPS = 1e-9;
    private final TcoEngine engine = new TcoEngine();

    private static ServerQuote serverWithLead(double likely) {
        return server().withLeadTimeMonths(Triangular.of("0", Double.toString(likely), Double.toString(likely + 1)));
    }

    private static double[] series(OptionResult r, CostComponent c) {
        double[] s = new double[r.horizon()];
        for (int m = 0; m < s.length; m++) {
            s[m] = r.componentMonthly(c, m);
        }
        return s;
    }

    @Test
    void serversAreTheDemandOverEffectivePeakRoundedUp() {
        Option box = build("box", server()).withEfficiencyPct(bd(80));
        var result = engine.evaluate(scenario().demand(2).option(box).option(rent("lease", rental())).build());
        // 2 / (1 × 0.8) = 2.5 -> 3 servers
        assertEquals(3L, result.option("box").orElseThrow().servers());
    }

    @Test
    void anExactMultipleIsNotRoundedUpByFloatingPointDust() {
        // 0.3 / 0.1 is 2.9999999999999996 in doubles; 0.7 / 0.1 is 6.999999999999999; the ceiling keeps them
        ServerQuote tenth = new ServerQuote("V", "M", null, 8, bd(0.1), PflopsBasis.DENSE, cny(1), bd(1),
                Triangular.point(BigDecimal.ZERO), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, 0,
                BigDecimal.ZERO, false, null, null, null);
        var result = engine.evaluate(scenario().demand(0.7).option(build("box", tenth))
                .option(rent("lease", rental())).build());
        assertEquals(7L, result.option("box").orElseThrow().servers());
    }

    @Test
    void sparsePeakCountsHalf() {
        ServerQuote sparse = new ServerQuote("V", "M", null, 8, bd(2), PflopsBasis.SPARSE, cny(1200), bd(1),
                Triangular.point(BigDecimal.ZERO), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, 0,
                BigDecimal.ZERO, false, null, null, null);
        var result = engine.evaluate(scenario().demand(3).option(build("box", sparse))
                .option(rent("lease", rental())).build());
        assertEquals(3L, result.option("box").orElseThrow().servers());
    }

    @Test
    void sparseRentalPriceIsDoubledPerDensePflops() {
        RentalQuote sparse = new RentalQuote("L", null, cny(600), PflopsBasis.SPARSE, BigDecimal.ZERO,
                BigDecimal.ZERO, null, null, BigDecimal.ZERO, null, null, null);
        var result = engine.evaluate(scenario().demand(2).horizon(12).option(rent("lease", sparse)).build());
        // 600 per sparse P-year = 1,200 per dense P-year = 100 a month per P, for 2 P over 12 months
        assertEquals(2400, result.baseline().componentTotal(CostComponent.RENTAL), EPS);
    }

    @Test
    void hardwareIsSplitBetweenPrepaymentAndDeliveryWithExpectedDefaultLoss() {
        ServerQuote q = new ServerQuote("V", "M", null, 8, bd(1), PflopsBasis.DENSE, cny(1200), bd(1),
                Triangular.of("1", "2", "3"), BigDecimal.ZERO, bd(30), bd(10), cny(100), 0, BigDecimal.ZERO, false,
                null, null, null);
        Option box = new Option("box", "box", OptionType.BUILD, q, bd(100), BigDecimal.ZERO, BigDecimal.ZERO, bd(10),
                null);
        var r = engine.evaluate(scenario().demand(2).option(box).option(rent("lease", rental())).build())
                .option("box").orElseThrow();
        // K = 2 × 1,200 × 1.10 + 100 = 2,740
        assertEquals(822, r.componentMonthly(CostComponent.HARDWARE, 0), EPS);
        assertEquals(1918, r.componentMonthly(CostComponent.HARDWARE, 2), EPS);
        assertEquals(2740, r.componentTotal(CostComponent.HARDWARE), EPS);
        assertEquals(82.2, r.componentMonthly(CostComponent.PREPAYMENT_RISK, 0), EPS);
    }

    @Test
    void inServiceMonthAddsInstallationToTheLikelyLeadTime() {
        ServerQuote q = new ServerQuote("V", "M", null, 8, bd(1), PflopsBasis.DENSE, cny(1200), bd(1),
                Triangular.of("1", "2.2", "3"), bd(0.8), BigDecimal.ZERO, BigDecimal.ZERO, null, 0,
                BigDecimal.ZERO, false, null, null, null);
        var r = engine.evaluate(scenario().option(build("box", q)).option(rent("lease", rental())).build());
        // 2.2 + 0.8 = 3.0000000000000004 in doubles: still month 3
        assertEquals(3, r.option("box").orElseThrow().inServiceMonth());
    }

    @Test
    void bridgeRentsTheDemandFromTheBaselineUntilDelivery() {
        Option lease = rent("lease", rental()).withEfficiencyPct(bd(50));
        var r = engine.evaluate(scenario().demand(2).option(build("box", serverWithLead(3))).option(lease).build())
                .option("box").orElseThrow();
        // D / e_base = 4 P at 100 a month for months 0, 1, 2
        assertArrayEquals(new double[] {400, 400, 400, 0, 0, 0, 0, 0, 0, 0, 0, 0},
                series(r, CostComponent.BRIDGE_RENTAL), EPS);
        assertEquals(0, r.capacityGapMonths());
    }

    @Test
    void bridgePriceMovesWithTheBaselineAnnualChangeAndVoucher() {
        RentalQuote q = new RentalQuote("L", null, cny(1200), PflopsBasis.DENSE, bd(10), BigDecimal.ZERO, null, null,
                bd(25), null, null, null);
        var r = engine.evaluate(scenario().horizon(16).option(build("box", serverWithLead(14)))
                .option(rent("lease", q)).build()).option("box").orElseThrow();
        assertEquals(75, r.componentMonthly(CostComponent.BRIDGE_RENTAL, 11), EPS);
        assertEquals(82.5, r.componentMonthly(CostComponent.BRIDGE_RENTAL, 12), EPS);
        assertEquals(82.5, r.componentMonthly(CostComponent.BRIDGE_RENTAL, 13), EPS);
        assertEquals(0, r.componentMonthly(CostComponent.BRIDGE_RENTAL, 14), EPS);
    }

    @Test
    void withoutBridgingTheWaitIsACapacityGap() {
        var r = engine.evaluate(scenario().bridge(false).option(build("box", serverWithLead(3)))
                .option(rent("lease", rental())).build()).option("box").orElseThrow();
        assertEquals(0, r.componentTotal(CostComponent.BRIDGE_RENTAL), EPS);
        assertEquals(3, r.capacityGapMonths());
    }

    @Test
    void powerIsRatedKwTimesLoadPueHoursPriceLessSubsidy() {
        var r = engine.evaluate(scenario().demand(2).power(0.5, 1.5, 50, 20).option(build("box", server()))
                .option(rent("lease", rental())).build()).option("box").orElseThrow();
        // 2 kW × 0.5 × 1.5 × 730 h × 0.5 × 0.8
        assertEquals(438, r.componentMonthly(CostComponent.POWER, 0), EPS);
        assertEquals(438 * 12, r.componentTotal(CostComponent.POWER), EPS);
    }

    @Test
    void colocationIsChargedPerRatedKwFromTheInServiceMonth() {
        var r = engine.evaluate(scenario().demand(2).colocation(100).option(build("box", serverWithLead(4)))
                .option(rent("lease", rental())).build()).option("box").orElseThrow();
        assertEquals(0, r.componentMonthly(CostComponent.COLOCATION, 3), EPS);
        assertEquals(200, r.componentMonthly(CostComponent.COLOCATION, 4), EPS);
        assertEquals(200 * 8, r.componentTotal(CostComponent.COLOCATION), EPS);
    }

    @Test
    void supportStartsWhenTheWarrantyEnds() {
        ServerQuote q = new ServerQuote("V", "M", null, 8, bd(1), PflopsBasis.DENSE, cny(1200), bd(1),
                Triangular.of("0", "1", "2"), BigDecimal.ZERO, BigDecimal.ZERO, bd(50), null, 6, bd(12), false, null,
                null, null);
        var r = engine.evaluate(scenario().option(build("box", q)).option(rent("lease", rental())).build())
                .option("box").orElseThrow();
        // 12 %/yr of hardware (1,200, networking excluded) = 12 a month, months 1 + 6 = 7 .. 11
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0, 0, 12, 12, 12, 12, 12}, series(r, CostComponent.SUPPORT),
                EPS);
    }

    @Test
    void operationsStaffAreChargedWhileInService() {
        Option box = new Option("box", "box", OptionType.BUILD, serverWithLead(10), bd(100), bd(1.5),
                BigDecimal.ZERO, BigDecimal.ZERO, null);
        var r = engine.evaluate(scenario().staff(0, 1000).option(box).option(rent("lease", rental())).build())
                .option("box").orElseThrow();
        assertEquals(3000, r.componentTotal(CostComponent.OPERATIONS), EPS);
    }

    @Test
    void fractionalRetrainingChargesFullMonthsThenTheFraction() {
        Option box = build("box", serverWithLead(1)).withRetraining(retraining(2.5, 50));
        var r = engine.evaluate(scenario().staff(2, 1000).option(box).option(rent("lease", rental())).build())
                .option("box").orElseThrow();
        assertArrayEquals(new double[] {0, 1000, 1000, 500, 0, 0, 0, 0, 0, 0, 0, 0},
                series(r, CostComponent.RETRAINING), EPS);
    }

    @Test
    void retrainingStopsAtTheHorizon() {
        Option box = build("box", serverWithLead(10)).withRetraining(retraining(6, 100));
        var r = engine.evaluate(scenario().staff(1, 1000).option(box).option(rent("lease", rental())).build())
                .option("box").orElseThrow();
        assertEquals(2000, r.componentTotal(CostComponent.RETRAINING), EPS);
    }

    @Test
    void residualValueIsANegativeCostInTheLastMonth() {
        Option box = build("box", server()).withResidualValuePct(bd(25));
        var r = engine.evaluate(scenario().option(box).option(rent("lease", rental())).build())
                .option("box").orElseThrow();
        assertEquals(-300, r.componentMonthly(CostComponent.RESIDUAL_VALUE, 11), EPS);
        assertEquals(-300, r.componentTotal(CostComponent.RESIDUAL_VALUE), EPS);
    }

    @Test
    void anOptionNeverInServiceCarriesOnlyMonthZeroItemsAndTheBridge() {
        ServerQuote q = new ServerQuote("V", "M", null, 8, bd(1), PflopsBasis.DENSE, cny(1200), bd(1),
                Triangular.of("10", "20", "30"), BigDecimal.ZERO, bd(50), BigDecimal.ZERO, null, 0, bd(12), false,
                null, null, null);
        Option box = build("box", q).withResidualValuePct(bd(25)).withRetraining(retraining(2, 50));
        var r = engine.evaluate(scenario().staff(1, 1000).power(1, 1, 100, 0).option(box)
                .option(rent("lease", rental())).build()).option("box").orElseThrow();
        assertEquals(20, r.inServiceMonth());
        assertEquals(600, r.componentTotal(CostComponent.HARDWARE), EPS);
        assertEquals(1200, r.componentTotal(CostComponent.BRIDGE_RENTAL), EPS);
        assertEquals(0, r.componentTotal(CostComponent.POWER), EPS);
        assertEquals(0, r.componentTotal(CostComponent.RETRAINING), EPS);
        assertEquals(0, r.componentTotal(CostComponent.RESIDUAL_VALUE), EPS);
        assertEquals(1800, r.totalCost(), EPS);
    }

    @Test
    void rentPaysTheMinimumContractWhenDemandIsSmaller() {
        RentalQuote q = new RentalQuote("L", null, cny(1200), PflopsBasis.DENSE, BigDecimal.ZERO, bd(5), null, null,
                BigDecimal.ZERO, null, null, null);
        var r = engine.evaluate(scenario().demand(2).option(rent("lease", q)).build()).baseline();
        assertEquals(5.0, r.rentedPflops(), EPS);
        assertEquals(500, r.monthly(0), EPS);
        assertNull(r.servers());
    }

    @Test
    void voucherTakesItsShareOffTheRent() {
        RentalQuote q = new RentalQuote("L", null, cny(1200), PflopsBasis.DENSE, BigDecimal.ZERO, BigDecimal.ZERO,
                null, null, bd(25), null, null, null);
        var r = engine.evaluate(scenario().option(rent("lease", q)).build()).baseline();
        assertEquals(75 * 12, r.componentTotal(CostComponent.RENTAL), EPS);
    }

    @Test
    void rentPriceChangesAtEachAnniversaryOfServiceStart() {
        RentalQuote q = new RentalQuote("L", null, cny(1200), PflopsBasis.DENSE, bd(10), BigDecimal.ZERO,
                Triangular.of("1", "1.5", "2"), cny(50), BigDecimal.ZERO, null, null, null);
        var r = engine.evaluate(scenario().horizon(30).option(rent("lease", q)).build()).baseline();
        double[] rental = series(r, CostComponent.RENTAL);
        double[] expected = new double[30];
        Arrays.fill(expected, 2, 14, 100);
        Arrays.fill(expected, 14, 26, 110);
        Arrays.fill(expected, 26, 30, 121);
        assertArrayEquals(expected, rental, 1e-9);
        assertEquals(2, r.inServiceMonth());
        assertEquals(2, r.capacityGapMonths());
        assertEquals(50, r.componentMonthly(CostComponent.SETUP, 0), EPS);
    }

    @Test
    void minusOneHundredPercentMakesTheRentFreeFromTheSecondContractYear() {
        RentalQuote q = new RentalQuote("L", null, cny(1200), PflopsBasis.DENSE, bd(-100), BigDecimal.ZERO, null,
                null, BigDecimal.ZERO, null, null, null);
        var r = engine.evaluate(scenario().horizon(24).option(rent("lease", q)).build()).baseline();
        assertEquals(1200, r.totalCost(), EPS);
    }

    @Test
    void costPerPflopsYearIsPerYearOfDemandNotOfCapacity() {
        RentalQuote q = new RentalQuote("L", null, cny(1200), PflopsBasis.DENSE, BigDecimal.ZERO, bd(4), null, null,
                BigDecimal.ZERO, null, null, null);
        var r = engine.evaluate(scenario().demand(2).horizon(24).option(rent("lease", q)).build()).baseline();
        // pays for 4 P, delivers the 2 P demanded: 9,600 over 2 P × 2 years
        assertEquals(2400, r.costPerPflopsYear(), EPS);
    }

    @Test
    void presentValueDiscountsEachMonthFromItsStart() {
        // 12.682503013196977 % a year is exactly 1 % a month
        double annual = (Math.pow(1.01, 12) - 1) * 100;
        var r = engine.evaluate(scenario().discountPct(annual).horizon(3).option(rent("lease", rental())).build())
                .baseline();
        assertEquals(100 + 100 / 1.01 + 100 / 1.0201, r.presentValue(), 1e-9);
    }
}
