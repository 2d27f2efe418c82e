package com.computetco.engine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Money;
import com.computetco.domain.Option;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.Scenario;
import com.computetco.domain.ServerQuote;
import com.computetco.engine.Evaluation;
import com.computetco.engine.OptionResult;
import com.computetco.engine.TcoEngine;
import com.computetco.engine.risk.BreakEvenAnswer.Direction;
import com.computetco.engine.risk.BreakEvenAnswer.Kind;
import com.computetco.testing.Scenarios;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BreakEvenAnalysisTest {
    private static final Scenario WORKED = Scenarios.workedExample();
    private final TcoEngine engine = new TcoEngine();

    static Stream<Path> scenarios() {
        return Scenarios.sampleScenarioFiles().stream();
    }

    private static List<Scenario> allScenarios() {
        List<Scenario> list = new ArrayList<>();
        list.add(WORKED);
        Scenarios.sampleScenarioFiles().forEach(p -> list.add(Scenarios.read(p)));
        return list;
    }

    private double[] totals(Scenario s, String id) {
        Evaluation e = engine.evaluate(s);
        return new double[] {e.option(id).orElseThrow().totalCost(), e.baseline().totalCost()};
    }

    /** The totals a break-even on the input ties: after tax for a tax input, which moves nothing else. */
    private double[] totals(Scenario s, String id, Input input) {
        if (!input.afterTax()) {
            return totals(s, id);
        }
        Evaluation e = engine.evaluate(s);
        return new double[] {e.option(id).orElseThrow().afterTax().orElseThrow().totalCost(),
            e.baseline().afterTax().orElseThrow().totalCost()};
    }

    private static void assertTies(double[] totals, String what) {
        double scale = Math.max(Math.abs(totals[0]), Math.abs(totals[1]));
        // Plus a millionth of a currency unit: at a 100 % income tax rate both after-tax totals are rounding dust.
        assertEquals(totals[1], totals[0], 1e-6 * scale + 1e-6, what);
    }

    @Test
    void everyTiePutBackIntoTheScenarioTiesTheTotals() {
        for (Scenario s : allScenarios()) {
            for (BreakEvenResult r : BreakEvenAnalysis.all(s)) {
                int index = s.options().indexOf(s.option(r.optionId()).orElseThrow());
                for (BreakEvenAnswer a : r.answers()) {
                    if (a.kind() == Kind.TIE) {
                        Scenario back = ScenarioInputs.with(s, a.input(), index, a.value());
                        assertTies(totals(back, r.optionId(), a.input()), s.name() + " " + r.optionId() + " "
                                + a.input());
                    }
                }
            }
        }
    }

    @Test
    void theLinearAnswersTieWhenPutBackByHand() {
        BreakEvenResult ascend = BreakEvenAnalysis.of(WORKED, "ascend-910b");
        BreakEvenAnswer rent = answer(ascend, Input.RENT_PRICE);
        Option lease = WORKED.option("rent-h800").orElseThrow();
        Scenario rentBack = replace(WORKED, lease.withQuote(((RentalQuote) lease.quote())
                .withPricePerPflopsYear(new Money(bd(rent.value()), "CNY"))));
        assertTies(totals(rentBack, "ascend-910b"), "rent");

        BreakEvenAnswer price = answer(ascend, Input.UNIT_PRICE);
        Option atlas = WORKED.option("ascend-910b").orElseThrow();
        Scenario priceBack = replace(WORKED, atlas.withQuote(((ServerQuote) atlas.quote())
                .withUnitPrice(new Money(bd(price.value()), "CNY"))));
        assertTies(totals(priceBack, "ascend-910b"), "unit price");
        assertEquals(Direction.AT_MOST, price.cheaperWhen());
        assertEquals(Direction.AT_LEAST, rent.cheaperWhen());

        BreakEvenAnswer power = answer(BreakEvenAnalysis.of(WORKED, "nvidia-h100"), Input.ELECTRICITY_PRICE);
        Scenario powerBack = WORKED.withElectricity(WORKED.electricity().withPricePerKwh(bd(power.value())));
        assertTies(totals(powerBack, "nvidia-h100"), "electricity");
        assertEquals(Direction.AT_MOST, power.cheaperWhen());
    }

    @Test
    void theRentPriceAnswerIsTheEnginesBreakEvenRentPrice() {
        for (Scenario s : allScenarios()) {
            Evaluation e = engine.evaluate(s);
            for (BreakEvenResult r : BreakEvenAnalysis.all(s)) {
                OptionResult o = e.option(r.optionId()).orElseThrow();
                BreakEvenAnswer a = answer(r, Input.RENT_PRICE);
                Double expected = o.breakEvenRentPricePerPflopsYear();
                if (expected == null) {
                    assertNull(a.value(), s.name() + " " + r.optionId());
                } else {
                    assertNotNull(a.value(), s.name() + " " + r.optionId());
                    assertEquals(expected, a.value(), 1e-9 * Math.max(1, expected), s.name() + " " + r.optionId());
                }
            }
        }
    }

    @Test
    void aThresholdLeavesTheOptionNoDearerAtTheValueAndDearerJustBeyond() {
        int thresholds = 0;
        for (Scenario s : allScenarios()) {
            for (BreakEvenResult r : BreakEvenAnalysis.all(s)) {
                int index = s.options().indexOf(s.option(r.optionId()).orElseThrow());
                for (BreakEvenAnswer a : r.answers()) {
                    if (a.kind() != Kind.THRESHOLD) {
                        continue;
                    }
                    thresholds++;
                    double[] at = totals(ScenarioInputs.with(s, a.input(), index, a.value()), r.optionId());
                    assertTrue(at[0] <= at[1], r.optionId() + " " + a.input());
                    double step = 1e-6 * Math.max(1, Math.abs(a.value()));
                    double beyond = a.cheaperWhen() == Direction.AT_LEAST ? a.value() - step : a.value() + step;
                    double[] past = totals(ScenarioInputs.with(s, a.input(), index, beyond), r.optionId());
                    assertTrue(past[0] > past[1], r.optionId() + " " + a.input() + " beyond " + beyond);
                }
            }
        }
        assertTrue(thresholds > 0, "the fixtures exercise thresholds");
    }

    @Test
    void theH100NeedsAtLeastSomeEfficiencyAndAtMostSomeLeadTime() {
        BreakEvenResult h100 = BreakEvenAnalysis.of(WORKED, "nvidia-h100");
        BreakEvenAnswer efficiency = answer(h100, Input.EFFICIENCY);
        assertEquals(Kind.THRESHOLD, efficiency.kind());
        assertEquals(Direction.AT_LEAST, efficiency.cheaperWhen());
        assertTrue(efficiency.value() < 100);
        BreakEvenAnswer lead = answer(h100, Input.LEAD_TIME);
        assertEquals(Direction.AT_MOST, lead.cheaperWhen());
        assertTrue(lead.value() > 4);
    }

    /** Issue 10 §5: "the Atlas ties at 127 % efficiency" is not an answer a buyer can act on. */
    @Test
    void anEfficiencyAboveAHundredPercentIsNoAnswer() {
        BreakEvenAnswer efficiency = answer(BreakEvenAnalysis.of(WORKED, "ascend-910b"), Input.EFFICIENCY);
        assertEquals(Kind.NONE, efficiency.kind(), "before: a threshold at 126.98 %");
        assertNull(efficiency.value());
    }

    /** Issue 10 §5: a rental that "wins by arriving 58 months later" delivers less; that is no break-even. */
    @Test
    void anOptionThatOnlyWinsByArrivingLaterHasNoLeadTimeAnswer() {
        Scenario market = Scenarios.read(Path.of("sample-quotes/market-2024-h100-vs-ascend-vs-leasing.scenario.json"));
        BreakEvenAnswer lead = answer(BreakEvenAnalysis.of(market, "lease-h800-180k"), Input.LEAD_TIME);
        assertEquals(Kind.NONE, lead.kind(), "before: at least 58 months");
    }

    @Test
    void everyAnswerShownLiesWithinTheMeaningfulRange() {
        for (Scenario s : allScenarios()) {
            for (BreakEvenResult r : BreakEvenAnalysis.all(s)) {
                for (BreakEvenAnswer a : r.answers()) {
                    if (a.value() == null) {
                        continue;
                    }
                    if (a.input() == Input.EFFICIENCY) {
                        assertTrue(a.value() <= 100 + 1e-9, r.optionId() + " " + a);
                    }
                    if (a.input() == Input.LEAD_TIME || a.input() == Input.RETRAINING_MONTHS) {
                        assertEquals(Direction.AT_MOST, a.cheaperWhen(), r.optionId() + " " + a);
                        assertTrue(a.value() < s.horizonMonths(), r.optionId() + " " + a);
                    }
                }
            }
        }
    }

    @Test
    void noValueInRangeIsReportedAsNone() {
        // Free electricity still leaves the Atlas far dearer than leasing.
        BreakEvenAnswer power = answer(BreakEvenAnalysis.of(WORKED, "ascend-910b"), Input.ELECTRICITY_PRICE);
        assertEquals(Kind.NONE, power.kind());
        assertNull(power.value());
        double[] free = totals(WORKED.withElectricity(WORKED.electricity().withPricePerKwh(BigDecimal.ZERO)),
                "ascend-910b");
        assertTrue(free[0] > free[1]);
    }

    @Test
    void inputsThatDoNotApplyAreNotAnswered() {
        for (Scenario s : allScenarios()) {
            for (BreakEvenResult r : BreakEvenAnalysis.all(s)) {
                for (BreakEvenAnswer a : r.answers()) {
                    if (!r.build()) {
                        assertTrue(a.input() != Input.UNIT_PRICE && a.input() != Input.ELECTRICITY_PRICE,
                                r.optionId());
                    } else {
                        assertTrue(a.input() != Input.OPTION_RENT_PRICE, r.optionId());
                    }
                }
            }
        }
    }

    @Test
    void theBaselineHasNoBreakEven() {
        assertThrows(IllegalArgumentException.class, () -> BreakEvenAnalysis.of(WORKED, "rent-h800"));
        assertEquals(2, BreakEvenAnalysis.all(WORKED).size());
    }

    private static BreakEvenAnswer answer(BreakEvenResult r, Input input) {
        return r.answers().stream().filter(a -> a.input() == input).findFirst().orElseThrow();
    }

    private static Scenario replace(Scenario s, Option option) {
        List<Option> options = new ArrayList<>();
        for (Option o : s.options()) {
            options.add(o.id().equals(option.id()) ? option : o);
        }
        return s.withOptions(options);
    }

    private static BigDecimal bd(double v) {
        return new BigDecimal(Double.toString(v));
    }
}
