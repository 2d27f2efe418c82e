package com.computetco.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.app.ScenarioLoader;
import com.computetco.domain.Scenario;
import com.computetco.engine.TcoEngine;
import com.computetco.io.ScenarioReader;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The field paths that address every field and problem: {@link JsonPath} on the file's tree and its successor
 * {@link RecordPath} on the domain records. A value set on the records gives exactly the scenario (and the
 * problems) that the long way through the file format gives.
 */
class FieldPathEditTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);
    private static final ScenarioLoader LOADER = new ScenarioLoader(new ScenarioReader(TODAY), new TcoEngine());
    private static final Scenario V2 = LOADER.load(bytes("/com/computetco/engine/worked-example-v2.json")).value();
    private static final ScenarioEditor EDITOR = new ScenarioEditor(LOADER);

    private static byte[] bytes(String resource) {
        try (InputStream in = FieldPathEditTest.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonElement json(String literal) {
        return JsonParser.parseString(literal);
    }

    /** Path, JSON value: set on the tree, the value reads back; on the records, the same scenario results. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "horizonMonths | 72",
            "horizonMonths | 300",
            "discountRatePct | 6.5",
            "demandPflops | 0",
            "name | \"Renamed\"",
            "bridgeWithRental | false",
            "electricity.pricePerKwh | 0.72",
            "electricity.pue | 5",
            "electricity.annualPriceChangePct | 2",
            "staff.engineers | 3",
            "options[0].label | \"Own cluster\"",
            "options[0].efficiencyPct | 90",
            "options[0].id | \"Bad Id\"",
            "options[0].quote.unitPrice.amount | 8000000",
            "options[0].quote.unitPrice.currency | \"EUR\"",
            "options[0].quote.pflopsBasis | \"sparse\"",
            "options[0].quote.leadTimeMonths.likely | 4",
            "options[0].quote.validUntil | \"2024-06-30\"",
            "options[0].quote.warrantyMonths | 60",
            "options[1].quote.acceleratorsPerServer | 16",
            "tax.depreciationYears | 30",
            "tax.vatRecoverable | false"})
    void aValueSetOnTheRecordsGivesWhatTheFileGives(String path, String literal) throws Exception {
        JsonElement value = json(literal);
        JsonObject tree = EDITOR.tree(V2);
        JsonPath.of(path).set(tree, value);
        assertEquals(Optional.of(value), JsonPath.of(path).get(tree));

        ScenarioEditor.Outcome throughFile = EDITOR.change(V2, t -> JsonPath.of(path).set(t, value));
        Scenario edited = RecordPath.of(path).set(V2, value);
        assertNotSame(V2, edited);
        ScenarioEditor.Outcome direct = EDITOR.check(edited);
        assertEquals(throughFile.problems(), direct.problems());
        assertEquals(throughFile.accepted(), direct.accepted());
        assertEquals(throughFile.scenario(), direct.scenario());
        assertEquals(throughFile.scenario(), EDITOR.setField(V2, path, value, t -> {
            throw new AssertionError("no detour through the file for " + path);
        }).scenario());
    }

    /** What needs the file's knowledge goes the long way: defaults, missing objects, map keys, other kinds. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "exchangeRates.USD | 7.1",
            "options[1].supplyRisk.probabilityPct | 10",
            "options[2].quote.installationCost.amount | 1000",
            "options[9].label | \"none\"",
            "options[0].quote.nonsense | 1",
            "options[0].efficiencyPct | \"ninety\"",
            "horizonMonths | 1.5",
            "options[0].quote.pflopsBasis | \"dense-ish\""})
    void editsTheRecordsCannotMakeAreRefused(String path, String literal) {
        assertThrows(RecordPath.Unsupported.class, () -> RecordPath.of(path).set(V2, json(literal)));
    }

    @Test
    void aRemovedValueTakesTheFilesDefaultThroughTheFile() {
        boolean[] detour = {false};
        ScenarioEditor.Outcome outcome = EDITOR.setField(V2, "electricity.annualPriceChangePct", null, t -> {
            detour[0] = true;
            JsonPath.of("electricity.annualPriceChangePct").set(t, null);
        });
        assertTrue(detour[0]);
        assertTrue(outcome.accepted());
        assertEquals(null, outcome.scenario().electricity().annualPriceChangePctValue());
    }

    @Test
    void jsonPathCreatesMissingObjectsAndRefusesMissingElements() {
        JsonObject tree = new JsonObject();
        JsonPath.of("a.b.c").set(tree, new JsonPrimitive(1));
        assertEquals(Optional.of(new JsonPrimitive(1)), JsonPath.of("a.b.c").get(tree));
        assertEquals(Optional.empty(), JsonPath.of("a.x").get(tree));
        assertThrows(IllegalArgumentException.class, () -> JsonPath.of("list[0].x").set(tree,
                new JsonPrimitive(2)));
        JsonPath.of("a.b.c").set(tree, null);
        assertEquals(Optional.empty(), JsonPath.of("a.b.c").get(tree));
    }
}
