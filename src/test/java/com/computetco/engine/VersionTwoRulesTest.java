package com.computetco.engine;

import static com.computetco.testing.Scenarios.bd;
import static com.computetco.testing.Scenarios.build;
import static com.computetco.testing.Scenarios.cny;
import static com.computetco.testing.Scenarios.rent;
import static com.computetco.testing.Scenarios.rental;
import static com.computetco.testing.Scenarios.scenario;
import static com.computetco.testing.Scenarios.server;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Financing;
import com.computetco.domain.FinancingKind;
import com.computetco.domain.Option;
import com.computetco.domain.PaymentEntry;
import com.computetco.domain.PaymentEvent;
import com.computetco.domain.PflopsBasis;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.Scenario;
import com.computetco.domain.ServerQuote;
import com.computetco.domain.Tax;
import com.computetco.domain.Triangular;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One small hand-checked case per rule of methodology version 2 (sections 9 to 13). The fixture server is one
 * server of 1 PFLOPS at 1,200 CNY (capex K = 1,200), the fixture lessor 1,200 CNY per P-year (100 a month).
 */
class VersionTwoRulesTest {
    private final TcoEngine engine = new TcoEngine();

    private static OptionResult only(Scenario s, String id) {
        return new TcoEngine().evaluate(s).option(id).orElseThrow();
    }

    private static Scenario withBuild(int horizon, Option buildOption) {
        return scenario().horizon(horizon).option(rent("lease", rental())).option(buildOption).build();
    }

    private static Option financed(double pct, double annualRate, int term, Double balloonPct) {
        return build("own", server()).withFinancing(new Financing(FinancingKind.LOAN, bd(pct), bd(annualRate), term,
                balloonPct == null ? null : bd(balloonPct)));
    }

    // --- section 9: prices as quoted ---

    @Test
    void aVatInclusiveServerPriceIsTakenNetOfVat() {
        ServerQuote gross = server().withUnitPrice(cny(1356)).withVat(Boolean.TRUE, bd(13));
        OptionResult own = only(withBuild(12, build("own", gross)), "own");
        assertEquals(1200.0, own.componentTotal(CostComponent.HARDWARE), 1e-9, "1,356 / 1.13");
    }

    @Test
    void anHourlySparseRentIsConvertedToAPricePerDensePflopsYear() {
        // 2.12 CNY per card-hour incl. 6 % VAT = 2 net; a card of 0.5 sparse PFLOPS: 2 × 8760 / 0.5 = 35,040 per
        // sparse PFLOPS-year, so 70,080 per dense PFLOPS-year, 5,840 a month for 1 P.
        RentalQuote hourly = new RentalQuote("Lessor", null, null, PflopsBasis.SPARSE, BigDecimal.ZERO,
                BigDecimal.ZERO, null, null, BigDecimal.ZERO, null, null, null, cny(2.12), bd(0.5), Boolean.TRUE,
                bd(6));
        Scenario s = scenario().horizon(12).option(rent("hourly", hourly)).option(rent("other", rental()))
                .baseline("hourly").build();
        Evaluation e = engine.evaluate(s);
        assertEquals(5840.0, e.option("hourly").orElseThrow().componentMonthly(CostComponent.RENTAL, 0), 1e-9);
        // The break-even stated as quoted: b per dense P-year × 1/2 (sparse) × 0.5 / 8760 (per card-hour) × 1.06.
        OptionResult other = e.option("other").orElseThrow();
        double b = other.breakEvenRentPricePerPflopsYear();
        assertEquals(1200.0, b, 1e-9, "the other lessor ties the baseline at its own price");
        assertEquals(1200.0 * 0.5 * 0.5 / 8760 * 1.06, other.breakEvenRentPriceAsQuoted(), 1e-12);
    }

    // --- section 10: payment schedules ---

    @Test
    void aScheduleEntryIsPaidInItsDueMonthAndARetentionAfterTheHorizonIsNot() {
        ServerQuote q = server().withLeadTimeMonths(Triangular.of("2", "2", "2")).withPaymentSchedule(List.of(
                PaymentEntry.of("30", PaymentEvent.SIGNING, 0), PaymentEntry.of("60", PaymentEvent.DELIVERY, 1),
                PaymentEntry.of("5", PaymentEvent.ACCEPTANCE, 0), PaymentEntry.of("5", PaymentEvent.ACCEPTANCE, 12)));
        OptionResult own = only(withBuild(12, build("own", q)), "own");
        assertEquals(360.0, own.componentMonthly(CostComponent.HARDWARE, 0), 1e-9, "30 % at signing");
        assertEquals(720.0, own.componentMonthly(CostComponent.HARDWARE, 3), 1e-9, "60 % a month after delivery");
        assertEquals(60.0, own.componentMonthly(CostComponent.HARDWARE, 2), 1e-9, "5 % at acceptance");
        // The 质保金 is due in month 14, outside the 12-month horizon.
        assertEquals(1140.0, own.componentTotal(CostComponent.HARDWARE), 1e-9);
    }

    @Test
    void theSupplierKeepsEverySigningPaymentWhateverItsDueMonth() {
        ServerQuote q = server().withPaymentSchedule(List.of(PaymentEntry.of("20", PaymentEvent.SIGNING, 0),
                PaymentEntry.of("30", PaymentEvent.SIGNING, 2), PaymentEntry.of("50", PaymentEvent.ACCEPTANCE, 0)));
        Option o = build("own", q);
        o = new Option(o.id(), o.label(), o.type(), q, o.efficiencyPct(), o.operationsFte(), o.residualValuePct(),
                bd(10), null);
        OptionResult own = only(withBuild(12, o), "own");
        assertEquals(0.10 * 1200 * 0.5, own.componentMonthly(CostComponent.PREPAYMENT_RISK, 0), 1e-9);
    }

    // --- section 11: financing ---

    @Test
    void anInstalmentIsTheAnnuityOfTheFinancedAmount() {
        // F = 1,200 drawn at acceptance (month 0); 12 % a year is 1 % a month over 12 months.
        OptionResult own = only(withBuild(24, financed(100, 12, 12, null)), "own");
        double a = 1200 * 0.01 / (1 - Math.pow(1.01, -12));
        assertEquals(106.61854641401, a, 1e-9, "the annuity, checked with a calculator");
        assertEquals(-1200.0, own.componentMonthly(CostComponent.FINANCING, 0), 1e-9, "the lender pays at acceptance");
        for (int m = 1; m < 12; m++) {
            assertEquals(a, own.componentMonthly(CostComponent.FINANCING, m), 1e-9, "month " + m);
        }
        // The last month pays A and the balance b_12, 0 up to rounding.
        assertEquals(a, own.componentMonthly(CostComponent.FINANCING, 12), 1e-9);
        assertEquals(0.0, own.componentMonthly(CostComponent.FINANCING, 13));
        assertEquals(12 * a - 1200, own.componentTotal(CostComponent.FINANCING), 1e-9, "the interest");
    }

    @Test
    void aFinanceLeaseBuyOutIsPaidWithTheLastInstalment() {
        // 0 %: A = (F - G) / N = (1,200 - 120) / 12 = 90, and the balloon G = 120 in month 12.
        OptionResult own = only(withBuild(24, financed(100, 0, 12, 10.0)), "own");
        assertEquals(90.0, own.componentMonthly(CostComponent.FINANCING, 1), 1e-9);
        assertEquals(210.0, own.componentMonthly(CostComponent.FINANCING, 12), 1e-9);
        assertEquals(0.0, own.componentTotal(CostComponent.FINANCING), 1e-9, "no interest at 0 %");
    }

    @Test
    void aLoanRunningPastTheHorizonIsRepaidInTheLastMonth() {
        // H = 6, 50 % of K = 600 over 12 months at 0 %: 50 a month in months 1..5, and in month 5 also the balance
        // after that instalment, 600 - 5 × 50 = 350.
        OptionResult own = only(withBuild(6, financed(50, 0, 12, null)), "own");
        assertEquals(-600.0, own.componentMonthly(CostComponent.FINANCING, 0), 1e-9);
        assertEquals(50.0, own.componentMonthly(CostComponent.FINANCING, 4), 1e-9);
        assertEquals(400.0, own.componentMonthly(CostComponent.FINANCING, 5), 1e-9);
        assertEquals(0.0, own.componentTotal(CostComponent.FINANCING), 1e-9);
    }

    @Test
    void aLoanDrawnInTheLastMonthCancelsItself() {
        ServerQuote late = server().withLeadTimeMonths(Triangular.of("5", "5", "5"));
        OptionResult own = only(withBuild(6, build("own", late).withFinancing(new Financing(FinancingKind.LOAN,
                bd(100), bd(6), 24, null))), "own");
        assertEquals(0.0, own.componentMonthly(CostComponent.FINANCING, 5), 1e-9);
    }

    // --- section 12: escalation ---

    @Test
    void powerAndWagesRiseAtEachYearBoundaryFromMonthZero() {
        Scenario s = scenario().horizon(25).power(1, 1, 100, 0).staff(1, 1000)
                .option(rent("lease", rental())).option(build("own", server())).build();
        s = s.withElectricity(s.electricity().withAnnualPriceChangePct(bd(10)))
                .withStaff(s.staff().withAnnualCostChangePct(bd(5)));
        List<Option> options = new java.util.ArrayList<>(s.options());
        Option own = options.get(1);
        options.set(1, new Option(own.id(), own.label(), own.type(), own.quote(), own.efficiencyPct(), bd(1),
                own.residualValuePct(), own.supplierDefaultPct(), null));
        OptionResult r = only(s.withOptions(options), "own");
        // 1 kW × 730 h × 1 CNY = 730 a month in year 1, 803 in year 2, 883.3 in year 3.
        assertEquals(730.0, r.componentMonthly(CostComponent.POWER, 11), 1e-9);
        assertEquals(803.0, r.componentMonthly(CostComponent.POWER, 12), 1e-9);
        assertEquals(883.3, r.componentMonthly(CostComponent.POWER, 24), 1e-9);
        assertEquals(1000.0, r.componentMonthly(CostComponent.OPERATIONS, 11), 1e-9);
        assertEquals(1050.0, r.componentMonthly(CostComponent.OPERATIONS, 12), 1e-9);
    }

    @Test
    void anOptionsOwnPowerSubsidyReplacesTheScenarios() {
        Scenario s = scenario().horizon(12).power(1, 1, 100, 10).option(rent("lease", rental()))
                .option(build("own", server())).build();
        Option own = s.options().get(1);
        Option subsidised = new Option(own.id(), own.label(), own.type(), own.quote(), own.efficiencyPct(),
                own.operationsFte(), own.residualValuePct(), own.supplierDefaultPct(), null, null, bd(50), null);
        assertEquals(657.0, only(s, "own").componentMonthly(CostComponent.POWER, 0), 1e-9, "the scenario's 10 %");
        assertEquals(365.0, only(s.withOptions(List.of(s.options().get(0), subsidised)), "own")
                .componentMonthly(CostComponent.POWER, 0), 1e-9, "its own 50 %");
    }

    // --- section 13: taxes ---

    private static Tax tax(boolean recoverable, int years, double limit) {
        return new Tax(bd(25), recoverable, 1, bd(13), bd(6), years, bd(limit));
    }

    @Test
    void recoverableInputVatIsCreditedAfterTheLag() {
        Scenario s = withBuild(24, build("own", server())).withTax(tax(true, 1, 0));
        AfterTaxResult a = only(s, "own").afterTax().orElseThrow();
        // 13 % of the 1,200 paid in month 0, credited in month 1: the after-tax flows carry +156 then -156, beside
        // the tax saved on a month's depreciation (1,200 / 12).
        OptionResult pre = only(s, "own");
        assertEquals(pre.monthly(0) + 156 - 0.25 * 100, a.monthly(0), 1e-9);
        assertEquals(pre.monthly(1) - 156 - 0.25 * 100, a.monthly(1), 1e-9);
        assertEquals(0.0, a.vat(), 1e-9, "recoverable VAT costs nothing in total");
    }

    @Test
    void unrecoverableVatIsACostAndPartOfTheDepreciableBase() {
        Scenario s = withBuild(24, build("own", server())).withTax(tax(false, 1, 0));
        AfterTaxResult a = only(s, "own").afterTax().orElseThrow();
        assertEquals(156.0, a.vat(), 1e-9);
        assertEquals(1356.0, a.depreciation(), 1e-9, "K plus its VAT, over 12 months");
        assertEquals(-0.25 * 1356, a.incomeTax(), 1e-9);
        assertEquals(1200 + 156 - 0.25 * 1356, a.totalCost(), 1e-9);
    }

    @Test
    void straightLineDepreciationSpreadsTheBaseOverTheTaxLifeAndWritesOffTheRest() {
        // 1 year of tax life, a 6-month horizon: 100 a month for 6 months, the book value 600 written off in
        // month 5 against the sale.
        Scenario s = withBuild(6, build("own", server())).withTax(tax(true, 1, 0));
        AfterTaxResult a = only(s, "own").afterTax().orElseThrow();
        assertEquals(600.0, a.depreciation(), 1e-9);
        assertEquals(-0.25 * 1200, a.incomeTax(), 1e-9, "depreciation plus the write-off: the whole 1,200");
        assertEquals(-0.25 * 100, a.monthly(2) - only(s, "own").monthly(2), 1e-9);
    }

    @Test
    void equipmentUnderTheLimitIsExpensedAtOnce() {
        // 一次性税前扣除: 1,200 per server is under the 5,000 limit, so all of it is deducted in month d = 0.
        Scenario s = withBuild(24, build("own", server())).withTax(tax(true, 3, 5000));
        OptionResult pre = only(s, "own");
        AfterTaxResult a = pre.afterTax().orElseThrow();
        assertEquals(1200.0, a.depreciation(), 1e-9);
        assertEquals(pre.monthly(0) + 156 - 0.25 * 1200, a.monthly(0), 1e-9);
        assertEquals(pre.monthly(5), a.monthly(5), 1e-9, "nothing deducted later");
        Scenario over = withBuild(24, build("own", server())).withTax(tax(true, 3, 1000));
        assertEquals(1200.0 / 36 * 24, only(over, "own").afterTax().orElseThrow().depreciation(), 1e-9,
                "over the limit: straight-line over 3 years");
    }

    @Test
    void interestIsDeductibleButTheLoanIsNot() {
        Scenario s = withBuild(24, financed(100, 12, 12, null)).withTax(tax(true, 3, 5000));
        OptionResult pre = only(s, "own");
        AfterTaxResult a = pre.afterTax().orElseThrow();
        double interest = pre.componentTotal(CostComponent.FINANCING);
        assertEquals(-0.25 * (1200 + interest), a.incomeTax(), 1e-9);
    }

    @Test
    void aRentOptionsAfterTaxCostIsItsRentLessTheTaxItSaves() {
        Scenario s = scenario().horizon(12).option(rent("lease", rental())).build().withTax(tax(true, 3, 0));
        AfterTaxResult a = engine.evaluate(s).baseline().afterTax().orElseThrow();
        assertEquals(900.0, a.totalCost(), 1e-9, "1,200 × (1 - 25 %)");
        assertEquals(0.0, a.vat(), 1e-9);
        assertEquals(6.0, a.monthly(0) - 75, 1e-9, "6 % VAT on 100, credited a month later");
        assertTrue(a.paybackMonths() == null && a.irrPct() == null, "none for the baseline");
    }

    @Test
    void withoutATaxBlockThereAreNoAfterTaxResults() {
        assertTrue(only(withBuild(12, build("own", server())), "own").afterTax().isEmpty());
    }
}
