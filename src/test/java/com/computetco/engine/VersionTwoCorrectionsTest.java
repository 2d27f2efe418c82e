package com.computetco.engine;

import static com.computetco.testing.Scenarios.rent;
import static com.computetco.testing.Scenarios.rental;
import static com.computetco.testing.Scenarios.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.computetco.domain.RentalQuote;
import com.computetco.domain.Scenario;
import com.computetco.domain.Triangular;
import org.junit.jupiter.api.Test;

/**
 * The three version-1 rules version 2 corrects (methodology preamble, sections 4, 6 and 7), each hand-checked. The
 * rent-change correction is in {@code risk.RentChangeDrawTest} and {@code risk.TornadoProperties}.
 */
class VersionTwoCorrectionsTest {
    private final TcoEngine engine = new TcoEngine();

    /** A lessor at 600 CNY per P-year (50 a month) that needs 3 months, against the baseline at 1,200 (100 a month). */
    private static Scenario laterCheaperLessor(boolean bridge) {
        RentalQuote later = rental().withPricePerPflopsYear(com.computetco.testing.Scenarios.cny(600))
                .withLeadTimeMonths(Triangular.of("0", "3", "3"));
        return scenario().horizon(12).bridge(bridge).option(rent("lease", rental())).option(rent("later", later))
                .build();
    }

    @Test
    void aRentOptionWithALeadTimeIsBridgedFromTheBaseline() {
        OptionResult later = engine.evaluate(laterCheaperLessor(true)).option("later").orElseThrow();
        // Months 0..2 at the baseline's 100 a month, then 9 months at 50: 300 + 450.
        for (int m = 0; m < 3; m++) {
            assertEquals(100.0, later.componentMonthly(CostComponent.BRIDGE_RENTAL, m), 1e-12, "month " + m);
        }
        assertEquals(0.0, later.componentMonthly(CostComponent.BRIDGE_RENTAL, 3));
        assertEquals(300.0, later.componentTotal(CostComponent.BRIDGE_RENTAL), 1e-9);
        assertEquals(750.0, later.totalCost(), 1e-9);
        assertEquals(0, later.capacityGapMonths(), "bridged: no gap");
    }

    @Test
    void arrivingLaterNoLongerLooksCheaperByItself() {
        // Version 1: the later lessor cost 450 and broke even at any lead time long enough; now the 3 months cost
        // the baseline's price, so it breaks even where 12 × 100 = 300 + 9 × 50 × p / 600, i.e. never (p < 0).
        OptionResult later = engine.evaluate(laterCheaperLessor(true)).option("later").orElseThrow();
        // The break-even rent: 750 - 1200 × p/1200 ... the baseline's total is 12 × p / 12 = p; the option's
        // 450 + 3 × p / 12: p = 450 + p / 4, p = 600.
        assertEquals(600.0, later.breakEvenRentPricePerPflopsYear(), 1e-9);
        assertEquals(600.0, later.breakEvenRentPriceAsQuoted(), 1e-9, "a net dense per-P-year quote");
    }

    @Test
    void withoutBridgingTheMonthsBeforeServiceAreACapacityGapAndTheBaselineHasItsOwn() {
        Evaluation e = engine.evaluate(laterCheaperLessor(false));
        OptionResult later = e.option("later").orElseThrow();
        assertEquals(0.0, later.componentTotal(CostComponent.BRIDGE_RENTAL));
        assertEquals(3, later.capacityGapMonths());
        assertEquals(0, e.baseline().capacityGapMonths(), "the baseline has no lead time here");
        assertEquals(0.0, e.baseline().componentTotal(CostComponent.BRIDGE_RENTAL), "the baseline is never bridged");
    }

    private static Payback.Savings savings(double... cumulative) {
        double[] baseline = new double[cumulative.length];
        double[] option = new double[cumulative.length];
        double previous = 0;
        for (int m = 0; m < cumulative.length; m++) {
            baseline[m] = 100;
            option[m] = 100 - (cumulative[m] - previous);
            previous = cumulative[m];
        }
        return Payback.Savings.of(baseline, option, null);
    }

    @Test
    void paybackIsTheMomentAfterWhichSavingsStayNonNegative() {
        // S = -10, +5, -3, +4, +6: version 1 reported the first crossing, 1 + 10/15; now after the last negative
        // month (2): 3 + 3 / (4 + 3).
        assertEquals(3 + 3.0 / 7.0, Payback.months(savings(-10, 5, -3, 4, 6)), 1e-12);
    }

    @Test
    void savingsThatTurnNegativeAgainAtTheEndHaveNoPayback() {
        // A loan drawn at acceptance or an immediate deduction can make S positive early; ending negative is no
        // payback (version 1 said 1.67 months).
        assertNull(Payback.months(savings(-10, 5, 8, -2)));
    }

    @Test
    void savingsThatCrossOnceGiveTheVersionOneFigure() {
        assertEquals(1 + 10.0 / 15.0, Payback.months(savings(-10, 5, 8, 9)), 1e-12);
        assertEquals(0.0, Payback.months(savings(0, 5, 8, 9)));
    }

    @Test
    void discountedPaybackFollowsTheSameRule() {
        double[] baseline = {100, 100, 100, 100, 100};
        double[] option = {110, 85, 108, 93, 98};
        double[] factors = {1, 0.5, 0.5, 0.5, 0.5};
        // Discounted S: -10, -2.5, -6.5, -3, -2 : never back.
        assertNull(Payback.months(Payback.Savings.of(baseline, option, factors)));
        double[] later = {110, 60, 108, 93, 98};
        // Discounted S: -10, +10, +6, +9.5, +10.5 : back within month 1 at 1 + 10 / 20.
        assertEquals(1.5, Payback.months(Payback.Savings.of(baseline, later, factors)), 1e-12);
    }
}
