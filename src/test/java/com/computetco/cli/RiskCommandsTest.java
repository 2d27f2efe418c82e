package com.computetco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.testing.Scenarios;
import com.computetco.testing.Terminal;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The risk view's commands: simulate, tornado, breakeven, bench-risk. */
class RiskCommandsTest {
    @TempDir
    static Path dir;
    private static Path worked;
    private static Path invalid;

    private final Terminal cli = new Terminal();

    @BeforeAll
    static void copyFixture() throws IOException {
        worked = dir.resolve("worked-example.json");
        Scenarios.write(worked, Scenarios.workedExampleBytes());
        invalid = dir.resolve("invalid.json");
        Files.writeString(invalid, "{\"schemaVersion\": 1, \"currency\": \"CNY\", \"horizonMonths\": 0}");
    }

    private JsonObject json() {
        return cli.json();
    }

    @Test
    void tornadoAfterTaxAddsTheTaxInputsAndNeedsATaxBlock() throws IOException {
        Path v2 = dir.resolve("worked-example-v2.json");
        try (InputStream in = RiskCommandsTest.class.getResourceAsStream(
                "/com/computetco/engine/worked-example-v2.json")) {
            Files.write(v2, in.readAllBytes());
        }
        assertEquals(0, cli.run("tornado", v2.toString(), "--option", "h20-loan", "--measure", "aftertax"));
        String bars = cli.out();
        assertTrue(bars.contains("\"measure\": \"aftertax\"") && bars.contains("\"incomeTaxRate\"")
                && bars.contains("\"vatRecoverable\"") && bars.contains("\"loanRate\""), bars);
        assertEquals(0, cli.run("tornado", v2.toString(), "--option", "h20-loan", "--format", "table", "--lang", "zh",
                "--measure", "aftertax"));
        assertTrue(cli.out().contains("企业所得税税率") && cli.out().contains("税后总成本"), cli.out());
        assertEquals(64, cli.run("tornado", worked.toString(), "--option", "nvidia-h100", "--measure", "aftertax"));
        assertTrue(cli.err().contains("no tax block"), cli.err());
        assertEquals(0, cli.run("breakeven", v2.toString(), "--option", "h20-loan"));
        assertTrue(cli.out().contains("\"financedShare\"") && cli.out().contains("\"electricityEscalation\""), cli.out());
    }

    @Test
    void simulateJsonHasTheDocumentedShape() {
        assertEquals(0, cli.run("simulate", worked.toString(), "--iterations", "2000", "--seed", "5"));
        JsonObject root = json();
        assertEquals(List.of("iterations", "seed", "options"), List.copyOf(root.keySet()));
        assertEquals(2000, root.get("iterations").getAsInt());
        assertEquals(5, root.get("seed").getAsLong());
        JsonArray options = root.getAsJsonArray("options");
        assertEquals(3, options.size());
        double sum = 0;
        for (JsonElement e : options) {
            JsonObject o = e.getAsJsonObject();
            assertEquals(List.of("id", "mean", "p10", "p50", "p90", "probabilityCheapest", "payback"),
                    List.copyOf(o.keySet()));
            assertEquals(List.of("p10", "p50", "p90", "neverShare"), List.copyOf(o.getAsJsonObject("payback")
                    .keySet()));
            sum += o.get("probabilityCheapest").getAsDouble();
        }
        assertEquals(1.0, sum, 1e-12);
        JsonObject baseline = options.get(2).getAsJsonObject();
        assertEquals("rent-h800", baseline.get("id").getAsString());
        for (String key : List.of("p10", "p50", "p90", "neverShare")) {
            assertTrue(baseline.getAsJsonObject("payback").get(key).isJsonNull(), key);
        }
    }

    @Test
    void simulateGivesTheSameJsonWhateverTheThreads() {
        cli.run("simulate", worked.toString(), "--iterations", "3000", "--seed", "77", "--threads", "1");
        String one = cli.out();
        cli.run("simulate", worked.toString(), "--iterations", "3000", "--seed", "77", "--threads", "4");
        assertEquals(one, cli.out());
    }

    @Test
    void simulateTableEndsWithTheSummarySentence() {
        assertEquals(0, cli.run("simulate", worked.toString(), "--iterations", "1000", "--format", "table", "--lang",
                "en"));
        assertTrue(cli.out().matches("(?s).*\\n.+ is the cheapest option in \\d+% of simulated futures\\.\\n"), cli.out());
        assertTrue(cli.out().contains("Leased H800 capacity (baseline)"), cli.out());
        assertEquals(0, cli.run("simulate", worked.toString(), "--iterations", "1000", "--format", "table", "--lang",
                "zh"));
        assertTrue(cli.out().contains("的模拟情形中"), cli.out());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            simulate, --iterations 0, --iterations
            simulate, --iterations many, --iterations
            simulate, --seed 1.5, --seed
            simulate, --threads 0, --threads
            simulate, --format xml, --format
            simulate, --option nvidia-h100, unknown option
            tornado, --option nvidia-h100 --format xml, --format
            tornado, --option nvidia-h100 --measure npv, --measure
            breakeven, --format xml, --format
            bench-risk, --iterations -3, --iterations
            """)
    void badOptionValuesAreUsageErrors(String command, String options, String named) {
        String[] args = (command + " " + worked + " " + options).split(" ");
        assertEquals(64, cli.run(args));
        assertTrue(cli.err().contains(named), cli.err());
        assertTrue(cli.err().contains("usage: compute-tco " + command), cli.err());
    }

    @Test
    void tornadoNeedsAnOption() {
        assertEquals(64, cli.run("tornado", worked.toString()));
        assertTrue(cli.err().contains("--option"), cli.err());
    }

    @Test
    void tornadoRefusesTheBaselineAndUnknownOptions() {
        assertEquals(64, cli.run("tornado", worked.toString(), "--option", "rent-h800"));
        assertTrue(cli.err().contains("baseline"), cli.err());
        assertEquals(64, cli.run("tornado", worked.toString(), "--option", "nope"));
        assertEquals(64, cli.run("breakeven", worked.toString(), "--option", "rent-h800"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            simulate, --iterations 10
            tornado, --option nvidia-h100
            breakeven, --format json
            bench-risk, --iterations 10
            """)
    void anInvalidFileExitsWithTwo(String command, String options) {
        assertEquals(2, cli.run((command + " " + invalid + " " + options).split(" ")));
        assertFalse(cli.err().isBlank());
        assertFalse(cli.err().contains("Exception"), cli.err());
        assertTrue(cli.out().isEmpty(), cli.out());
    }

    @Test
    void tornadoJsonListsBarsLargestFirst() {
        assertEquals(0, cli.run("tornado", worked.toString(), "--option", "nvidia-h100"));
        JsonObject root = json();
        assertEquals(List.of("option", "baseline", "currency", "measure", "optionValue", "baselineValue",
                "difference", "bars"), List.copyOf(root.keySet()));
        JsonArray bars = root.getAsJsonArray("bars");
        assertTrue(bars.size() >= 8);
        double previous = Double.POSITIVE_INFINITY;
        for (JsonElement e : bars) {
            JsonObject bar = e.getAsJsonObject();
            assertEquals(List.of("input", "value", "low", "high", "rangeGiven", "differenceAtLow",
                    "differenceAtHigh", "effectLow", "effectHigh", "flips"), List.copyOf(bar.keySet()));
            double size = Math.max(Math.abs(bar.get("effectLow").getAsDouble()),
                    Math.abs(bar.get("effectHigh").getAsDouble()));
            assertTrue(size <= previous);
            previous = size;
        }
        assertEquals("rentAnnualChange", bars.get(0).getAsJsonObject().get("input").getAsString());
        assertTrue(bars.get(0).getAsJsonObject().get("flips").getAsBoolean());
    }

    @Test
    void tornadoTableNamesTheInputsInBothLanguages() {
        assertEquals(0, cli.run("tornado", worked.toString(), "--option", "ascend-910b", "--format", "table", "--lang",
                "en"));
        assertTrue(cli.out().contains("Server unit price"), cli.out());
        assertTrue(cli.out().contains("costs 18,660,013 CNY more than Leased H800 capacity"), cli.out());
        assertEquals(0, cli.run("tornado", worked.toString(), "--option", "ascend-910b", "--format", "table", "--lang",
                "zh"));
        assertTrue(cli.out().contains("服务器单价"), cli.out());
    }

    @Test
    void breakevenJsonAnswersEveryOptionButTheBaseline() {
        assertEquals(0, cli.run("breakeven", worked.toString()));
        JsonObject root = json();
        assertEquals(List.of("baseline", "currency", "options"), List.copyOf(root.keySet()));
        JsonArray options = root.getAsJsonArray("options");
        assertEquals(2, options.size());
        JsonObject ascend = options.get(1).getAsJsonObject();
        assertEquals("ascend-910b", ascend.get("id").getAsString());
        JsonObject rent = ascend.getAsJsonArray("answers").get(0).getAsJsonObject();
        assertEquals(List.of("input", "current", "value", "kind", "cheaperWhen"), List.copyOf(rent.keySet()));
        assertEquals("rentPrice", rent.get("input").getAsString());
        assertEquals("tie", rent.get("kind").getAsString());
        assertEquals("atLeast", rent.get("cheaperWhen").getAsString());
        // The engine's breakEvenRentPricePerPflopsYear of the worked example.
        assertEquals(252959.70, rent.get("value").getAsDouble(), 1);
    }

    @Test
    void breakevenTableSaysItInWords() {
        assertEquals(0, cli.run("breakeven", worked.toString(), "--option", "ascend-910b", "--format", "table",
                "--lang", "en"));
        assertTrue(cli.out().contains("Huawei Atlas 800T A2 matches Leased H800 capacity if the rent is at least 252,960"
                + " CNY per P-year, or the server price is at most 1,054,214 CNY"), cli.out());
        assertEquals(0, cli.run("breakeven", worked.toString(), "--option", "ascend-910b", "--format", "table",
                "--lang", "zh"));
        assertTrue(cli.out().contains("即可与“Leased H800 capacity”持平"), cli.out());
    }

    @Test
    void benchRiskPrintsItsFigures() {
        assertEquals(0, cli.run("bench-risk", worked.toString(), "--iterations", "2000"));
        assertTrue(cli.out().contains("iterations/s"), cli.out());
        assertTrue(cli.out().contains("cold, first run"), cli.out());
    }

    @Test
    void theOverviewListsTheRiskCommands() {
        assertEquals(0, cli.run("--help"));
        for (String command : List.of("simulate", "tornado", "breakeven", "bench-risk")) {
            assertTrue(cli.out().contains("  " + command + " "), command);
        }
    }

    @Test
    void theRiskBundlesHaveTheSameKeysInBothLanguages() throws IOException {
        java.util.Properties english = new java.util.Properties();
        java.util.Properties chinese = new java.util.Properties();
        try (InputStream en = getClass().getResourceAsStream("/com/computetco/i18n/risk.properties");
                InputStream zh = getClass().getResourceAsStream("/com/computetco/i18n/risk_zh_CN.properties")) {
            english.load(new java.io.InputStreamReader(en, StandardCharsets.UTF_8));
            chinese.load(new java.io.InputStreamReader(zh, StandardCharsets.UTF_8));
        }
        assertEquals(new java.util.TreeSet<>(english.stringPropertyNames()),
                new java.util.TreeSet<>(chinese.stringPropertyNames()));
        for (com.computetco.engine.risk.Input input : com.computetco.engine.risk.Input.values()) {
            assertTrue(english.containsKey("risk.input." + input.key()), input.key());
            assertTrue(english.containsKey("risk.phrase." + input.key()), input.key());
        }
    }
}
