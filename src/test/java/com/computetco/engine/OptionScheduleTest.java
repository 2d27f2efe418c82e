package com.computetco.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.testing.Scenarios;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The window's per-option schedule gives exactly the engine's flows, split the way the schedule view shows them. */
class OptionScheduleTest {
    private static final double EPS = 1e-6;

    private static Scenario load(String name) {
        return Scenarios.read(Scenarios.resource(name));
    }

    @Test
    void theAfterTaxFlowAndItsPartsAreTheEvaluations() throws IOException {
        Scenario scenario = load("worked-example-v2.json");
        Evaluation evaluation = new TcoEngine().evaluate(scenario);
        for (OptionResult result : evaluation.options()) {
            OptionSchedule schedule = OptionSchedule.of(scenario, result.id()).orElseThrow();
            AfterTaxResult after = result.afterTax().orElseThrow();
            assertArrayEquals(result.monthly(), schedule.preTax(), EPS, result.id());
            assertArrayEquals(after.monthly(), schedule.afterTax(), EPS, result.id());
            assertEquals(after.vat(), sum(schedule.vatPaid()) + sum(schedule.vatCredited()), EPS, result.id());
            assertEquals(after.incomeTax(), sum(schedule.incomeTax()), EPS, result.id());
            assertEquals(after.depreciation(), sum(schedule.depreciation()), EPS, result.id());
            double[] parts = new double[schedule.horizon()];
            for (int m = 0; m < parts.length; m++) {
                parts[m] = schedule.hardware()[m] + schedule.loan()[m] + schedule.otherCosts()[m]
                        + schedule.vatPaid()[m] + schedule.vatCredited()[m] + schedule.incomeTax()[m];
            }
            assertArrayEquals(schedule.afterTax(), parts, EPS, result.id() + ": the columns add up to the flow");
        }
    }

    @Test
    void theInstalmentIsTheOneTheLoanPaysAndFollowsSectionElevensFormula() throws IOException {
        Scenario scenario = load("worked-example-v2.json");
        OptionResult loanOption = new TcoEngine().evaluate(scenario).option("h20-loan").orElseThrow();
        OptionSchedule schedule = OptionSchedule.of(scenario, "h20-loan").orElseThrow();
        int d = schedule.inServiceMonth();

        assertEquals(0.70 * schedule.capex(), schedule.financed(), EPS);
        assertEquals(-schedule.financed(), loanOption.componentMonthly(CostComponent.FINANCING, d), EPS);
        assertEquals(schedule.instalment(), loanOption.componentMonthly(CostComponent.FINANCING, d + 1), EPS);
        // By hand: r = 4.35 % / 12, N = 36, no balloon.
        double r = 0.0435 / 12;
        double expected = schedule.financed() * r / (1 - Math.pow(1 + r, -36));
        assertEquals(expected, schedule.instalment(), 1e-9 * expected);
        assertEquals(schedule.financed() * r, schedule.interest()[d + 1], 1e-9 * expected);
    }

    @Test
    void aZeroRateLoanWithABalloonRepaysEquallyWhatIsNotTheBalloon() {
        assertEquals((1200.0 - 200.0) / 10, Loan.instalment(1200, 0, 10, 200), 1e-12);
        assertEquals((1200.0 - 200.0) / 10, Loan.instalment(1200, 5e-7, 10, 200), 1e-12, "below 1e-6 counts as 0");
    }

    @Test
    void withoutATaxBlockTheAfterTaxColumnsAreEmpty() throws IOException {
        Scenario scenario = load("worked-example.json");
        String id = scenario.options().get(0).id();
        OptionSchedule schedule = OptionSchedule.of(scenario, id).orElseThrow();
        assertFalse(schedule.hasTax());
        assertEquals(0, Arrays.stream(schedule.vatPaid()).map(Math::abs).sum());
        assertArrayEquals(schedule.preTax(), schedule.afterTax());
        assertTrue(OptionSchedule.of(scenario, "no-such-option").isEmpty());
    }

    private static double sum(double[] values) {
        return Arrays.stream(values).sum();
    }
}
