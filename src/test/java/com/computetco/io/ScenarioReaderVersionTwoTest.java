package com.computetco.io;

import static com.computetco.io.ProblemAssertions.assertHasWarning;
import static com.computetco.io.ProblemAssertions.assertOnlyError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.FinancingKind;
import com.computetco.domain.Option;
import com.computetco.domain.PaymentEvent;
import com.computetco.domain.Quote;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.Scenario;
import com.computetco.domain.ServerQuote;
import com.computetco.testing.Scenarios;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fields schema version 2 adds (methodology sections 1 and 9 to 13): every rule, one message per problem at the
 * field's path, and version 1 files that carry them.
 */
class ScenarioReaderVersionTwoTest {
    private final ScenarioReader reader = new ScenarioReader(Scenarios.TODAY);

    private ReadResult<Scenario> read(JsonObject tree) {
        return reader.read(Scenarios.bytes(tree));
    }

    @Test
    void theVersionTwoWorkedExampleReadsWithoutProblems() {
        ReadResult<Scenario> read = reader.read(Scenarios.workedExampleV2Bytes());
        ProblemAssertions.assertValidWithoutProblems(read);
        Scenario s = read.value();
        assertEquals(new BigDecimal("3"), s.electricity().annualPriceChangePct());
        assertEquals(new BigDecimal("5"), s.staff().annualCostChangePct());
        assertEquals(new BigDecimal("5000000"), s.tax().immediateExpensingLimit());
        Option loan = s.options().get(0);
        assertEquals(FinancingKind.LOAN, loan.financing().kind());
        assertEquals(36, loan.financing().termMonths());
        assertEquals(BigDecimal.ZERO, loan.financing().balloonPct(), "no balloon by default");
        assertEquals(new BigDecimal("30"), loan.supplyRisk().probabilityPct());
        ServerQuote q = (ServerQuote) loan.quote();
        assertTrue(q.pricesIncludeVat());
        assertEquals(PaymentEvent.ACCEPTANCE, q.paymentSchedule().get(2).at());
        assertEquals(12, q.paymentSchedule().get(2).afterMonths());
        assertEquals(0, q.paymentSchedule().get(0).afterMonths(), "afterMonths defaults to 0");
        assertEquals(new BigDecimal("50"), s.options().get(1).electricitySubsidyPctValue());
        assertEquals(FinancingKind.FINANCE_LEASE, s.options().get(1).financing().kind());
        RentalQuote hourly = (RentalQuote) s.options().get(3).quote();
        assertTrue(hourly.hourly());
        assertEquals(new BigDecimal("0.148"), hourly.pflopsPerAccelerator());
        assertEquals(new BigDecimal("6"), hourly.vatRatePct());
        RentalQuote yearly = (RentalQuote) s.options().get(4).quote();
        assertEquals(new BigDecimal("6"), yearly.vatRatePct(), "6 % on compute services by default");
        assertTrue(!yearly.pricesIncludeVat(), "net by default");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            electricity.annualPriceChangePct                  | 101               | electricity.annualPriceChangePct                  | must be at least -100 and at most 100, got 101
            staff.annualCostChangePct                         | -101              | staff.annualCostChangePct                         | must be at least -100 and at most 100, got -101
            tax                                               | []                | tax                                               | must be an object, got an array
            tax.incomeTaxRatePct                              | 101               | tax.incomeTaxRatePct                              | must be at least 0 and at most 100, got 101
            tax.vatRecoverable                                | 1                 | tax.vatRecoverable                                | must be true or false, got a number
            tax.vatRecoveryLagMonths                          | 25                | tax.vatRecoveryLagMonths                          | must be at least 0 and at most 24, got 25
            tax.vatRecoveryLagMonths                          | 1.5               | tax.vatRecoveryLagMonths                          | must be a whole number, got 1.5
            tax.electricityVatRatePct                         | -1                | tax.electricityVatRatePct                         | must be at least 0 and at most 100, got -1
            tax.colocationVatRatePct                          | 101               | tax.colocationVatRatePct                          | must be at least 0 and at most 100, got 101
            tax.depreciationYears                             | 0                 | tax.depreciationYears                             | must be at least 1 and at most 20, got 0
            tax.immediateExpensingLimit                       | -1                | tax.immediateExpensingLimit                       | must be at least 0
            tax.immediateExpensingLimit                       | '"5e6"'           | tax.immediateExpensingLimit                       | must be a number, got a string
            options[0].financing                              | 70                | options[0].financing                              | must be an object, got a number
            options[0].financing.kind                         | '"mortgage"'      | options[0].financing.kind                         | must be one of "loan", "financeLease", got "mortgage"
            options[0].financing.financedPct                  | 0                 | options[0].financing.financedPct                  | must be greater than 0 and at most 100, got 0
            options[0].financing.annualRatePct                | 100               | options[0].financing.annualRatePct                | must be at least 0 and less than 100, got 100
            options[0].financing.termMonths                   | 241               | options[0].financing.termMonths                   | must be at least 1 and at most 240, got 241
            options[0].financing.termMonths                   | 12.5              | options[0].financing.termMonths                   | must be a whole number, got 12.5
            options[1].financing.balloonPct                   | 100               | options[1].financing.balloonPct                   | must be at least 0 and less than 100, got 100
            options[0].supplyRisk.probabilityPct              | 101               | options[0].supplyRisk.probabilityPct              | must be at least 0 and at most 100, got 101
            options[0].supplyRisk.extraDelayMonths.max        | 61                | options[0].supplyRisk.extraDelayMonths.max        | must be at least 0 and at most 60, got 61
            options[0].supplyRisk.extraDelayMonths.min        | 7                 | options[0].supplyRisk.extraDelayMonths.max        | must not be less than min (7), got 6
            options[1].electricitySubsidyPct                  | 101               | options[1].electricitySubsidyPct                  | must be at least 0 and at most 100, got 101
            options[0].quote.pricesIncludeVat                 | '"yes"'           | options[0].quote.pricesIncludeVat                 | must be true or false, got a string
            options[0].quote.vatRatePct                       | 101               | options[0].quote.vatRatePct                       | must be at least 0 and at most 100, got 101
            options[0].quote.paymentSchedule                  | []                | options[0].quote.paymentSchedule                  | must list at least 1 and at most 10 payments, got 0
            options[0].quote.paymentSchedule                  | '{}'              | options[0].quote.paymentSchedule                  | must be an array, got an object
            options[0].quote.paymentSchedule[0].pct           | 0                 | options[0].quote.paymentSchedule[0].pct           | must be greater than 0 and at most 100, got 0
            options[0].quote.paymentSchedule[0].pct           | 40                | options[0].quote.paymentSchedule                  | the percentages must add up to 100, got 110
            options[0].quote.paymentSchedule[1].at            | '"arrival"'       | options[0].quote.paymentSchedule[1].at            | must be one of "signing", "delivery", "acceptance", got "arrival"
            options[0].quote.paymentSchedule[2].afterMonths   | 121               | options[0].quote.paymentSchedule[2].afterMonths   | must be at least 0 and at most 120, got 121
            options[0].quote.paymentSchedule[2].afterMonths   | 1.5               | options[0].quote.paymentSchedule[2].afterMonths   | must be a whole number, got 1.5
            options[0].quote.prepaymentPct                    | 10                | options[0].quote.prepaymentPct                    | a quote gives prepaymentPct or paymentSchedule, not both
            options[3].quote.pflopsPerAccelerator             | 0                 | options[3].quote.pflopsPerAccelerator             | must be greater than 0 and at most 10000, got 0
            options[3].quote.pricePerPflopsYear               | '{"amount": 1, "currency": "CNY"}' | options[3].quote.pricePerAcceleratorHour | a quote gives pricePerPflopsYear or pricePerAcceleratorHour, not both
            options[3].quote.pricePerAcceleratorHour.currency | '"EUR"'           | options[3].quote.pricePerAcceleratorHour.currency | no exchange rate for "EUR"
            options[3].quote.vatRatePct                       | -1                | options[3].quote.vatRatePct                       | must be at least 0 and at most 100, got -1
            options[4].quote.pflopsPerAccelerator             | 0.148             | options[4].quote.pflopsPerAccelerator             | applies only to pricePerAcceleratorHour
            """)
    void badVersionTwoValueIsOneErrorAtItsPath(String path, String jsonValue, String expectedPath, String fragment) {
        assertOnlyError(read(Scenarios.set(Scenarios.workedExampleV2Tree(), path, jsonValue)), expectedPath, fragment);
    }

    @ParameterizedTest(name = "without {0}")
    @CsvSource(delimiter = '|', textBlock = """
            options[0].financing.kind                 | options[0].financing.kind                 | is required
            options[0].financing.financedPct          | options[0].financing.financedPct          | is required
            options[0].financing.annualRatePct        | options[0].financing.annualRatePct        | is required
            options[0].financing.termMonths           | options[0].financing.termMonths           | is required
            options[0].supplyRisk.probabilityPct      | options[0].supplyRisk.probabilityPct      | is required
            options[0].supplyRisk.extraDelayMonths    | options[0].supplyRisk.extraDelayMonths    | is required
            options[0].quote.paymentSchedule[0].pct   | options[0].quote.paymentSchedule[0].pct   | is required
            options[0].quote.paymentSchedule[0].at    | options[0].quote.paymentSchedule[0].at    | is required
            options[3].quote.pflopsPerAccelerator     | options[3].quote.pflopsPerAccelerator     | is required with pricePerAcceleratorHour
            options[3].quote.pricePerAcceleratorHour  | options[3].quote.pricePerPflopsYear       | is required, or pricePerAcceleratorHour
            options[4].quote.pricePerPflopsYear       | options[4].quote.pricePerPflopsYear       | is required, or pricePerAcceleratorHour
            """)
    void missingRequiredVersionTwoFieldIsOneError(String path, String expectedPath, String fragment) {
        JsonObject tree = Scenarios.workedExampleV2Tree();
        if (path.equals("options[3].quote.pricePerAcceleratorHour")) {
            Scenarios.remove(tree, "options[3].quote.pflopsPerAccelerator");
        }
        assertOnlyError(read(Scenarios.remove(tree, path)), expectedPath, fragment);
    }

    @Test
    void paymentsAddingUpTo100WithinAMillionthAreAccepted() {
        JsonObject tree = Scenarios.workedExampleV2Tree();
        Scenarios.set(tree, "options[0].quote.paymentSchedule", "[{\"pct\": 33.3333333, \"at\": \"signing\"},"
                + " {\"pct\": 33.3333333, \"at\": \"delivery\"}, {\"pct\": 33.3333333, \"at\": \"acceptance\"}]");
        assertTrue(read(tree).isValid(), () -> read(tree).problems().toString());
    }

    @Test
    void aPercentageOfExtremeScaleIsSummedWithoutOverflow() {
        // Found by the reader fuzzer: an exact sum of 1e-999999999 and 60 needs a billion digits.
        JsonObject tree = Scenarios.set(Scenarios.workedExampleV2Tree(), "options[0].quote.paymentSchedule[0].pct",
                "1e-999999999");
        assertOnlyError(read(tree), "options[0].quote.paymentSchedule", "the percentages must add up to 100, got 70");
    }

    @Test
    void elevenPaymentsAreRefusedAsAList() {
        StringBuilder entries = new StringBuilder("[");
        for (int i = 0; i < 11; i++) {
            entries.append(i == 0 ? "" : ",").append("{\"pct\": ").append(i == 0 ? "0.5" : "9.95")
                    .append(", \"at\": \"signing\"}");
        }
        JsonObject tree = Scenarios.set(Scenarios.workedExampleV2Tree(), "options[0].quote.paymentSchedule",
                entries + "]");
        assertOnlyError(read(tree), "options[0].quote.paymentSchedule", "at most 10 payments, got 11");
    }

    @Test
    void financingSupplyRiskAndSubsidyOnARentOptionAreIgnoredWithWarnings() {
        JsonObject tree = Scenarios.workedExampleV2Tree();
        Scenarios.set(tree, "options[4].financing", "{\"kind\": \"loan\", \"financedPct\": 50, \"annualRatePct\": 4,"
                + " \"termMonths\": 12}");
        Scenarios.set(tree, "options[4].supplyRisk", "{\"probabilityPct\": 10, \"extraDelayMonths\": {\"min\": 1,"
                + " \"max\": 2}}");
        Scenarios.set(tree, "options[4].electricitySubsidyPct", "30");
        ReadResult<Scenario> read = read(tree);
        assertTrue(read.isValid(), read.problems()::toString);
        for (String field : new String[] {"financing", "supplyRisk", "electricitySubsidyPct"}) {
            assertHasWarning(read, "options[4]." + field, "applies only to build options");
        }
        Option rent = read.value().options().get(4);
        assertTrue(rent.financingPlan().isEmpty() && rent.supplyRiskPlan().isEmpty(), "the engine ignores them");
        assertEquals(ScenarioWriter.toJson(read.value()), ScenarioWriter.toJson(reader.read(
                ScenarioWriter.toBytes(read.value())).value()), "and the file keeps them");
    }

    @Test
    void versionTwoFieldsInAVersionOneFileAreIgnoredWithAWarningSayingTheyNeedVersionTwo() {
        JsonObject tree = Scenarios.workedExampleTree();
        Scenarios.set(tree, "tax", "{}");
        Scenarios.set(tree, "electricity.annualPriceChangePct", "3");
        Scenarios.set(tree, "staff.annualCostChangePct", "5");
        Scenarios.set(tree, "options[0].financing", "{\"kind\": \"loan\"}");
        Scenarios.set(tree, "options[0].electricitySubsidyPct", "50");
        Scenarios.set(tree, "options[0].supplyRisk", "{}");
        Scenarios.set(tree, "options[0].quote.paymentSchedule", "[]");
        Scenarios.set(tree, "options[0].quote.pricesIncludeVat", "true");
        Scenarios.set(tree, "options[0].quote.vatRatePct", "13");
        Scenarios.set(tree, "options[2].quote.pricePerAcceleratorHour", "{\"amount\": 4, \"currency\": \"CNY\"}");
        Scenarios.set(tree, "options[2].quote.pflopsPerAccelerator", "0.1");
        ReadResult<Scenario> read = read(tree);
        assertTrue(read.isValid(), read.problems()::toString);
        for (String path : new String[] {"tax", "electricity.annualPriceChangePct", "staff.annualCostChangePct",
            "options[0].financing", "options[0].electricitySubsidyPct", "options[0].supplyRisk",
            "options[0].quote.paymentSchedule", "options[0].quote.pricesIncludeVat", "options[0].quote.vatRatePct",
            "options[2].quote.pricePerAcceleratorHour", "options[2].quote.pflopsPerAccelerator"}) {
            assertHasWarning(read, path, "needs schema version 2");
        }
        assertEquals(11, read.problems().size(), read.problems()::toString);
        // Ignored means ignored: the file gives exactly the version 1 scenario.
        assertEquals(reader.read(Scenarios.workedExampleBytes()).value(), read.value());
        assertNull(read.value().tax());
    }

    @Test
    void aQuoteFileMayUseTheVersionTwoFields() {
        String json = """
                {"kind": "rental", "provider": "Lessor", "pricePerAcceleratorHour": {"amount": 4.2, "currency": "CNY"},
                 "pflopsPerAccelerator": 0.148, "pricesIncludeVat": true, "vatRatePct": 6}
                """;
        ReadResult<Quote> read = new QuoteReader(Scenarios.TODAY).read(json.getBytes(StandardCharsets.UTF_8));
        ProblemAssertions.assertValidWithoutProblems(read);
        RentalQuote q = (RentalQuote) read.value();
        assertEquals(new BigDecimal("4.2"), q.pricePerAcceleratorHour().amount());
        assertEquals(json.replaceAll("\\s", ""), QuoteWriter.toJson(q).replaceAll("\\s", "")
                .replace(",\"annualPriceChangePct\":0,\"minimumPflops\":0,\"voucherPct\":0", "")
                .replace("\"pflopsBasis\":\"dense\",", ""), "written back in the canonical order");
    }
}
