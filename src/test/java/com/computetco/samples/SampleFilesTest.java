package com.computetco.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Quote;
import com.computetco.domain.Scenario;
import com.computetco.engine.Evaluation;
import com.computetco.engine.TcoEngine;
import com.computetco.io.QuoteWriter;
import com.computetco.io.ReadResult;
import com.computetco.io.ScenarioWriter;
import com.computetco.testing.Scenarios;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in sample-quotes/ is read, validated, evaluated and written back unchanged. */
class SampleFilesTest {
    private static final Path SAMPLES = Path.of("sample-quotes");

    static Stream<Path> quoteFiles() throws IOException {
        return list(".quote.json").stream();
    }

    static Stream<Path> scenarioFiles() throws IOException {
        return list(".scenario.json").stream();
    }

    private static List<Path> list(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void theLibraryHasTheQuotesAndDemosTheProductPromises() throws IOException {
        assertTrue(list(".quote.json").size() >= 8);
        assertTrue(list(".scenario.json").size() >= 3);
        assertTrue(scenarioFiles().anyMatch(p -> read(p).currency().equals("USD")), "one demo in USD");
    }

    @ParameterizedTest
    @MethodSource("quoteFiles")
    void quoteFileIsValidAndWritesBackUnchanged(Path file) throws IOException {
        ReadResult<Quote> read = Scenarios.quoteReader().read(file);
        assertTrue(read.isValid(), () -> read.problems().toString());
        assertTrue(read.value().source().isPresent(), "source");
        assertTrue(read.value().quoteDate().isPresent(), "quoteDate");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), QuoteWriter.toJson(read.value()));
    }

    @ParameterizedTest
    @MethodSource("scenarioFiles")
    void scenarioFileIsValidEvaluatesAndWritesBackUnchanged(Path file) throws IOException {
        Scenario scenario = read(file);
        Evaluation evaluation = new TcoEngine().evaluate(scenario);
        assertEquals(scenario.options().size(), evaluation.options().size());
        assertTrue(evaluation.nonFiniteOptionIds().isEmpty());
        assertFalse(scenario.name().isBlank(), "a demo has a name");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), ScenarioWriter.toJson(scenario));
    }

    private static Scenario read(Path file) {
        ReadResult<Scenario> read = Scenarios.loader().load(file);
        assertTrue(read.isValid(), () -> file + ": " + read.problems());
        assertTrue(read.errors().isEmpty());
        return read.value();
    }
}
