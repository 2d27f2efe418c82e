package com.computetco.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Quote;
import com.computetco.domain.Scenario;
import com.computetco.testing.Scenarios;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioWriterTest {
    private final ScenarioReader reader = new ScenarioReader(Scenarios.TODAY);

    private Scenario workedExample() {
        return reader.read(Scenarios.workedExampleBytes()).value();
    }

    /** Equal as JSON: same keys and order-insensitive objects, numbers equal by value (7.15 == 7.150). */
    private static void assertSameJson(JsonElement expected, JsonElement actual, String path) {
        if (expected.isJsonObject()) {
            assertTrue(actual.isJsonObject(), path);
            JsonObject e = expected.getAsJsonObject();
            JsonObject a = actual.getAsJsonObject();
            assertEquals(e.keySet(), a.keySet(), path);
            for (Map.Entry<String, JsonElement> entry : e.entrySet()) {
                assertSameJson(entry.getValue(), a.get(entry.getKey()), path + "." + entry.getKey());
            }
        } else if (expected.isJsonArray()) {
            JsonArray e = expected.getAsJsonArray();
            JsonArray a = actual.getAsJsonArray();
            assertEquals(e.size(), a.size(), path);
            for (int i = 0; i < e.size(); i++) {
                assertSameJson(e.get(i), a.get(i), path + "[" + i + "]");
            }
        } else if (JsonFields.isNumber(expected)) {
            assertTrue(JsonFields.isNumber(actual), path);
            assertEquals(0, expected.getAsBigDecimal().compareTo(actual.getAsBigDecimal()), path);
        } else {
            assertEquals(expected, actual, path);
        }
    }

    @Test
    void workedExampleWritesBackAsTheSameJsonInVersionTwo() {
        String written = ScenarioWriter.toJson(workedExample());
        JsonObject expected = Scenarios.set(Scenarios.workedExampleTree(), "schemaVersion", "2");
        assertSameJson(expected, Scenarios.parse(written), "$");
    }

    @Test
    void everyVersionTwoFieldWritesBackAsItWasRead() {
        ReadResult<Scenario> read = reader.read(Scenarios.workedExampleV2Bytes());
        assertTrue(read.isValid(), read.problems()::toString);
        JsonObject expected = Scenarios.workedExampleV2Tree();
        // The fields the writer always writes, at their defaults: lateDeliveryPenalty, minimumPflops, voucherPct.
        for (int i = 0; i < 3; i++) {
            Scenarios.set(expected, "options[" + i + "].quote.lateDeliveryPenalty", "false");
        }
        Scenarios.set(expected, "options[3].quote.minimumPflops", "0");
        Scenarios.set(expected, "options[3].quote.voucherPct", "0");
        assertSameJson(expected, Scenarios.parse(ScenarioWriter.toJson(read.value())), "$");
    }

    @Test
    void writingWhatWasWrittenIsByteIdentical() {
        byte[] first = ScenarioWriter.toBytes(workedExample());
        byte[] second = ScenarioWriter.toBytes(reader.read(first).value());
        assertArrayEquals(first, second);
    }

    @Test
    void keysFollowTheMethodologyOrder() {
        JsonObject written = Scenarios.parse(ScenarioWriter.toJson(workedExample())).getAsJsonObject();
        assertEquals(List.of("schemaVersion", "name", "currency", "exchangeRates", "horizonMonths", "discountRatePct",
                "demandPflops", "electricity", "staff", "colocationPerKwMonth", "bridgeWithRental", "baselineOptionId",
                "options", "uncertainty"), new ArrayList<>(written.keySet()));
        assertEquals(List.of("id", "label", "type", "efficiencyPct", "operationsFte", "residualValuePct",
                "supplierDefaultPct", "retraining", "quote"),
                new ArrayList<>(Scenarios.object(written, "options[1]").keySet()));
        assertEquals(List.of("kind", "vendor", "model", "accelerator", "acceleratorsPerServer", "peakPflopsPerServer",
                "pflopsBasis", "unitPrice", "powerKwPerServer", "leadTimeMonths", "installMonths", "prepaymentPct",
                "networkingPct", "installationCost", "warrantyMonths", "supportPctPerYear", "lateDeliveryPenalty"),
                new ArrayList<>(Scenarios.object(written, "options[0].quote").keySet()));
    }

    @Test
    void fileUsesTwoSpaceIndentAndEndsWithOneNewline() {
        String json = ScenarioWriter.toJson(workedExample());
        assertTrue(json.startsWith("{\n  \"schemaVersion\": 2,\n  \"name\": "), json);
        assertTrue(json.endsWith("}\n"));
        assertFalse(json.endsWith("\n\n"));
    }

    @Test
    void rentOptionOmitsBuildOnlyPercentagesWhenZero() {
        JsonObject written = Scenarios.parse(ScenarioWriter.toJson(workedExample())).getAsJsonObject();
        JsonObject rent = Scenarios.object(written, "options[2]");
        assertFalse(rent.has("residualValuePct"));
        assertFalse(rent.has("supplierDefaultPct"));
    }

    @Test
    void buildOptionAlwaysWritesBuildOnlyPercentages() {
        JsonObject tree = Scenarios.remove(Scenarios.workedExampleTree(), "options[0].supplierDefaultPct");
        Scenario scenario = reader.read(Scenarios.bytes(tree)).value();
        JsonObject written = Scenarios.parse(ScenarioWriter.toJson(scenario)).getAsJsonObject();
        assertEquals(BigDecimal.ZERO, Scenarios.object(written, "options[0]").get("supplierDefaultPct").getAsBigDecimal());
    }

    @Test
    void absentOptionalFieldsStayAbsent() {
        JsonObject tree = Scenarios.workedExampleTree();
        Scenarios.remove(tree, "uncertainty");
        Scenarios.remove(tree, "options[2].quote.leadTimeMonths");
        Scenarios.remove(tree, "options[2].quote.setupFee");
        Scenarios.remove(tree, "options[0].quote.accelerator");
        String json = ScenarioWriter.toJson(reader.read(Scenarios.bytes(tree)).value());
        assertSameJson(Scenarios.set(tree, "schemaVersion", "2"), Scenarios.parse(json), "$");
    }

    @Test
    void numbersAreWrittenPlainlyAndExactly() {
        JsonObject tree = Scenarios.set(Scenarios.workedExampleTree(), "electricity.pricePerKwh", "4.5e-1");
        Scenarios.set(tree, "demandPflops", "0.10000000000000000000000001");
        String json = ScenarioWriter.toJson(reader.read(Scenarios.bytes(tree)).value());
        assertTrue(json.contains("\"pricePerKwh\": 0.45,"), json);
        assertTrue(json.contains("\"demandPflops\": 0.10000000000000000000000001,"), json);
    }

    @Test
    void absurdlyLongPlainFormUsesScientificNotationAndReadsBackTheSame() {
        JsonObject tree = Scenarios.set(Scenarios.workedExampleTree(), "electricity.pricePerKwh", "1e-300");
        byte[] first = ScenarioWriter.toBytes(reader.read(Scenarios.bytes(tree)).value());
        assertTrue(new String(first, StandardCharsets.UTF_8).contains("\"pricePerKwh\": 1E-300,"));
        assertArrayEquals(first, ScenarioWriter.toBytes(reader.read(first).value()));
    }

    @Test
    void nonAsciiTextIsWrittenAsUtf8AndReadBack() {
        JsonObject tree = Scenarios.set(Scenarios.workedExampleTree(), "name", "\"64 PFLOPS 训练集群 \\\"A\\\" <b>\"");
        byte[] bytes = ScenarioWriter.toBytes(reader.read(Scenarios.bytes(tree)).value());
        assertEquals("64 PFLOPS 训练集群 \"A\" <b>", reader.read(bytes).value().name());
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("训练集群"));
    }

    @Test
    void scenarioIsSavedToDiskAndReadBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("scenario.json");
        ScenarioWriter.write(workedExample(), file);
        assertEquals(workedExample(), reader.read(file).value());
        assertArrayEquals(ScenarioWriter.toBytes(workedExample()), Files.readAllBytes(file));
    }

    @Test
    void quoteFileRoundTripsByteIdentically() {
        QuoteReader quotes = new QuoteReader(Scenarios.TODAY);
        JsonObject tree = Scenarios.object(Scenarios.workedExampleTree(), "options[0].quote");
        Scenarios.set(tree, "quoteDate", "\"2025-01-10\"");
        Scenarios.set(tree, "source", "\"dealer email\"");
        Quote quote = quotes.read(Scenarios.bytes(tree)).value();
        byte[] first = QuoteWriter.toBytes(quote);
        assertSameJson(tree, Scenarios.parse(first), "$");
        assertArrayEquals(first, QuoteWriter.toBytes(quotes.read(first).value()));
    }

    @Test
    void rentalQuoteKeysFollowTheMethodologyOrder() {
        QuoteReader quotes = new QuoteReader(Scenarios.TODAY);
        JsonObject tree = Scenarios.object(Scenarios.workedExampleTree(), "options[2].quote");
        Scenarios.set(tree, "validUntil", "\"2025-12-31\"");
        JsonObject written = Scenarios.parse(QuoteWriter.toJson(quotes.read(Scenarios.bytes(tree)).value()))
                .getAsJsonObject();
        assertEquals(List.of("kind", "provider", "accelerator", "pricePerPflopsYear", "pflopsBasis",
                "annualPriceChangePct", "minimumPflops", "leadTimeMonths", "setupFee", "voucherPct", "validUntil"),
                new ArrayList<>(written.keySet()));
    }
}
