package com.computetco.engine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.MinMax;
import com.computetco.domain.Option;
import com.computetco.domain.Scenario;
import com.computetco.domain.ServerQuote;
import com.computetco.domain.SupplyRisk;
import com.computetco.domain.Triangular;
import com.computetco.domain.Uncertainty;
import com.computetco.engine.ScenarioModel;
import com.computetco.engine.TcoEngine;
import com.computetco.testing.Scenarios;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Section 7's supply risk and the version 2 inputs of the sensitivity and break-even views. */
class VersionTwoRiskTest {

    static Scenario workedExampleV2() {
        return Scenarios.workedExampleV2();
    }

    /** The worked example with nothing uncertain but what the test sets: fixed lead times, no ranges. */
    private static Scenario certain(Scenario s) {
        List<Option> options = new ArrayList<>();
        for (Option o : s.options()) {
            Option fixed = o.withSupplyRisk(null).withRetraining(o.retraining() == null ? null
                    : new com.computetco.domain.Retraining(o.retraining().months(),
                            o.retraining().productivityLossPct(), null));
            if (fixed.quote() instanceof ServerQuote q) {
                fixed = fixed.withQuote(q.withLeadTimeMonths(Triangular.point(q.leadTimeMonths().likely())));
            }
            options.add(fixed);
        }
        return s.withOptions(options).withUncertainty(null);
    }

    private static double onlyTotal(Scenario s, int option) {
        SimulationResult r = MonteCarlo.run(ScenarioModel.of(s), 300, 7, 1, null, null);
        double[] totals = r.sortedTotals(option);
        assertEquals(totals[0], totals[totals.length - 1], 1e-9 * Math.abs(totals[0]), "every iteration alike");
        return totals[0];
    }

    private static Scenario withOption(Scenario s, int index, Option o) {
        List<Option> options = new ArrayList<>(s.options());
        options.set(index, o);
        return s.withOptions(options);
    }

    @Test
    void aCertainSlipDelaysDeliveryAcceptancePaymentsAndTheBridgeInEveryIteration() throws IOException {
        Scenario s = certain(workedExampleV2());
        Option loan = s.options().get(0);
        Scenario risky = withOption(s, 0, loan.withSupplyRisk(new SupplyRisk(new BigDecimal("100"),
                MinMax.of("3", "3"))));
        ServerQuote q = (ServerQuote) loan.quote();
        Scenario later = withOption(s, 0, loan.withQuote(q.withLeadTimeMonths(Triangular.point(
                q.leadTimeMonths().likely().add(new BigDecimal("3"))))));
        double expected = new TcoEngine().evaluate(later).options().get(0).totalCost();
        assertEquals(expected, onlyTotal(risky, 0), 1e-9 * expected);
        assertTrue(Math.abs(expected - new TcoEngine().evaluate(s).options().get(0).totalCost()) > 1000,
                "the slip changes the total");
    }

    @Test
    void aSupplyRiskOfZeroNeverSlips() throws IOException {
        Scenario s = certain(workedExampleV2());
        Scenario risky = withOption(s, 0, s.options().get(0).withSupplyRisk(new SupplyRisk(BigDecimal.ZERO,
                MinMax.of("3", "6"))));
        double expected = new TcoEngine().evaluate(s).options().get(0).totalCost();
        assertEquals(expected, onlyTotal(risky, 0), 1e-9 * expected);
    }

    @Test
    void theDeterministicEvaluationNeverAppliesSupplyRisk() throws IOException {
        Scenario s = workedExampleV2();
        assertEquals(new TcoEngine().evaluate(certain(s)).options().get(0).totalCost(),
                new TcoEngine().evaluate(s).options().get(0).totalCost(), 1e-6);
    }

    @Test
    void theDrawnElectricityPriceEscalatesLikeTheTariff() throws IOException {
        // A degenerate range at the scenario's own price: every iteration is the escalated deterministic figure.
        Scenario s = certain(workedExampleV2());
        BigDecimal price = s.electricity().pricePerKwh();
        Scenario drawn = s.withUncertainty(new Uncertainty(new Triangular(price, price, price), null));
        double expected = new TcoEngine().evaluate(s).options().get(2).totalCost();
        assertEquals(expected, onlyTotal(drawn, 2), 1e-9 * expected);
    }

    @Test
    void aSimulationNamesTheSupplyRisksItDraws() throws IOException {
        SimulationResult r = MonteCarlo.run(ScenarioModel.of(workedExampleV2()), 300, 7, 1, null, null);
        assertTrue(r.variedInputs().containsAll(List.of("supplyRisk:h20-loan", "supplyRisk:supernode-cash")),
                r.variedInputs()::toString);
        assertFalse(r.variedInputs().contains("supplyRisk:atlas-lease"));
    }

    private static Set<Input> bars(Scenario s, String option, Measure measure) {
        return Tornado.compute(s, option, measure).bars().stream().map(TornadoBar::input).collect(Collectors.toSet());
    }

    @Test
    void theTornadoCoversTheVersionTwoInputsWhereTheScenarioHasThem() throws IOException {
        Scenario s = workedExampleV2();
        Set<Input> preTax = bars(s, "h20-loan", Measure.TOTAL_COST);
        assertTrue(preTax.containsAll(List.of(Input.LOAN_RATE, Input.FINANCED_SHARE, Input.ELECTRICITY_ESCALATION,
                Input.WAGE_ESCALATION)), preTax::toString);
        assertFalse(preTax.contains(Input.INCOME_TAX_RATE), "a tax input cannot move a pre-tax figure");
        Set<Input> afterTax = bars(s, "h20-loan", Measure.AFTER_TAX);
        assertTrue(afterTax.containsAll(List.of(Input.INCOME_TAX_RATE, Input.VAT_RECOVERABLE,
                Input.DEPRECIATION_YEARS, Input.LOAN_RATE)), afterTax::toString);
        assertFalse(bars(s, "supernode-cash", Measure.TOTAL_COST).contains(Input.LOAN_RATE), "paid in cash");
    }

    @Test
    void unrecoverableVatMakesBuyingDearerAfterTax() throws IOException {
        TornadoBar vat = Tornado.compute(workedExampleV2(), "supernode-cash", Measure.AFTER_TAX).bars().stream()
                .filter(b -> b.input() == Input.VAT_RECOVERABLE).findFirst().orElseThrow();
        assertEquals(0.0, vat.effectHigh(), 1e-6, "recoverable, as in the scenario");
        assertTrue(vat.effectLow() > 0, "13 % on the servers is a cost when not credited");
    }

    @Test
    void theIncomeTaxRateBreakEvenTiesTheAfterTaxTotals() throws IOException {
        Scenario s = workedExampleV2();
        int option = 2;
        // The supernode is cheaper after tax; a higher income tax rate shrinks every figure alike, so the tie is
        // where the after-tax totals meet, if anywhere within 0..100 %.
        BreakEvenAnswer tax = BreakEvenAnalysis.solve(s, option, Input.INCOME_TAX_RATE);
        if (tax.value() != null) {
            double[] at = ScenarioInputs.figures(ScenarioInputs.with(s, Input.INCOME_TAX_RATE, option, tax.value()),
                    option, Measure.AFTER_TAX);
            assertEquals(at[0], at[1], 1e-7 * (Math.abs(at[0]) + Math.abs(at[1])));
        } else {
            assertEquals(BreakEvenAnswer.Kind.NONE, tax.kind());
        }
        BreakEvenAnswer financed = BreakEvenAnalysis.solve(s, 0, Input.FINANCED_SHARE);
        assertEquals(BreakEvenAnswer.Kind.NONE, financed.kind(),
                "a loan at 4.35 % cannot close a 23 M gap within 0..100 % financed");
        BreakEvenAnswer escalation = BreakEvenAnalysis.solve(s, option, Input.ELECTRICITY_ESCALATION);
        assertNotNull(escalation.value());
        double[] at = ScenarioInputs.figures(ScenarioInputs.with(s, Input.ELECTRICITY_ESCALATION, option,
                escalation.value()), option, Measure.TOTAL_COST);
        assertEquals(at[0], at[1], 1e-6 * (Math.abs(at[0]) + Math.abs(at[1])), "a tie of the pre-tax totals");
    }
}
