package com.computetco.io;

import com.computetco.testing.Scenarios;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Electricity;
import com.computetco.domain.Financing;
import com.computetco.domain.Money;
import com.computetco.domain.Option;
import com.computetco.domain.PaymentEntry;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.Scenario;
import com.computetco.domain.ServerQuote;
import com.computetco.domain.Triangular;
import com.computetco.rules.Problem;
import com.computetco.rules.ScenarioRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules on the domain agree with the file reader: a scenario built in memory gets from
 * {@link ScenarioRules#check} exactly the problems (paths, codes, values, order) its file would get, which is what
 * the window relied on when it wrote every edit out and read it back.
 */
class ScenarioRulesAgreementTest {
    private static final LocalDate TODAY = LocalDate.now(Scenarios.TODAY);
    private static final Scenario V2 = new ScenarioReader(Scenarios.TODAY).read(Scenarios.workedExampleV2Bytes())
            .value();

    private static int firstBuild() {
        return indexOf(true);
    }

    private static int firstRent() {
        return indexOf(false);
    }

    private static int indexOf(boolean build) {
        for (int i = 0; i < V2.options().size(); i++) {
            if (V2.options().get(i).isBuild() == build) {
                return i;
            }
        }
        throw new IllegalStateException("the worked example has both kinds of option");
    }

    private static Scenario withOption(Scenario s, int index, UnaryOperator<Option> change) {
        List<Option> options = new ArrayList<>(s.options());
        options.set(index, change.apply(options.get(index)));
        return s.withOptions(options);
    }

    private static Scenario withServer(Scenario s, UnaryOperator<ServerQuote> change) {
        return withOption(s, firstBuild(), o -> o.withQuote(change.apply((ServerQuote) o.quote())));
    }

    private static Scenario withRental(Scenario s, UnaryOperator<RentalQuote> change) {
        return withOption(s, firstRent(), o -> o.withQuote(change.apply((RentalQuote) o.quote())));
    }

    static Stream<Arguments> edits() {
        BigDecimal big = new BigDecimal("1e13");
        return Stream.of(
                Arguments.of("unchanged", V2),
                Arguments.of("horizon", V2.withHorizonMonths(300)),
                Arguments.of("discount rate", V2.withDiscountRatePct(new BigDecimal("100"))),
                Arguments.of("demand", V2.withDemandPflops(BigDecimal.ZERO)),
                Arguments.of("pue and price", V2.withElectricity(new Electricity(big, new BigDecimal("5"),
                        BigDecimal.TEN, BigDecimal.ZERO, new BigDecimal("-101")))),
                Arguments.of("long name", V2.withName("x".repeat(201))),
                Arguments.of("bad id", withOption(V2, 0, o -> o.withIdAndLabel("Bad Id", o.label()))),
                Arguments.of("duplicate id", withOption(V2, 1, o -> o.withIdAndLabel(V2.options().get(0).id(),
                        o.label()))),
                Arguments.of("efficiency", withOption(V2, 0, o -> o.withEfficiencyPct(new BigDecimal("250")))),
                Arguments.of("rent residual", withOption(V2, firstRent(), o -> o.withResidualValuePct(BigDecimal.TEN))),
                Arguments.of("rent financing", withOption(V2, firstRent(), o -> o.withFinancing(new Financing(
                        com.computetco.domain.FinancingKind.values()[0], new BigDecimal("150"), BigDecimal.ONE, 0,
                        null)))),
                Arguments.of("no rate", withServer(V2, q -> q.withUnitPrice(new Money(q.unitPrice().amount(),
                        "EUR")))),
                Arguments.of("bad currency code", withServer(V2, q -> q.withUnitPrice(new Money(
                        q.unitPrice().amount(), "eur")))),
                Arguments.of("amount", withServer(V2, q -> q.withUnitPrice(new Money(big, "CNY")))),
                Arguments.of("lead time order", withServer(V2, q -> q.withLeadTimeMonths(new Triangular(
                        new BigDecimal("5"), new BigDecimal("3"), new BigDecimal("70"))))),
                Arguments.of("payment sum", withServer(V2, q -> q.withPaymentSchedule(List.of(
                        new PaymentEntry(new BigDecimal("30"), com.computetco.domain.PaymentEvent.values()[0], null),
                        new PaymentEntry(new BigDecimal("60"), com.computetco.domain.PaymentEvent.values()[0], 3))))),
                Arguments.of("rental price change", withRental(V2, q -> q.withAnnualPriceChangePct(
                        new BigDecimal("-150")))),
                Arguments.of("expired rental", withRental(V2, q -> new RentalQuote(q.provider(),
                        q.accelerator(), q.pricePerPflopsYear(), q.pflopsBasis(), q.annualPriceChangePct(),
                        q.minimumPflops(), q.leadTimeMonths(), q.setupFee(), q.voucherPct(), q.quoteDateValue(),
                        LocalDate.of(2024, 6, 30), q.sourceValue(), q.pricePerAcceleratorHour(),
                        q.pflopsPerAccelerator(), q.pricesIncludeVatValue(), q.vatRatePctValue(), q.referenceValue(),
                        q.contactValue()))),
                Arguments.of("baseline is a build option", new Scenario(V2.schemaVersion(), V2.name(), V2.currency(),
                        V2.exchangeRates(), V2.horizonMonths(), V2.discountRatePct(), V2.demandPflops(),
                        V2.electricity(), V2.staff(), V2.colocationPerKwMonth(), V2.bridgeWithRental(),
                        V2.options().get(firstBuild()).id(), V2.options(), V2.uncertainty(), V2.tax(),
                        V2.nameZh())),
                Arguments.of("tax", V2.withTax(V2.tax().withDepreciationYears(30))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void theRulesOnTheDomainSayWhatTheFileReaderSays(String name, Scenario edited) {
        List<Problem> fromFile = new ScenarioReader(Scenarios.TODAY).read(ScenarioWriter.toBytes(edited)).problems();
        List<Problem> fromDomain = ScenarioRules.check(edited, TODAY);
        assertEquals(ProblemAssertions.lines(fromFile), ProblemAssertions.lines(fromDomain));
        assertEquals(fromFile, fromDomain, "codes and values, not only the English sentences");
        assertEquals("unchanged".equals(name), fromDomain.isEmpty(), fromDomain::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void checkingAnEditKeepsTheSameObject(String name, Scenario edited) {
        var checked = new ScenarioReader(Scenarios.TODAY).check(edited);
        boolean hasErrors = checked.problems().stream().anyMatch(Problem::isError);
        assertEquals(!hasErrors, checked.isValid(), name);
        if (checked.isValid()) {
            assertTrue(checked.value() == edited, "no copy made through the file format");
        } else {
            assertFalse(checked.errors().isEmpty());
        }
    }
}
