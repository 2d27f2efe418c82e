package com.computetco.io;

import static com.computetco.io.ProblemAssertions.assertOnlyError;
import static com.computetco.io.ProblemAssertions.assertValidWithoutProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.computetco.domain.Scenario;
import com.computetco.testing.Scenarios;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

/** The optional Chinese names {@code nameZh} and {@code labelZh}: read, validated and written back. */
class BilingualNamesTest {
    private final ScenarioReader reader = new ScenarioReader(Scenarios.TODAY);

    private static JsonObject named() {
        JsonObject tree = Scenarios.workedExampleTree();
        Scenarios.set(tree, "nameZh", "\"中文情景\"");
        Scenarios.set(tree, "options[0].labelZh", "\"英伟达自建\"");
        return tree;
    }

    @Test
    void chineseNamesAreReadWithoutWarnings() {
        ReadResult<Scenario> read = reader.read(Scenarios.bytes(named()));
        assertValidWithoutProblems(read);
        assertEquals("中文情景", read.value().nameZh());
        assertEquals("英伟达自建", read.value().options().get(0).labelZh());
        assertEquals("", read.value().options().get(1).labelZh());
    }

    @Test
    void chineseNamesAreWrittenBackBesideTheEnglishOnes() {
        Scenario scenario = reader.read(Scenarios.bytes(named())).value();
        String json = ScenarioWriter.toJson(scenario);
        JsonObject written = Scenarios.parse(json).getAsJsonObject();
        assertEquals("中文情景", written.get("nameZh").getAsString());
        assertEquals("英伟达自建", Scenarios.object(written, "options[0]").get("labelZh").getAsString());
        // Field order: the Chinese name follows the English one, as in the documentation.
        assertEquals(json.indexOf("\"name\"") < json.indexOf("\"nameZh\""), true);
        assertEquals(scenario, reader.read(ScenarioWriter.toBytes(scenario)).value());
    }

    @Test
    void aFileWithoutChineseNamesWritesNone() {
        Scenario scenario = reader.read(Scenarios.workedExampleBytes()).value();
        String json = ScenarioWriter.toJson(scenario);
        assertFalse(json.contains("nameZh"));
        assertFalse(json.contains("labelZh"));
    }

    @Test
    void aChineseNameMustBeText() {
        JsonObject tree = Scenarios.workedExampleTree();
        Scenarios.set(tree, "options[1].labelZh", "42");
        assertOnlyError(reader.read(Scenarios.bytes(tree)), "options[1].labelZh", "string");
    }
}
