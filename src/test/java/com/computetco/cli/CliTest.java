package com.computetco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.testing.Scenarios;
import com.computetco.testing.Terminal;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    static Path dir;
    private static Path workedExample;
    private static Path workedExampleV2;

    private final Terminal cli = new Terminal();

    @BeforeAll
    static void copyFixture() throws IOException {
        workedExample = dir.resolve("worked-example.json");
        Scenarios.write(workedExample, Scenarios.workedExampleBytes());
        workedExampleV2 = dir.resolve("worked-example-v2.json");
        Scenarios.write(workedExampleV2, Scenarios.workedExampleV2Bytes());
    }

    @Test
    void evaluateJsonGivesTheAfterTaxFiguresWithATaxBlock() {
        assertEquals(0, cli.run("evaluate", workedExampleV2.toString()));
        JsonObject h20 = cli.json().getAsJsonArray("options").get(0)
                .getAsJsonObject();
        JsonObject afterTax = h20.getAsJsonObject("afterTax");
        assertEquals(List.of("totalCost", "presentValue", "paybackMonths", "discountedPaybackMonths", "irrPct", "vat",
                "incomeTax", "depreciation", "monthly"), List.copyOf(afterTax.keySet()));
        assertEquals(43395007.81467438, afterTax.get("totalCost").getAsDouble(), 1e-6);
        assertEquals(48, afterTax.getAsJsonArray("monthly").size());
        assertEquals(2152799.0591236353, h20.getAsJsonObject("components").get("financing").getAsDouble(), 1e-6);
        assertEquals(7.363250379642768, h20.get("breakEvenRentPriceAsQuoted").getAsDouble(), 1e-9,
                "CNY per card-hour incl. VAT, as the baseline quotes");
    }

    @Test
    void evaluateTableHasAnAfterTaxSectionInBothLanguages() {
        assertEquals(0, cli.run("evaluate", workedExampleV2.toString(), "--format", "table", "--lang", "en"));
        assertTrue(cli.out().contains("After tax (CNY): input VAT and its credit, income tax at the scenario's rate"),
                cli.out());
        assertTrue(cli.out().contains("After-tax total"), cli.out());
        assertTrue(cli.out().contains("43,395,008"), cli.out());
        assertTrue(cli.out().contains("After tax, Ascend supernode (cash) is the cheapest option: 24,467,240 CNY."), cli.out());
        assertEquals(0, cli.run("evaluate", workedExampleV2.toString(), "--format", "table", "--lang", "zh"));
        assertTrue(cli.out().contains("税后总成本") && cli.out().contains("企业所得税") && cli.out().contains("折旧"), cli.out());
        assertTrue(cli.out().contains("税后口径下，“Ascend supernode (cash)”成本最低"), cli.out());
    }

    @Test
    void evaluateTableWithoutATaxBlockHasNoAfterTaxSection() {
        assertEquals(0, cli.run("evaluate", workedExample.toString(), "--format", "table", "--lang", "en"));
        assertFalse(cli.out().contains("After tax"), cli.out());
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void evaluateJsonHasExactlyTheKeysOfSectionSix() {
        assertEquals(0, cli.run("evaluate", workedExample.toString()));
        JsonObject root = cli.json();
        assertEquals(List.of("scenario", "currency", "horizonMonths", "baselineOptionId", "options"),
                List.copyOf(root.keySet()));
        JsonObject option = root.getAsJsonArray("options").get(0).getAsJsonObject();
        assertEquals(List.of("id", "servers", "rentedPflops", "inServiceMonth", "capacityGapMonths", "totalCost",
                "presentValue", "costPerPflopsYear", "components", "paybackMonths", "discountedPaybackMonths",
                "irrPct", "breakEvenRentPricePerPflopsYear", "breakEvenRentPriceAsQuoted", "afterTax", "monthly"), List.copyOf(option.keySet()));
        assertTrue(option.get("rentedPflops").isJsonNull());
        assertEquals(12, option.getAsJsonObject("components").size());
        assertEquals(0.0, option.getAsJsonObject("components").get("financing").getAsDouble(), "no financing: 0");
        assertTrue(option.get("afterTax").isJsonNull(), "no tax block: afterTax is null");
        assertEquals(option.get("breakEvenRentPricePerPflopsYear").getAsDouble(),
                option.get("breakEvenRentPriceAsQuoted").getAsDouble(), 0.0, "a net dense per-P-year quote");
        assertEquals(60, option.getAsJsonArray("monthly").size());
    }

    @Test
    void evaluateJsonCarriesTheEnginesFigures() {
        cli.run("evaluate", workedExample.toString(), "--format", "json");
        JsonObject h100 = cli.json().getAsJsonArray("options").get(0)
                .getAsJsonObject();
        assertEquals(43881784.81000006, h100.get("totalCost").getAsDouble(), 1e-6);
        assertEquals(8.680755034560871, h100.get("irrPct").getAsDouble(), 1e-8);
        assertEquals(9, h100.get("servers").getAsInt());
    }

    @Test
    void evaluateTableShowsAlignedFiguresAndTheVerdict() {
        assertEquals(0, cli.run("evaluate", workedExample.toString(), "--format", "table", "--lang", "en"));
        String table = cli.out();
        assertTrue(table.contains("43,881,785"), table);
        assertTrue(table.contains("Building with NVIDIA HGX H100 (dealer quote) is the cheapest option"), table);
        assertTrue(table.contains("after 56.8 months; IRR 8.7%"), table);
    }

    @Test
    void evaluateTableSpeaksChinese() {
        cli.run("evaluate", workedExample.toString(), "--format", "table", "--lang", "zh");
        assertTrue(cli.out().contains("成本最低"), cli.out());
        assertTrue(cli.out().contains("回本周期"), cli.out());
    }

    @Test
    void invalidScenarioExitsTwoWithEveryProblemAndNoStackTrace() throws IOException {
        String text = Files.readString(workedExample).replace("\"horizonMonths\": 60", "\"horizonMonths\": 600")
                .replace("\"pue\": 1.3", "\"pue\": \"high\"");
        Path bad = write("bad.scenario.json", text);
        assertEquals(2, cli.run("evaluate", bad.toString()));
        assertTrue(cli.err().contains(bad + ": horizonMonths: "), cli.err());
        assertTrue(cli.err().contains(bad + ": electricity.pue: "), cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws IOException {
        Path bad = write("broken.scenario.json", "{\n  \"schemaVersion\": 1,\n  \"name\": \n}");
        assertEquals(2, cli.run("validate", bad.toString()));
        assertTrue(cli.out().matches("(?s).*line 4.*column.*"), cli.out());
    }

    @Test
    void validatePrintsOneLinePerProblemAndFailsOnAnyInvalidFile() throws IOException {
        Path good = workedExample;
        Path bad = write("bad2.scenario.json", "{\"schemaVersion\": 3}");
        assertEquals(2, cli.run("validate", good.toString(), bad.toString()));
        assertTrue(cli.out().contains(good + ": ok"), cli.out());
        assertTrue(cli.out().contains(bad + ": schemaVersion: "), cli.out());
    }

    @Test
    void validateReportsWarningsWithoutFailing() throws IOException {
        String text = Files.readString(workedExample).replace("\"name\":", "\"colour\": \"blue\",\n  \"name\":");
        Path warned = write("warned.scenario.json", text);
        assertEquals(0, cli.run("validate", warned.toString()));
        assertTrue(cli.out().contains(warned + ": colour: warning: "), cli.out());
    }

    /** Problems are codes: {@code --lang} says them in English (the CLI's sentences) or Chinese. */
    @Test
    void validateSaysProblemsInTheLanguageAsked() throws IOException {
        String text = Files.readString(workedExample).replace("\"horizonMonths\": 60", "\"horizonMonths\": 600")
                .replace("\"name\":", "\"colour\": \"blue\",\n  \"name\":");
        Path bad = write("lang.scenario.json", text);
        assertEquals(2, cli.run("validate", bad.toString(), "--lang", "en"));
        assertTrue(cli.out().contains(bad + ": horizonMonths: must be at least 1 and at most 240, got 600\n"), cli.out());
        assertTrue(cli.out().contains(bad + ": colour: warning: unknown field, ignored\n"), cli.out());
        assertEquals(2, cli.run("validate", bad.toString(), "--lang", "zh"));
        assertTrue(cli.out().contains(bad + ": horizonMonths: 必须不小于 1 且不大于 240，当前为 600"), cli.out());
        assertTrue(cli.out().contains(bad + ": colour: 警告：未知字段，已忽略"), cli.out());
        assertFalse(cli.out().contains("must be"), cli.out());
    }

    /** Issue 10 §5: a 150 CNY server and a Monte Carlo range that misses the price are warnings, not errors. */
    @Test
    void validatePrintsPlausibilityWarningsWithoutFailing() throws IOException {
        String text = Files.readString(workedExampleV2).replace("\"amount\": 7910000,", "\"amount\": 150,")
                .replace("\"pricePerKwh\": 0.52", "\"pricePerKwh\": 1.2");
        Path warned = write("implausible.scenario.json", text);
        assertEquals(0, cli.run("validate", warned.toString()));
        assertTrue(cli.out().contains(warned + ": options[2].quote.unitPrice: warning: the price per PFLOPS"), cli.out());
        assertTrue(cli.out().contains(warned + ": uncertainty.electricityPricePerKwh: warning: the range 0.45 to 0.65"
                + " does not contain the electricity price 1.2"), cli.out());
    }

    /** Issue 10 §4: an option cheaper from month 0 reads "from start" in the table; the JSON keeps 0. */
    @Test
    void evaluateTableSaysFromStartInsteadOfAPaybackOfZero() throws IOException {
        Path cheap = write("cheap.scenario.json",
                Files.readString(workedExampleV2).replace("\"amount\": 7910000,", "\"amount\": 150,"));
        assertEquals(0, cli.run("evaluate", cheap.toString(), "--format", "table", "--lang", "en"));
        String supernode = cli.out().lines().filter(l -> l.startsWith("Ascend supernode (cash)")).findFirst()
                .orElseThrow();
        assertTrue(supernode.contains("from start"), supernode);
        assertFalse(supernode.matches(".*\\s0\\.0\\s.*"), supernode);
        assertEquals(0, cli.run("evaluate", cheap.toString(), "--format", "table", "--lang", "zh"));
        assertTrue(cli.out().contains("一开始即更便宜"), cli.out());
        assertEquals(0, cli.run("evaluate", cheap.toString()));
        JsonObject json = cli.json().getAsJsonArray("options").get(2)
                .getAsJsonObject();
        assertEquals(0.0, json.get("paybackMonths").getAsDouble());
    }

    /** Issue 10 §5: a rental sized up by its minimum says so in the table, as in the window. */
    @Test
    void evaluateTableMarksARentalSizedUpByItsMinimum() {
        assertEquals(0, cli.run("evaluate", "sample-quotes/lessor-quote-traps.scenario.json", "--format", "table",
                "--lang", "en"));
        List<String> rows = cli.out().lines().filter(l -> l.contains(" P")).toList();
        assertTrue(rows.stream().anyMatch(l -> l.contains("790.00 P (minimum)")), cli.out());
        assertEquals(1, rows.stream().filter(l -> l.contains("(minimum)")).count(), cli.out());
        assertEquals(0, cli.run("evaluate", "sample-quotes/lessor-quote-traps.scenario.json", "--format", "table",
                "--lang", "zh"));
        assertTrue(cli.out().contains("790.00 P（起租量）"), cli.out());
    }

    @Test
    void validateReadsQuoteFiles() throws IOException {
        Path quote = write("q.quote.json", "{\"kind\": \"rental\", \"provider\": \"L\", "
                + "\"pricePerPflopsYear\": {\"amount\": -5, \"currency\": \"CNY\"}}");
        assertEquals(2, cli.run("validate", quote.toString()));
        assertTrue(cli.out().contains(quote + ": pricePerPflopsYear.amount: "), cli.out());
    }

    @Test
    void missingFileIsInvalidInputNotACrash() {
        assertEquals(2, cli.run("evaluate", dir.resolve("nope.json").toString()));
        assertFalse(cli.err().isBlank());
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(64, cli.run("frobnicate"));
        assertTrue(cli.err().contains("unknown command"), cli.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(64, cli.run("evaluate", workedExample.toString(), "--colour", "red"));
        assertTrue(cli.err().contains("usage: compute-tco evaluate"), cli.err());
    }

    @Test
    void badFormatIsAUsageError() {
        assertEquals(64, cli.run("evaluate", workedExample.toString(), "--format", "xml"));
    }

    @Test
    void helpListsTheCommands() {
        assertEquals(0, cli.run("--help"));
        assertTrue(cli.out().contains("evaluate"), cli.out());
        assertTrue(cli.out().contains("validate"), cli.out());
    }

    @Test
    void perCommandHelpShowsItsUsage() {
        assertEquals(0, cli.run("validate", "--help"));
        assertTrue(cli.out().startsWith("usage: compute-tco validate"), cli.out());
    }
}
