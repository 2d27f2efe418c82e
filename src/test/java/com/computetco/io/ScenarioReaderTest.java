package com.computetco.io;

import static com.computetco.io.ProblemAssertions.assertHasError;
import static com.computetco.io.ProblemAssertions.assertHasWarning;
import static com.computetco.io.ProblemAssertions.assertOnlyError;
import static com.computetco.io.ProblemAssertions.assertValidWithoutProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.MinMax;
import com.computetco.domain.Money;
import com.computetco.domain.Option;
import com.computetco.domain.OptionType;
import com.computetco.domain.PflopsBasis;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.Scenario;
import com.computetco.domain.ServerQuote;
import com.computetco.domain.Triangular;
import com.computetco.testing.Scenarios;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioReaderTest {
    private final ScenarioReader reader = new ScenarioReader(Scenarios.TODAY);

    private ReadResult<Scenario> read(JsonObject tree) {
        return reader.read(Scenarios.bytes(tree));
    }

    private ReadResult<Scenario> readWith(String path, String jsonValue) {
        return read(Scenarios.set(Scenarios.workedExampleTree(), path, jsonValue));
    }

    private static final String MINIMAL = """
            {
              "schemaVersion": 1,
              "currency": "CNY",
              "demandPflops": 10,
              "electricity": {"pricePerKwh": 0.5},
              "baselineOptionId": "cloud",
              "options": [
                {"id": "cloud", "type": "rent",
                 "quote": {"kind": "rental", "provider": "P", "pricePerPflopsYear": {"amount": 1000, "currency": "CNY"}}},
                {"id": "own", "type": "build",
                 "quote": {"kind": "server", "vendor": "V", "model": "M", "peakPflopsPerServer": 1,
                           "unitPrice": {"amount": 100, "currency": "CNY"}, "powerKwPerServer": 1,
                           "leadTimeMonths": {"min": 1, "likely": 2, "max": 3}}}
              ]
            }
            """;

    private ReadResult<Scenario> readMinimal() {
        return reader.read(MINIMAL.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void workedExampleIsValidWithoutProblems() {
        ReadResult<Scenario> result = reader.read(Scenarios.workedExamplePath());
        assertValidWithoutProblems(result);
        Scenario s = result.value();
        assertEquals("CNY", s.currency());
        assertEquals(Map.of("USD", new BigDecimal("7.15")), s.exchangeRates());
        assertEquals(3, s.options().size());
        assertEquals(new Money(new BigDecimal("7000"), "USD"),
                ((ServerQuote) s.options().get(0).quote()).installationCost());
        assertEquals(new MinMax(new BigDecimal("3"), new BigDecimal("6")),
                s.options().get(1).retraining().monthsRange());
        assertEquals(Triangular.of("0", "0.5", "1"), ((RentalQuote) s.options().get(2).quote()).leadTimeMonths());
    }

    @Test
    void numbersAreKeptExactlyAsWritten() {
        Scenario s = readWith("electricity.pricePerKwh", "0.1000000000000000055511151231257827").value();
        assertEquals("0.1000000000000000055511151231257827", s.electricity().pricePerKwh().toPlainString());
    }

    @Test
    void defaultsAreAppliedToMissingOptionalFields() {
        ReadResult<Scenario> result = readMinimal();
        assertValidWithoutProblems(result);
        Scenario s = result.value();
        assertEquals("", s.name());
        assertEquals(Map.of(), s.exchangeRates());
        assertEquals(60, s.horizonMonths());
        assertEquals(0, s.discountRatePct().compareTo(new BigDecimal("8")));
        assertEquals(0, s.electricity().pue().compareTo(new BigDecimal("1.3")));
        assertEquals(0, s.electricity().loadFactorPct().compareTo(new BigDecimal("80")));
        assertEquals(0, s.electricity().subsidyPct().signum());
        assertEquals(0, s.staff().engineers());
        assertEquals(0, s.staff().monthlyCostPerEngineer().signum());
        assertEquals(0, s.colocationPerKwMonth().signum());
        assertTrue(s.bridgeWithRental());

        Option rent = s.options().get(0);
        assertEquals("cloud", rent.label());
        assertEquals(0, rent.efficiencyPct().compareTo(new BigDecimal("100")));
        assertEquals(0, rent.operationsFte().signum());
        assertEquals(0, rent.residualValuePct().signum());
        assertEquals(0, rent.supplierDefaultPct().signum());
        RentalQuote rental = (RentalQuote) rent.quote();
        assertEquals(PflopsBasis.DENSE, rental.pflopsBasis());
        assertEquals(0, rental.annualPriceChangePct().signum());
        assertEquals(0, rental.minimumPflops().signum());
        assertEquals(0, rental.voucherPct().signum());

        ServerQuote server = (ServerQuote) s.options().get(1).quote();
        assertEquals(8, server.acceleratorsPerServer());
        assertEquals(PflopsBasis.DENSE, server.pflopsBasis());
        assertEquals(0, server.installMonths().signum());
        assertEquals(0, server.prepaymentPct().signum());
        assertEquals(0, server.networkingPct().signum());
        assertEquals(36, server.warrantyMonths());
        assertEquals(0, server.supportPctPerYear().signum());
        assertFalse(server.lateDeliveryPenalty());
    }

    @Test
    void absentNullableFieldsStayNull() {
        Scenario s = readMinimal().value();
        assertNull(s.uncertainty());
        Option rent = s.options().get(0);
        assertNull(rent.retraining());
        RentalQuote rental = (RentalQuote) rent.quote();
        assertNull(rental.accelerator());
        assertNull(rental.leadTimeMonths());
        assertNull(rental.setupFee());
        assertNull(rental.quoteDateValue());
        assertNull(rental.validUntilValue());
        assertNull(rental.sourceValue());
        ServerQuote server = (ServerQuote) s.options().get(1).quote();
        assertNull(server.accelerator());
        assertNull(server.installationCost());
    }

    @Test
    void retrainingGivenWithoutItsFieldsTakesTheirDefaults() {
        Scenario s = readWith("options[0].retraining", "{}").value();
        assertEquals(0, s.options().get(0).retraining().months().signum());
        assertEquals(0, s.options().get(0).retraining().productivityLossPct().compareTo(new BigDecimal("50")));
        assertNull(s.options().get(0).retraining().monthsRange());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        JsonObject tree = Scenarios.workedExampleTree();
        Scenarios.set(tree, "horizonMonths", "300");
        Scenarios.set(tree, "electricity.pue", "\"high\"");
        Scenarios.set(tree, "options[1].quote.unitPrice.currency", "\"EUR\"");
        ReadResult<Scenario> result = read(tree);
        assertNull(result.value());
        assertEquals(List.of(
                "horizonMonths: must be at least 1 and at most 240, got 300",
                "electricity.pue: must be a number, got a string",
                "options[1].quote.unitPrice.currency: no exchange rate for \"EUR\""),
                ProblemAssertions.lines(result.problems()));
    }

    @Test
    void unknownFieldsAreWarningsAndTheFileStaysValid() {
        JsonObject tree = Scenarios.workedExampleTree();
        Scenarios.set(tree, "colour", "\"blue\"");
        Scenarios.set(tree, "options[0].quote.discount", "5");
        Scenarios.set(tree, "options[0].quote.unitPrice.vat", "true");
        ReadResult<Scenario> result = read(tree);
        assertTrue(result.isValid(), () -> result.problems().toString());
        assertEquals(3, result.warnings().size());
        assertHasWarning(result, "colour", "unknown field, ignored");
        assertHasWarning(result, "options[0].quote.discount", "unknown field, ignored");
        assertHasWarning(result, "options[0].quote.unitPrice.vat", "unknown field, ignored");
    }

    @Test
    void integerFieldAcceptsAWholeNumberWrittenWithADecimalPoint() {
        ReadResult<Scenario> result = readWith("horizonMonths", "60.0");
        assertValidWithoutProblems(result);
        assertEquals(60, result.value().horizonMonths());
    }

    @Test
    void schemaVersionWrittenAsOnePointZeroIsVersionOne() {
        assertValidWithoutProblems(readWith("schemaVersion", "1.0"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            schemaVersion                              | 3               | schemaVersion                              | written by a newer version of Compute TCO (schema version 3)
            schemaVersion                              | '"1"'           | schemaVersion                              | must be a whole number, got a string
            name                                       | 5               | name                                       | must be a string, got a number
            currency                                   | '"cny"'         | currency                                   | three capital letters
            currency                                   | '"CNYX"'        | currency                                   | three capital letters
            currency                                   | null            | currency                                   | must be a string, got null
            exchangeRates                              | []              | exchangeRates                              | must be an object, got an array
            exchangeRates.USD                          | 0               | exchangeRates.USD                          | must be at least 0.000001 and at most 1000000, got 0
            exchangeRates.USD                          | 1000000.5       | exchangeRates.USD                          | must be at least 0.000001 and at most 1000000, got 1000000.5
            exchangeRates.USD                          | '"7.15"'        | exchangeRates.USD                          | must be a number, got a string
            exchangeRates.usd                          | 7               | exchangeRates.usd                          | three capital letters
            exchangeRates.CNY                          | 2               | exchangeRates.CNY                          | the rate of the base currency must be 1, got 2
            horizonMonths                              | 300             | horizonMonths                              | must be at least 1 and at most 240, got 300
            horizonMonths                              | 0               | horizonMonths                              | must be at least 1 and at most 240, got 0
            horizonMonths                              | 60.5            | horizonMonths                              | must be a whole number, got 60.5
            horizonMonths                              | true            | horizonMonths                              | must be a whole number, got true
            discountRatePct                            | 100             | discountRatePct                            | must be at least 0 and less than 100, got 100
            discountRatePct                            | -1              | discountRatePct                            | must be at least 0 and less than 100, got -1
            demandPflops                               | 0               | demandPflops                               | must be greater than 0 and at most 10000000, got 0
            demandPflops                               | 10000001        | demandPflops                               | at most 10000000, got 10000001
            demandPflops                               | '"1e3"'         | demandPflops                               | must be a number, got a string
            demandPflops                               | '"NaN"'         | demandPflops                               | must be a number, got a string
            demandPflops                               | 1e400           | demandPflops                               | must be a finite number, got 1E+400
            electricity                                | 0.45            | electricity                                | must be an object, got a number
            electricity.pricePerKwh                    | -0.1            | electricity.pricePerKwh                    | must be at least 0 and at most 1000000000000, got -0.1
            electricity.pricePerKwh                    | 1.1e12          | electricity.pricePerKwh                    | at most 1000000000000, got 1100000000000
            electricity.pue                            | 0.9             | electricity.pue                            | must be at least 1 and at most 3, got 0.9
            electricity.pue                            | 3.01            | electricity.pue                            | must be at least 1 and at most 3, got 3.01
            electricity.loadFactorPct                  | 101             | electricity.loadFactorPct                  | must be at least 0 and at most 100, got 101
            electricity.subsidyPct                     | -5              | electricity.subsidyPct                     | must be at least 0 and at most 100, got -5
            staff                                      | 12              | staff                                      | must be an object, got a number
            staff.engineers                            | 100001          | staff.engineers                            | must be at least 0 and at most 100000, got 100001
            staff.engineers                            | 2.5             | staff.engineers                            | must be a whole number, got 2.5
            staff.monthlyCostPerEngineer               | -1              | staff.monthlyCostPerEngineer               | must be at least 0
            colocationPerKwMonth                       | 1e13            | colocationPerKwMonth                       | at most 1000000000000, got 10000000000000
            bridgeWithRental                           | 1               | bridgeWithRental                           | must be true or false, got a number
            bridgeWithRental                           | '"true"'        | bridgeWithRental                           | must be true or false, got a string
            baselineOptionId                           | '"nvidia-h100"' | baselineOptionId                           | must name a rent option, but "nvidia-h100" (options[0]) is a build option
            baselineOptionId                           | '"nope"'        | baselineOptionId                           | none has id "nope"
            baselineOptionId                           | 3               | baselineOptionId                           | must be a string, got a number
            options                                    | []              | options                                    | must list at least 1 and at most 50 options, got 0
            options                                    | '{}'            | options                                    | must be an array, got an object
            options[0]                                 | 5               | options[0]                                 | must be an object, got a number
            options[0].id                              | '"Nvidia"'      | options[0].id                              | must be 1 to 40 lower-case letters, digits or hyphens, got "Nvidia"
            options[0].id                              | '""'            | options[0].id                              | lower-case letters
            options[0].id                              | '"abcdefghij-abcdefghij-abcdefghij-abcdefgh"' | options[0].id  | lower-case letters
            options[0].id                              | '"a_b"'         | options[0].id                              | lower-case letters
            options[2].id                              | '"Rent-H800"'   | options[2].id                              | lower-case letters
            options[1].id                              | '"nvidia-h100"' | options[1].id                              | duplicate id "nvidia-h100", already used by options[0]
            options[0].label                           | false           | options[0].label                           | must be a string, got false
            options[0].type                            | '"buy"'         | options[0].type                            | must be one of "build", "rent", got "buy"
            options[0].efficiencyPct                   | 0               | options[0].efficiencyPct                   | must be greater than 0 and at most 200, got 0
            options[0].efficiencyPct                   | 200.5           | options[0].efficiencyPct                   | must be greater than 0 and at most 200, got 200.5
            options[0].operationsFte                   | 10001           | options[0].operationsFte                   | must be at least 0 and at most 10000, got 10001
            options[0].residualValuePct                | 101             | options[0].residualValuePct                | must be at least 0 and at most 100, got 101
            options[0].supplierDefaultPct              | -1              | options[0].supplierDefaultPct              | must be at least 0 and at most 100, got -1
            options[1].retraining                      | 4               | options[1].retraining                      | must be an object, got a number
            options[1].retraining.months               | 25              | options[1].retraining.months               | must be at least 0 and at most 24, got 25
            options[1].retraining.productivityLossPct  | 101             | options[1].retraining.productivityLossPct  | must be at least 0 and at most 100, got 101
            options[1].retraining.monthsRange.max      | 25              | options[1].retraining.monthsRange.max      | must be at least 0 and at most 24, got 25
            options[1].retraining.monthsRange.min      | 7               | options[1].retraining.monthsRange.max      | must not be less than min (7), got 6
            options[0].quote                           | '"quote"'       | options[0].quote                           | must be an object, got a string
            options[0].quote.kind                      | 1               | options[0].quote.kind                      | must be a string, got a number
            options[0].quote.vendor                    | '""'            | options[0].quote.vendor                    | must not be empty
            options[0].quote.vendor                    | '"   "'         | options[0].quote.vendor                    | must not be empty
            options[0].quote.model                     | 1               | options[0].quote.model                     | must be a string, got a number
            options[0].quote.accelerator               | []              | options[0].quote.accelerator               | must be a string, got an array
            options[0].quote.acceleratorsPerServer     | 0               | options[0].quote.acceleratorsPerServer     | must be at least 1 and at most 1024, got 0
            options[0].quote.acceleratorsPerServer     | 1025            | options[0].quote.acceleratorsPerServer     | must be at least 1 and at most 1024, got 1025
            options[0].quote.acceleratorsPerServer     | 8.5             | options[0].quote.acceleratorsPerServer     | must be a whole number, got 8.5
            options[0].quote.peakPflopsPerServer       | 0.0009          | options[0].quote.peakPflopsPerServer       | must be at least 0.001 and at most 10000, got 0.0009
            options[0].quote.peakPflopsPerServer       | 10000.1         | options[0].quote.peakPflopsPerServer       | must be at least 0.001 and at most 10000, got 10000.1
            options[0].quote.pflopsBasis               | '"Dense"'       | options[0].quote.pflopsBasis               | must be one of "dense", "sparse", got "Dense"
            options[0].quote.unitPrice                 | 2700000         | options[0].quote.unitPrice                 | must be an object, got a number
            options[0].quote.unitPrice.amount          | -1              | options[0].quote.unitPrice.amount          | must be at least 0 and at most 1000000000000, got -1
            options[0].quote.unitPrice.amount          | 1000000000001   | options[0].quote.unitPrice.amount          | at most 1000000000000, got 1000000000001
            options[0].quote.unitPrice.currency        | '"EUR"'         | options[0].quote.unitPrice.currency        | no exchange rate for "EUR"
            options[0].quote.unitPrice.currency        | '"usd"'         | options[0].quote.unitPrice.currency        | three capital letters
            options[0].quote.powerKwPerServer          | 0               | options[0].quote.powerKwPerServer          | must be greater than 0 and at most 1000, got 0
            options[0].quote.powerKwPerServer          | 1000.1          | options[0].quote.powerKwPerServer          | must be greater than 0 and at most 1000, got 1000.1
            options[0].quote.leadTimeMonths            | 4               | options[0].quote.leadTimeMonths            | must be an object, got a number
            options[0].quote.leadTimeMonths.max        | 61              | options[0].quote.leadTimeMonths.max        | must be at least 0 and at most 60, got 61
            options[0].quote.leadTimeMonths.min        | -1              | options[0].quote.leadTimeMonths.min        | must be at least 0 and at most 60, got -1
            options[0].quote.leadTimeMonths.likely     | 1               | options[0].quote.leadTimeMonths.likely     | must not be less than min (2), got 1
            options[0].quote.leadTimeMonths.max        | 3               | options[0].quote.leadTimeMonths.max        | must not be less than likely (4), got 3
            options[0].quote.installMonths             | -0.5            | options[0].quote.installMonths             | must be at least 0, got -0.5
            options[0].quote.installMonths             | 1e400           | options[0].quote.installMonths             | must be a finite number
            options[0].quote.prepaymentPct             | 100.01          | options[0].quote.prepaymentPct             | must be at least 0 and at most 100, got 100.01
            options[0].quote.networkingPct             | -1              | options[0].quote.networkingPct             | must be at least 0, got -1
            options[0].quote.installationCost.currency | '"JPY"'         | options[0].quote.installationCost.currency | no exchange rate for "JPY"
            options[0].quote.installationCost.amount   | '"7000"'        | options[0].quote.installationCost.amount   | must be a number, got a string
            options[0].quote.warrantyMonths            | 12.5            | options[0].quote.warrantyMonths            | must be a whole number, got 12.5
            options[0].quote.warrantyMonths            | -1              | options[0].quote.warrantyMonths            | must be at least 0, got -1
            options[0].quote.warrantyMonths            | 3000000000      | options[0].quote.warrantyMonths            | must be at most 2147483647, got 3000000000
            options[0].quote.supportPctPerYear         | -1              | options[0].quote.supportPctPerYear         | must be at least 0, got -1
            options[0].quote.lateDeliveryPenalty       | 0               | options[0].quote.lateDeliveryPenalty       | must be true or false, got a number
            options[0].quote.quoteDate                 | '"2026-02-30"'  | options[0].quote.quoteDate                 | must be a real date written as YYYY-MM-DD, got "2026-02-30"
            options[0].quote.validUntil                | '"30/06/2024"'  | options[0].quote.validUntil                | must be a real date written as YYYY-MM-DD, got "30/06/2024"
            options[0].quote.validUntil                | '"2025-3-1"'    | options[0].quote.validUntil                | must be a real date
            options[0].quote.quoteDate                 | 20260101        | options[0].quote.quoteDate                 | must be a string, got a number
            options[0].quote.source                    | 7               | options[0].quote.source                    | must be a string, got a number
            options[2].quote.provider                  | '""'            | options[2].quote.provider                  | must not be empty
            options[2].quote.pricePerPflopsYear.amount | '"180000"'      | options[2].quote.pricePerPflopsYear.amount | must be a number, got a string
            options[2].quote.pricePerPflopsYear.currency | '"EUR"'       | options[2].quote.pricePerPflopsYear.currency | no exchange rate for "EUR"
            options[2].quote.annualPriceChangePct      | -101            | options[2].quote.annualPriceChangePct      | must be at least -100 and at most 100, got -101
            options[2].quote.annualPriceChangePct      | 100.5           | options[2].quote.annualPriceChangePct      | must be at least -100 and at most 100, got 100.5
            options[2].quote.minimumPflops             | -1              | options[2].quote.minimumPflops             | must be at least 0 and at most 10000000, got -1
            options[2].quote.minimumPflops             | 10000001        | options[2].quote.minimumPflops             | must be at least 0 and at most 10000000, got 10000001
            options[2].quote.leadTimeMonths.likely     | 2               | options[2].quote.leadTimeMonths.max        | must not be less than likely (2), got 1
            options[2].quote.leadTimeMonths.max        | 61              | options[2].quote.leadTimeMonths.max        | must be at least 0 and at most 60, got 61
            options[2].quote.setupFee.currency         | '"GBP"'         | options[2].quote.setupFee.currency         | no exchange rate for "GBP"
            options[2].quote.voucherPct                | 101             | options[2].quote.voucherPct                | must be at least 0 and at most 100, got 101
            uncertainty                                | []              | uncertainty                                | must be an object, got an array
            uncertainty.electricityPricePerKwh.min     | -0.1            | uncertainty.electricityPricePerKwh.min     | must be at least 0
            uncertainty.electricityPricePerKwh.likely  | 0.9             | uncertainty.electricityPricePerKwh.max     | must not be less than likely (0.9), got 0.8
            uncertainty.rentAnnualPriceChangePct.min   | -101            | uncertainty.rentAnnualPriceChangePct.min   | must be at least -100 and at most 100, got -101
            uncertainty.rentAnnualPriceChangePct.max   | -30             | uncertainty.rentAnnualPriceChangePct.max   | must not be less than min (-25), got -30
            """)
    void badValueIsOneErrorAtItsPath(String path, String jsonValue, String expectedPath, String fragment) {
        assertOnlyError(readWith(path, jsonValue), expectedPath, fragment);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            schemaVersion
            currency
            demandPflops
            electricity
            electricity.pricePerKwh
            baselineOptionId
            options
            options[0].id
            options[0].type
            options[0].quote
            options[0].quote.kind
            options[0].quote.vendor
            options[0].quote.model
            options[0].quote.peakPflopsPerServer
            options[0].quote.unitPrice
            options[0].quote.unitPrice.amount
            options[0].quote.unitPrice.currency
            options[0].quote.powerKwPerServer
            options[0].quote.leadTimeMonths
            options[0].quote.leadTimeMonths.likely
            options[2].quote.provider
            options[2].quote.pricePerPflopsYear
            options[2].quote.leadTimeMonths.min
            options[2].quote.setupFee.amount
            uncertainty.electricityPricePerKwh.max
            uncertainty.rentAnnualPriceChangePct.min
            """)
    void missingRequiredFieldIsOneErrorAtItsPath(String path) {
        assertOnlyError(read(Scenarios.remove(Scenarios.workedExampleTree(), path)), path, "is required");
    }

    @Test
    void rootThatIsNotAnObjectIsRefused() {
        assertOnlyError(reader.read("[1, 2]".getBytes(StandardCharsets.UTF_8)), "$", "must hold one JSON object");
    }

    @Test
    void anotherSchemaVersionIsTheOnlyErrorReported() {
        JsonObject tree = Scenarios.workedExampleTree();
        Scenarios.set(tree, "schemaVersion", "3");
        Scenarios.set(tree, "horizonMonths", "999");
        assertOnlyError(read(tree), "schemaVersion", "this file was written by a newer version of Compute TCO "
                + "(schema version 3); this build reads versions up to 2 \u2014 please update");
    }

    @Test
    void moreThanFiftyOptionsAreRefused() {
        JsonObject tree = Scenarios.workedExampleTree();
        JsonArray options = Scenarios.array(tree, "options");
        for (int i = options.size(); i < 51; i++) {
            JsonObject copy = options.get(2).getAsJsonObject().deepCopy();
            copy.addProperty("id", "rent-" + i);
            options.add(copy);
        }
        assertOnlyError(read(tree), "options", "must list at least 1 and at most 50 options, got 51");
    }

    @Test
    void fiftyOptionsAreAccepted() {
        JsonObject tree = Scenarios.workedExampleTree();
        JsonArray options = Scenarios.array(tree, "options");
        for (int i = options.size(); i < 50; i++) {
            JsonObject copy = options.get(2).getAsJsonObject().deepCopy();
            copy.addProperty("id", "rent-" + i);
            options.add(copy);
        }
        assertValidWithoutProblems(read(tree));
    }

    @Test
    void quoteKindNotMatchingTheOptionTypeIsExactlyOneError() {
        // The quote still holds server fields and lacks the rental ones: none of that may be reported.
        ReadResult<Scenario> result = readWith("options[1].quote.kind", "\"rental\"");
        assertOnlyError(result, "options[1].quote.kind", "must be \"server\" for a build option, got \"rental\"");
        assertEquals(1, result.problems().size(), () -> result.problems().toString());
    }

    @Test
    void quoteKindOfAnUnknownWordOnABuildOptionIsExactlyOneError() {
        assertOnlyError(readWith("options[0].quote.kind", "\"servers\""), "options[0].quote.kind",
                "must be \"server\" for a build option");
    }

    @Test
    void quoteWithoutKindIsStillCheckedByTheOptionType() {
        JsonObject tree = Scenarios.workedExampleTree();
        Scenarios.remove(tree, "options[0].quote.kind");
        Scenarios.set(tree, "options[0].quote.prepaymentPct", "150");
        ReadResult<Scenario> result = read(tree);
        assertEquals(2, result.errors().size(), () -> result.problems().toString());
        assertHasError(result, "options[0].quote.kind", "is required");
        assertHasError(result, "options[0].quote.prepaymentPct", "at most 100");
    }

    @Test
    void optionWithAnInvalidTypeStillHasItsQuoteChecked() {
        JsonObject tree = Scenarios.workedExampleTree();
        Scenarios.set(tree, "options[0].type", "\"own\"");
        Scenarios.set(tree, "options[0].quote.powerKwPerServer", "0");
        ReadResult<Scenario> result = read(tree);
        assertEquals(2, result.errors().size(), () -> result.problems().toString());
        assertHasError(result, "options[0].quote.powerKwPerServer", "greater than 0");
    }

    @Test
    void buildOnlyPercentagesOnARentOptionAreWarningsOnly() {
        JsonObject tree = Scenarios.workedExampleTree();
        Scenarios.set(tree, "options[2].residualValuePct", "10");
        Scenarios.set(tree, "options[2].supplierDefaultPct", "0");
        ReadResult<Scenario> result = read(tree);
        assertTrue(result.isValid(), () -> result.problems().toString());
        assertEquals(2, result.warnings().size());
        assertHasWarning(result, "options[2].residualValuePct", "ignored for a rent option");
        assertHasWarning(result, "options[2].supplierDefaultPct", "ignored for a rent option");
    }

    @Test
    void expiredQuoteIsOnlyAWarning() {
        ReadResult<Scenario> result = readWith("options[0].quote.validUntil", "\"2024-06-30\"");
        assertTrue(result.isValid());
        assertEquals(List.of("options[0].quote.validUntil: warning: quote expired on 2024-06-30"),
                ProblemAssertions.lines(result.problems()));
    }

    @Test
    void quoteValidUntilTodayIsNotExpired() {
        assertValidWithoutProblems(readWith("options[2].quote.validUntil", "\"2025-03-01\""));
    }

    @Test
    void currencyWithARateIsAcceptedForMoney() {
        assertValidWithoutProblems(readWith("options[0].quote.unitPrice.currency", "\"USD\""));
    }

    @Test
    void invalidRateDoesNotCascadeToAmountsInThatCurrency() {
        // installationCost of options[0] is in USD; only the rate itself is wrong.
        assertOnlyError(readWith("exchangeRates.USD", "-7"), "exchangeRates.USD", "at least 0.000001");
    }

    @Test
    void baseCurrencyRateOfOneIsAccepted() {
        assertValidWithoutProblems(readWith("exchangeRates.CNY", "1.00"));
    }

    @Test
    void baselineNamingAnInvalidOptionIsNotReportedTwice() {
        assertOnlyError(readWith("options[2].efficiencyPct", "-3"), "options[2].efficiencyPct", "greater than 0");
    }

    @Test
    void fileThatDoesNotExistIsAProblemNotAnException(@TempDir Path dir) {
        assertOnlyError(reader.read(dir.resolve("missing.json")), "$", "cannot read the file: no such file");
    }

    @Test
    void directoryInsteadOfAFileIsAProblemNotAnException(@TempDir Path dir) {
        assertOnlyError(reader.read(dir), "$", "cannot read the file");
    }

    @Test
    void scenarioEditedInMemoryIsCheckedByTheSameRules() {
        Scenario edited = reader.read(Scenarios.workedExampleBytes()).value().withHorizonMonths(300);
        assertOnlyError(reader.check(edited), "horizonMonths", "must be at least 1 and at most 240, got 300");
    }

    @Test
    void optionTypeAndRetrainingAreRead() {
        Scenario s = reader.read(Scenarios.workedExampleBytes()).value();
        assertEquals(OptionType.BUILD, s.options().get(1).type());
        assertEquals(new BigDecimal("4.5"), s.options().get(1).retraining().months());
        assertEquals(OptionType.RENT, s.options().get(2).type());
    }
}
