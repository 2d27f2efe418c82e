package com.computetco.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import com.computetco.testing.Scenarios;
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

/** Invariants of the engine over generated valid scenarios. */
class EngineProperties {
    private final TcoEngine engine = new TcoEngine();

    @Property(tries = 300)
    void generatedScenariosAreValid(@ForAll("scenarios") Scenario scenario) {
        var check = Scenarios.reader().check(scenario);
        assertTrue(check.isValid(), () -> check.problems().toString());
    }

    @Property(tries = 300)
    void generatedVersionTwoScenariosAreValid(@ForAll("versionTwoScenarios") Scenario scenario) {
        var check = Scenarios.reader().check(scenario);
        assertTrue(check.isValid(), () -> check.problems().toString());
    }

    @Property(tries = 300)
    void everyFigureOfAVersionTwoScenarioIsFinite(@ForAll("versionTwoScenarios") Scenario scenario) {
        Evaluation e = engine.evaluate(scenario);
        assertTrue(e.nonFiniteOptionIds().isEmpty(), () -> "non-finite: " + e.nonFiniteOptionIds());
    }

    @Property(tries = 300)
    void everyFigureIsFinite(@ForAll("scenarios") Scenario scenario) {
        Evaluation e = engine.evaluate(scenario);
        assertTrue(e.nonFiniteOptionIds().isEmpty(), () -> "non-finite: " + e.nonFiniteOptionIds());
    }

    @Property(tries = 300)
    void totalsEqualTheSumOfTheComponents(@ForAll("scenarios") Scenario scenario) {
        for (OptionResult r : engine.evaluate(scenario).options()) {
            double sum = 0;
            double gross = 0;
            for (CostComponent c : CostComponent.values()) {
                sum += r.componentTotal(c);
                gross += Math.abs(r.componentTotal(c));
            }
            assertEquals(r.totalCost(), sum, 1e-9 * gross + 1e-6, r.id());
        }
    }

    @Property(tries = 300)
    void aHigherElectricityPriceNeverLowersABuildOptionsTotal(@ForAll("scenarios") Scenario scenario,
            @ForAll("increases") double increase) {
        Electricity power = scenario.electricity();
        Scenario dearer = scenario.withElectricity(power.withPricePerKwh(
                power.pricePerKwh().add(BigDecimal.valueOf(increase))));
        Evaluation before = engine.evaluate(scenario);
        Evaluation after = engine.evaluate(dearer);
        for (int i = 0; i < before.options().size(); i++) {
            OptionResult b = before.options().get(i);
            if (b.isBuild()) {
                assertTrue(after.options().get(i).totalCost() >= b.totalCost() - 1e-9 * Math.abs(b.totalCost()),
                        b.id());
            }
        }
    }

    @Property(tries = 300)
    void scalingEveryMoneyInputScalesEveryTotal(@ForAll("scenarios") Scenario scenario,
            @ForAll("factors") int k) {
        Evaluation base = engine.evaluate(scenario);
        Evaluation scaled = engine.evaluate(scaleMoney(scenario, BigDecimal.valueOf(k)));
        for (int i = 0; i < base.options().size(); i++) {
            OptionResult b = base.options().get(i);
            OptionResult s = scaled.options().get(i);
            assertEquals(k * b.totalCost(), s.totalCost(), 1e-9 * Math.abs(k * b.totalCost()) + 1e-6, b.id());
            assertEquals(k * b.presentValue(), s.presentValue(), 1e-9 * Math.abs(k * b.presentValue()) + 1e-6);
            for (CostComponent c : CostComponent.values()) {
                double expected = k * b.componentTotal(c);
                assertEquals(expected, s.componentTotal(c), 1e-9 * Math.abs(expected) + 1e-6, c.key());
            }
        }
    }

    @Property(tries = 200)
    void recoverableVatNeverChangesTheAfterTaxTotal(@ForAll("versionTwoScenarios") Scenario generated) {
        // Net prices, so that the VAT rates change nothing but the VAT itself.
        Scenario scenario = withVatRates(generated, null, true);
        Scenario withoutVat = withVatRates(generated, BigDecimal.ZERO, true);
        Evaluation with = engine.evaluate(scenario);
        Evaluation without = engine.evaluate(withoutVat);
        for (int i = 0; i < with.options().size(); i++) {
            AfterTaxResult a = with.options().get(i).afterTax().orElseThrow();
            AfterTaxResult b = without.options().get(i).afterTax().orElseThrow();
            double gross = Math.abs(a.totalCost()) + Math.abs(a.incomeTax()) + sumAbs(a.monthly());
            assertEquals(b.totalCost(), a.totalCost(), 1e-9 * gross + 1e-6, with.options().get(i).id());
            assertEquals(0.0, a.vat(), 1e-9 * gross + 1e-6);
        }
    }

    @Property(tries = 200)
    void aLoanAtZeroPercentWithoutBalloonCostsTheSameAsCashBeforeTax(@ForAll("versionTwoScenarios") Scenario s,
            @ForAll("shares") BigDecimal financedPct, @ForAll("terms") int term) {
        List<Option> cash = new ArrayList<>();
        List<Option> loan = new ArrayList<>();
        for (Option o : s.options()) {
            cash.add(o.withFinancing(null));
            loan.add(o.isBuild() ? o.withFinancing(new com.computetco.domain.Financing(
                    com.computetco.domain.FinancingKind.LOAN, financedPct, BigDecimal.ZERO, term, null)) : o);
        }
        Evaluation paid = engine.evaluate(s.withOptions(cash));
        Evaluation borrowed = engine.evaluate(s.withOptions(loan));
        for (int i = 0; i < paid.options().size(); i++) {
            OptionResult a = paid.options().get(i);
            OptionResult b = borrowed.options().get(i);
            double gross = sumAbs(a.monthly()) + sumAbs(b.monthly());
            assertEquals(a.totalCost(), b.totalCost(), 1e-9 * gross + 1e-6, a.id());
        }
    }

    @Provide
    Arbitrary<BigDecimal> shares() {
        return decimal(0.1, 100, 1);
    }

    @Provide
    Arbitrary<Integer> terms() {
        return Arbitraries.integers().between(1, 240);
    }

    private static double sumAbs(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += Math.abs(v);
        }
        return sum;
    }

    /**
     * The scenario with every quote net of VAT and every VAT rate set to {@code rate} (null keeps the quotes'), and
     * a tax block whose VAT is recoverable or not.
     */
    static Scenario withVatRates(Scenario s, BigDecimal rate, boolean recoverable) {
        List<Option> options = new ArrayList<>();
        for (Option o : s.options()) {
            if (o.quote() instanceof ServerQuote q) {
                options.add(o.withQuote(q.withVat(null, rate == null ? q.vatRatePctValue() : rate)));
            } else {
                RentalQuote q = (RentalQuote) o.quote();
                options.add(o.withQuote(q.withVat(null, rate == null ? q.vatRatePctValue() : rate)));
            }
        }
        com.computetco.domain.Tax t = s.taxBlock().orElse(com.computetco.domain.Tax.defaults());
        com.computetco.domain.Tax tax = new com.computetco.domain.Tax(t.incomeTaxRatePct(), recoverable,
                t.vatRecoveryLagMonths(), rate == null ? t.electricityVatRatePct() : rate,
                rate == null ? t.colocationVatRatePct() : rate, t.depreciationYears(), t.immediateExpensingLimit());
        return s.withOptions(options).withTax(tax);
    }

    @Provide
    Arbitrary<Double> increases() {
        return Arbitraries.doubles().between(0.001, 2.0).ofScale(3);
    }

    @Provide
    Arbitrary<Integer> factors() {
        return Arbitraries.integers().between(2, 1000);
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
                            List<Option> options = new ArrayList<>(buildList);
                            List<Option> renamed = new ArrayList<>();
                            for (int i = 0; i < options.size(); i++) {
                                renamed.add(rename(options.get(i), "build-" + i));
                            }
                            for (int i = 0; i < rentList.size(); i++) {
                                renamed.add(rename(rentList.get(i), "rent-" + i));
                            }
                            return new Scenario(1, "generated", "CNY", Map.of(), horizon, rate, demand, electricity,
                                    people, colocation, bridge, "rent-0", renamed, null);
                        }));
    }

    /**
     * Scenarios with every version 2 input drawn at random: escalation, a tax block, VAT-inclusive and hourly quotes,
     * payment schedules with retentions, loans and finance leases, per-option subsidies and supply risks.
     */
    @Provide
    Arbitrary<Scenario> versionTwoScenarios() {
        return Combinators.combine(scenarios(), Arbitraries.randoms()).as(EngineProperties::withVersionTwo);
    }

    static Scenario withVersionTwo(Scenario s, java.util.Random random) {
        List<Option> options = new ArrayList<>();
        for (Option o : s.options()) {
            if (o.quote() instanceof ServerQuote q) {
                ServerQuote v2 = q.withVat(random.nextBoolean() ? Boolean.TRUE : null, pct(random, 0, 17));
                if (random.nextBoolean()) {
                    int first = 5 * random.nextInt(10);
                    int second = 5 * random.nextInt(20 - first / 5);
                    v2 = v2.withPaymentSchedule(List.of(
                            new com.computetco.domain.PaymentEntry(BigDecimal.valueOf(first + 1), com.computetco.domain
                                    .PaymentEvent.SIGNING, random.nextInt(4)),
                            new com.computetco.domain.PaymentEntry(BigDecimal.valueOf(second + 1), com.computetco.domain
                                    .PaymentEvent.DELIVERY, null),
                            new com.computetco.domain.PaymentEntry(BigDecimal.valueOf(98 - first - second),
                                    com.computetco.domain.PaymentEvent.ACCEPTANCE, random.nextInt(40))));
                }
                Option v2Option = o.withQuote(v2);
                if (random.nextBoolean()) {
                    v2Option = v2Option.withFinancing(new com.computetco.domain.Financing(
                            random.nextBoolean() ? com.computetco.domain.FinancingKind.LOAN
                                    : com.computetco.domain.FinancingKind.FINANCE_LEASE,
                            pct(random, 1, 100), pct(random, 0, 15), 1 + random.nextInt(72),
                            random.nextBoolean() ? pct(random, 0, 30) : null));
                }
                if (random.nextBoolean()) {
                    v2Option = v2Option.withSupplyRisk(new com.computetco.domain.SupplyRisk(pct(random, 0, 100),
                            new com.computetco.domain.MinMax(BigDecimal.ONE, BigDecimal.valueOf(2 + random.nextInt(6)))));
                }
                options.add(v2Option);
            } else {
                RentalQuote q = (RentalQuote) o.quote();
                RentalQuote v2 = q.withVat(random.nextBoolean() ? Boolean.TRUE : null, pct(random, 0, 13));
                if (random.nextBoolean()) {
                    BigDecimal perAccelerator = BigDecimal.valueOf(50 + random.nextInt(2000), 3);
                    Money hourly = new Money(BigDecimal.valueOf(random.nextInt(2000), 2), "CNY");
                    v2 = new RentalQuote(v2.provider(), v2.accelerator(), null, v2.pflopsBasis(),
                            v2.annualPriceChangePct(), v2.minimumPflops(), v2.leadTimeMonths(), v2.setupFee(),
                            v2.voucherPct(), null, null, null, hourly, perAccelerator, v2.pricesIncludeVatValue(),
                            v2.vatRatePctValue());
                }
                options.add(o.withQuote(v2));
            }
        }
        Scenario v2 = s.withOptions(options)
                .withElectricity(s.electricity().withAnnualPriceChangePct(pct(random, -10, 10)))
                .withStaff(s.staff().withAnnualCostChangePct(pct(random, -5, 10)));
        if (random.nextInt(4) > 0) {
            v2 = v2.withTax(new com.computetco.domain.Tax(pct(random, 0, 40), random.nextBoolean(), random.nextInt(4),
                    pct(random, 0, 13), pct(random, 0, 9), 1 + random.nextInt(5),
                    random.nextBoolean() ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(6_000_000))));
        }
        return v2;
    }

    private static BigDecimal pct(java.util.Random random, int min, int max) {
        return BigDecimal.valueOf(min * 10 + random.nextInt((max - min) * 10 + 1), 1);
    }

    private static Option rename(Option o, String id) {
        return o.withIdAndLabel(id, id);
    }

    private Arbitrary<Option> buildOption() {
        Arbitrary<Triangular> lead = Combinators.combine(decimal(0, 6, 1), decimal(0, 12, 1), decimal(0, 12, 1))
                .as((a, b, c) -> sorted(a, b, c));
        Arbitrary<ServerQuote> quote = Combinators.combine(decimal(0.5, 20, 2), Arbitraries.of(PflopsBasis.class),
                decimal(100000, 5000000, 0), decimal(1, 15, 1), lead, decimal(0, 100, 0), decimal(0, 30, 0),
                Arbitraries.integers().between(0, 60))
                .as((peak, basis, price, kw, leadTime, prepay, network, warranty) -> new ServerQuote("V", "M", null, 8,
                        peak, basis, new Money(price, "CNY"), kw, leadTime, new BigDecimal("0.5"), prepay, network,
                        new Money(new BigDecimal("10000"), "CNY"), warranty, new BigDecimal("8"), false, null, null,
                        null));
        return Combinators.combine(quote, decimal(30, 200, 0), decimal(0, 5, 1), decimal(0, 100, 0),
                decimal(0, 100, 0), decimal(0, 24, 1))
                .as((q, eff, fte, residual, fault, months) -> new Option("b", "b", OptionType.BUILD, q, eff, fte,
                        residual, fault, new Retraining(months, new BigDecimal("50"), null)));
    }

    private Arbitrary<Option> rentOption() {
        Arbitrary<RentalQuote> quote = Combinators.combine(decimal(0, 400000, 0), Arbitraries.of(PflopsBasis.class),
                decimal(-100, 100, 0), decimal(0, 1000, 0), decimal(0, 3, 1), decimal(0, 100000, 0),
                decimal(0, 100, 0))
                .as((price, basis, change, minimum, lead, fee, voucher) -> new RentalQuote("L", null,
                        new Money(price, "CNY"), basis, change, minimum, Triangular.of("0", lead.toPlainString(),
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

    /** Every amount in a currency multiplied by k: prices, fees, power price, salaries, colocation. */
    static Scenario scaleMoney(Scenario s, BigDecimal k) {
        List<Option> options = s.options().stream().map(o -> o.withQuote(scaleQuote(o, k))).toList();
        Electricity e = s.electricity().withPricePerKwh(s.electricity().pricePerKwh().multiply(k));
        Staff staff = new Staff(s.staff().engineers(), s.staff().monthlyCostPerEngineer().multiply(k));
        return new Scenario(s.schemaVersion(), s.name(), s.currency(), s.exchangeRates(), s.horizonMonths(),
                s.discountRatePct(), s.demandPflops(), e, staff, s.colocationPerKwMonth().multiply(k),
                s.bridgeWithRental(), s.baselineOptionId(), options, s.uncertainty());
    }

    private static com.computetco.domain.Quote scaleQuote(Option o, BigDecimal k) {
        if (o.quote() instanceof ServerQuote q) {
            return new ServerQuote(q.vendor(), q.model(), q.accelerator(), q.acceleratorsPerServer(),
                    q.peakPflopsPerServer(), q.pflopsBasis(), scale(q.unitPrice(), k), q.powerKwPerServer(),
                    q.leadTimeMonths(), q.installMonths(), q.prepaymentPct(), q.networkingPct(),
                    q.installationCost() == null ? null : scale(q.installationCost(), k), q.warrantyMonths(),
                    q.supportPctPerYear(), q.lateDeliveryPenalty(), q.quoteDateValue(), q.validUntilValue(),
                    q.sourceValue());
        }
        RentalQuote q = (RentalQuote) o.quote();
        return new RentalQuote(q.provider(), q.accelerator(), scale(q.pricePerPflopsYear(), k), q.pflopsBasis(),
                q.annualPriceChangePct(), q.minimumPflops(), q.leadTimeMonths(),
                q.setupFee() == null ? null : scale(q.setupFee(), k), q.voucherPct(), q.quoteDateValue(),
                q.validUntilValue(), q.sourceValue());
    }

    private static Money scale(Money m, BigDecimal k) {
        return new Money(m.amount().multiply(k), m.currency());
    }
}
