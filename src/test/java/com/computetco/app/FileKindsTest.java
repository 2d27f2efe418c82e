package com.computetco.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.app.FileKinds.Kind;
import com.computetco.io.BundledSamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileKindsTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        // name,                          kind,        scenario, quote JSON, quote import, accepted
        "plan.scenario.json,               SCENARIO,    true,  false, false, true",
        "PLAN.SCENARIO.JSON,               SCENARIO,    true,  false, false, true",
        "dir/plan.scenario.json,           SCENARIO,    true,  false, false, true",
        "dealer-h100.quote.json,           QUOTE,       false, true,  true,  true",
        "Dealer.Quote.Json,                QUOTE,       false, true,  true,  true",
        "offer.json,                       OTHER_JSON,  false, true,  true,  true",
        "quote-request-2026-03-01.xlsx,    WORKBOOK,    false, false, true,  true",
        "REPORT.XLSX,                      WORKBOOK,    false, false, true,  true",
        "notes.txt,                        OTHER,       false, false, false, false",
        "old.xls,                          OTHER,       false, false, false, false",
        "scenario.json.bak,                OTHER,       false, false, false, false",
        "json,                             OTHER,       false, false, false, false",
    })
    void aFileIsKnownByItsName(String name, Kind kind, boolean scenario, boolean quoteJson, boolean quoteImport,
            boolean accepted) {
        Path file = Path.of(name);
        assertEquals(kind, FileKinds.of(file));
        assertEquals(kind, FileKinds.of(name));
        assertEquals(scenario, FileKinds.isScenario(file));
        assertEquals(quoteJson, FileKinds.isQuoteJson(file));
        assertEquals(quoteImport, FileKinds.isQuoteImport(file));
        assertEquals(accepted, FileKinds.isAccepted(file));
    }

    @Test
    void aRootHasNoKind() {
        assertEquals(Kind.OTHER, FileKinds.of(Path.of("/")));
    }

    @Test
    void namesAndChooserPatternsUseTheSameSuffixes() {
        assertEquals("plan.scenario.json", FileKinds.scenarioFileName("plan"));
        assertEquals("a-2.quote.json", FileKinds.quoteFileName("a-2"));
        assertEquals("r.xlsx", FileKinds.workbookFileName("r"));
        assertEquals(List.of("*.scenario.json", "*.json"), FileKinds.scenarioPatterns());
        assertEquals(List.of("*.quote.json", "*.json", "*.xlsx"), FileKinds.quotePatterns());
        assertEquals(List.of("*.xlsx"), FileKinds.workbookPatterns());
        for (String name : List.of(FileKinds.scenarioFileName("x"), FileKinds.quoteFileName("x"),
                FileKinds.workbookFileName("x"))) {
            assertTrue(FileKinds.isAccepted(Path.of(name)), name);
        }
    }

    /** The bundled samples sit below this layer (io) and name their files the same way. */
    @Test
    void theBundledSamplesAgree() {
        assertEquals(FileKinds.SCENARIO_SUFFIX, BundledSamples.SCENARIO_SUFFIX);
        assertEquals(FileKinds.QUOTE_SUFFIX, BundledSamples.QUOTE_SUFFIX);
        BundledSamples samples = new BundledSamples();
        assertFalse(samples.scenarioFileNames().isEmpty());
        samples.scenarioFileNames().forEach(n -> assertEquals(Kind.SCENARIO, FileKinds.of(n), n));
        samples.quoteFileNames().forEach(n -> assertEquals(Kind.QUOTE, FileKinds.of(n), n));
    }

    @ParameterizedTest(name = "{0} holding {1}: quote {2}")
    @CsvSource(delimiter = '|', value = {
        "a.quote.json    | not even JSON                         | true",
        "a.json          | {\"kind\": \"rent\", \"provider\": \"x\"} | true",
        "a.json          | {\"kind\": \"rent\", \"options\": []}     | false",
        "a.json          | {\"name\": \"x\"}                         | false",
        "a.json          | [1, 2]                                | false",
        "a.json          | {broken                               | false",
        "a.scenario.json | {\"kind\": \"rent\"}                      | false",
    })
    void theCliTellsAQuoteByNameOrContent(String name, String content, boolean quote, @TempDir Path dir)
            throws IOException {
        Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        assertEquals(quote, FileKinds.isQuoteByNameOrContent(file));
    }

    @Test
    void aMissingFileIsNoQuoteUnlessItsNameSaysSo(@TempDir Path dir) {
        assertFalse(FileKinds.isQuoteByNameOrContent(dir.resolve("missing.json")));
        assertTrue(FileKinds.isQuoteByNameOrContent(dir.resolve("missing.quote.json")));
    }
}
