package com.computetco.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.io.preset.Preset;
import com.computetco.io.preset.Presets;
import com.computetco.testing.Scenarios;
import com.computetco.testing.Terminal;
import java.io.IOException;
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

    private final Terminal cli = new Terminal();

    @BeforeEach
    void copyFixture() throws IOException {
        original = new String(Scenarios.workedExampleBytes(), StandardCharsets.UTF_8)
                .replace("\"pue\": 1.3", "\"pue\": 1.4").getBytes(StandardCharsets.UTF_8);
        input = dir.resolve("in.scenario.json");
        Files.write(input, original);
    }

    @Test
    void writesTheChangedScenarioToANewFileAndListsTheChange() throws IOException {
        Path output = dir.resolve("out.scenario.json");
        assertEquals(0, cli.run("apply-preset", input.toString(), "--preset", "pue-cap-hub", "-o", output.toString()),
                cli.err());
        assertTrue(cli.out().contains("electricity.pue: 1.4 -> 1.25"), cli.out());
        Scenario before = Scenarios.loader().load(input).value();
        Scenario after = Scenarios.loader().load(output).value();
        assertEquals(0, new BigDecimal("1.25").compareTo(after.electricity().pue()));
        assertEquals(before.withElectricity(after.electricity()), after);
        assertArrayEquals(original, Files.readAllBytes(input));
    }

    @Test
    void refusesToWriteOverTheInput() throws IOException {
        assertEquals(64, cli.run("apply-preset", input.toString(), "--preset", "pue-cap-hub", "-o", input.toString()));
        assertEquals(64, cli.run("apply-preset", input.toString(), "--preset", "pue-cap-hub", "-o",
                dir.resolve("x/../in.scenario.json").toString()));
        assertTrue(cli.err().contains("not FILE itself"));
        assertArrayEquals(original, Files.readAllBytes(input));
    }

    @Test
    void anUnknownPresetIsAUsageErrorNamingTheKnownOnes() {
        assertEquals(64, cli.run("apply-preset", input.toString(), "--preset", "tariffs", "-o", "x.json"));
        assertTrue(cli.err().contains("h20-export-licence"));
    }

    @Test
    void aPresetThatChangesNothingWritesNothing() throws IOException {
        Path output = dir.resolve("none.scenario.json");
        Files.writeString(input, new String(original, StandardCharsets.UTF_8).replace("\"pue\": 1.4", "\"pue\": 1.2"));
        assertEquals(2, cli.run("apply-preset", input.toString(), "--preset", "pue-cap-hub", "-o", output.toString()));
        assertFalse(Files.exists(output));
        assertTrue(cli.err().contains("changes nothing"));
    }

    @Test
    void anInvalidScenarioIsRefusedWithItsProblems() throws IOException {
        Files.writeString(input, "{\"schemaVersion\": 1}");
        assertEquals(2, cli.run("apply-preset", input.toString(), "--preset", "pue-cap-hub", "-o",
                dir.resolve("o.json").toString()));
        assertFalse(cli.err().contains("Exception"));
    }

    @Test
    void presetsListsEveryPresetWithItsSourceInBothLanguages() {
        assertEquals(0, cli.run("presets", "--lang", "zh"));
        String text = cli.out();
        for (Preset p : Presets.all()) {
            assertTrue(text.contains(p.id()) && text.contains(p.source()), p.id());
        }
        assertTrue(text.contains("国产芯片电费补贴"), text);
    }
}
