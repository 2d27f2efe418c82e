package com.computetco.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.app.ScenarioLoader;
import com.computetco.io.preset.Preset;
import com.computetco.io.preset.Presets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyPresetCommandTest {
    @TempDir
    Path dir;
    private Path input;
    private byte[] original;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void copyFixture() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/com/computetco/engine/worked-example.json")) {
            original = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"pue\": 1.3", "\"pue\": 1.4").getBytes(StandardCharsets.UTF_8);
        }
        input = dir.resolve("in.scenario.json");
        Files.write(input, original);
    }

    private int run(String... args) {
        return new Cli().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesTheChangedScenarioToANewFileAndListsTheChange() throws IOException {
        Path output = dir.resolve("out.scenario.json");
        assertEquals(0, run("apply-preset", input.toString(), "--preset", "pue-cap-hub", "-o", output.toString()),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("electricity.pue: 1.4 -> 1.25"), out.toString());
        Scenario before = new ScenarioLoader().load(input).value();
        Scenario after = new ScenarioLoader().load(output).value();
        assertEquals(0, new BigDecimal("1.25").compareTo(after.electricity().pue()));
        assertEquals(before.withElectricity(after.electricity()), after);
        assertArrayEquals(original, Files.readAllBytes(input));
    }

    @Test
    void refusesToWriteOverTheInput() throws IOException {
        assertEquals(64, run("apply-preset", input.toString(), "--preset", "pue-cap-hub", "-o", input.toString()));
        assertEquals(64, run("apply-preset", input.toString(), "--preset", "pue-cap-hub", "-o",
                dir.resolve("x/../in.scenario.json").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not FILE itself"));
        assertArrayEquals(original, Files.readAllBytes(input));
    }

    @Test
    void anUnknownPresetIsAUsageErrorNamingTheKnownOnes() {
        assertEquals(64, run("apply-preset", input.toString(), "--preset", "tariffs", "-o", "x.json"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("h20-export-licence"));
    }

    @Test
    void aPresetThatChangesNothingWritesNothing() throws IOException {
        Path output = dir.resolve("none.scenario.json");
        Files.writeString(input, new String(original, StandardCharsets.UTF_8).replace("\"pue\": 1.4", "\"pue\": 1.2"));
        assertEquals(2, run("apply-preset", input.toString(), "--preset", "pue-cap-hub", "-o", output.toString()));
        assertFalse(Files.exists(output));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("changes nothing"));
    }

    @Test
    void anInvalidScenarioIsRefusedWithItsProblems() throws IOException {
        Files.writeString(input, "{\"schemaVersion\": 1}");
        assertEquals(2, run("apply-preset", input.toString(), "--preset", "pue-cap-hub", "-o",
                dir.resolve("o.json").toString()));
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("Exception"));
    }

    @Test
    void presetsListsEveryPresetWithItsSourceInBothLanguages() {
        assertEquals(0, run("presets", "--lang", "zh"));
        String text = out.toString(StandardCharsets.UTF_8);
        for (Preset p : Presets.all()) {
            assertTrue(text.contains(p.id()) && text.contains(p.source()), p.id());
        }
        assertTrue(text.contains("国产芯片电费补贴"), text);
    }
}
