package com.computetco.io;

import static com.computetco.i18n.ProblemMessages.english;
import com.computetco.rules.Problem;
import static com.computetco.io.ProblemAssertions.assertOnlyError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.testing.Scenarios;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaMigrationsTest {
    private final ScenarioReader reader = new ScenarioReader(Scenarios.TODAY);

    /** A fake step that records its run in the tree's "trail" array and checks the version it was handed. */
    private record Recording(int from) implements SchemaMigrations.Step {
        @Override
        public JsonObject migrate(JsonObject tree) {
            assertEquals(from, tree.get("schemaVersion").getAsInt(), "the chain hands each step its own version");
            if (!tree.has("trail")) {
                tree.add("trail", new JsonArray());
            }
            tree.getAsJsonArray("trail").add(from + "->" + (from + 1));
            return tree;
        }
    }

    private static JsonObject version(int version) {
        JsonObject tree = new JsonObject();
        tree.addProperty("schemaVersion", version);
        return tree;
    }

    // --- the chain of this build ---

    @Test
    void scenarioChainReadsFromVersionOneToTheVersionThisBuildWrites() {
        assertEquals(1, SchemaMigrations.scenarios().oldest());
        assertEquals(Scenario.SCHEMA_VERSION, SchemaMigrations.scenarios().newest());
    }

    /** Every file a version of the app wrote and users may still have, by the version it declares. */
    private static Map<Integer, List<String>> fixturesByVersion() {
        Map<String, byte[]> fixtures = new LinkedHashMap<>();
        fixtures.put("worked-example.json", Scenarios.workedExampleBytes());
        for (Path sample : Scenarios.samples(".scenario.json")) {
            fixtures.put(sample.getFileName().toString(), Scenarios.bytes(sample));
        }
        Map<Integer, List<String>> byVersion = new TreeMap<>();
        fixtures.forEach((name, bytes) -> byVersion.computeIfAbsent(
                Scenarios.parse(bytes).getAsJsonObject().get("schemaVersion").getAsInt(), v -> new ArrayList<>())
                .add(name));
        return byVersion;
    }

    @Test
    void everyVersionTheChainClaimsToReadHasFixtures() {
        SchemaMigrations chain = SchemaMigrations.scenarios();
        // A new format must keep fixtures of the old ones (under src/test/resources) when the samples move on.
        assertEquals(IntStream.rangeClosed(chain.oldest(), chain.newest()).boxed().toList(),
                new ArrayList<>(new TreeSet<>(fixturesByVersion().keySet())), () -> fixturesByVersion().toString());
        assertTrue(fixturesByVersion().values().stream().mapToInt(List::size).sum() >= 4);
    }

    @Test
    void everyFixtureOfEveryVersionReadsAsTheNewestVersion() {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("worked-example.json", Scenarios.workedExampleBytes());
        Scenarios.samples(".scenario.json").forEach(p -> all.put(p.toString(), Scenarios.bytes(p)));
        all.forEach((name, bytes) -> {
            ReadResult<Scenario> result = reader.read(bytes);
            assertTrue(result.isValid(), () -> name + ": " + result.problems());
            assertEquals(Scenario.SCHEMA_VERSION, result.value().schemaVersion(), name);
        });
    }

    // --- versions this build does not read ---

    @Test
    void newerVersionGetsOneMessageAskingToUpdate() {
        JsonObject tree = Scenarios.workedExampleTree();
        Scenarios.set(tree, "schemaVersion", "3");
        Scenarios.set(tree, "horizonMonths", "\"whatever v3 means\"");
        Scenarios.set(tree, "somethingNew", "{}");
        Problem error = assertOnlyError(reader.read(Scenarios.bytes(tree)), "schemaVersion", "");
        assertEquals("this file was written by a newer version of Compute TCO (schema version 3); "
                + "this build reads versions up to 2 \u2014 please update", english(error));
        assertEquals(1, reader.read(Scenarios.bytes(tree)).problems().size(), "and no warnings either");
    }

    @Test
    void absurdlyNewVersionIsNamedCompactly() {
        JsonObject tree = Scenarios.set(Scenarios.workedExampleTree(), "schemaVersion", "1e400");
        assertOnlyError(reader.read(Scenarios.bytes(tree)), "schemaVersion", "(schema version 1E+400)");
    }

    @ParameterizedTest(name = "schemaVersion {0}")
    @CsvSource(delimiter = '|', textBlock = """
            0     | schema version 0 is not one this build reads; it reads schema versions 1 to 2
            -1    | schema version -1 is not one this build reads; it reads schema versions 1 to 2
            -1e30 | schema version -1000000000000000000000000000000 is not one this build reads
            1.5   | must be a whole number such as 2, got 1.5; this build reads schema versions 1 to 2
            0.5   | must be a whole number such as 2, got 0.5
            """)
    void olderOrMalformedVersionSaysWhichVersionsAreRead(String version, String message) {
        JsonObject tree = Scenarios.set(Scenarios.workedExampleTree(), "schemaVersion", version);
        Scenarios.set(tree, "options", "\"not checked\"");
        assertOnlyError(reader.read(Scenarios.bytes(tree)), "schemaVersion", message);
    }

    @Test
    void versionWrittenAsOnePointZeroIsVersionOne() {
        JsonObject tree = Scenarios.set(Scenarios.workedExampleTree(), "schemaVersion", "1.00");
        assertTrue(reader.read(Scenarios.bytes(tree)).isValid());
    }

    @Test
    void missingVersionIsLeftToTheValidatorWhichReportsItWithTheRest() {
        JsonObject tree = Scenarios.remove(Scenarios.workedExampleTree(), "schemaVersion");
        ReadResult<Scenario> result = reader.read(Scenarios.bytes(tree));
        assertOnlyError(result, "schemaVersion", "is required");
    }

    // --- the machinery, with fake steps ---

    @Test
    void stepsRunInOrderFromTheFileVersionToTheNewest() {
        SchemaMigrations chain = new SchemaMigrations(1, List.of(new Recording(1), new Recording(2), new Recording(3)));
        assertEquals(4, chain.newest());
        ProblemLog log = new ProblemLog();
        JsonObject fromOne = chain.toNewest(version(1), log);
        assertEquals("[\"1->2\",\"2->3\",\"3->4\"]", fromOne.get("trail").toString());
        assertEquals(4, fromOne.get("schemaVersion").getAsInt());
        assertEquals("[\"3->4\"]", chain.toNewest(version(3), log).get("trail").toString());
        JsonObject newest = chain.toNewest(version(4), log);
        assertNull(newest.get("trail"), "a file of the newest version is not touched");
        assertEquals(List.of(), log.problems());
    }

    @Test
    void chainWithStepsSaysWhichRangeItReads() {
        SchemaMigrations chain = new SchemaMigrations(1, List.of(new Recording(1), new Recording(2)));
        ProblemLog log = new ProblemLog();
        assertNull(chain.toNewest(version(4), log));
        assertNull(chain.toNewest(version(0), log));
        assertEquals(List.of(
                "schemaVersion: this file was written by a newer version of Compute TCO "
                        + "(schema version 4); this build reads versions up to 3 \u2014 please update",
                "schemaVersion: schema version 0 is not one this build reads; it reads schema "
                        + "versions 1 to 3"), ProblemAssertions.lines(log.problems()));
    }

    @Test
    void stepsMustBeConsecutive() {
        assertThrows(IllegalArgumentException.class,
                () -> new SchemaMigrations(1, List.of(new Recording(1), new Recording(3))));
        assertThrows(IllegalArgumentException.class, () -> new SchemaMigrations(1, List.of(new Recording(2))));
    }

    @Test
    void stepThatFailsOnABrokenOldFileBecomesAMessage() {
        SchemaMigrations.Step fragile = new SchemaMigrations.Step() {
            @Override
            public int from() {
                return 1;
            }

            @Override
            public JsonObject migrate(JsonObject tree) {
                tree.getAsJsonObject("electricity").addProperty("unit", "kWh"); // throws when it is not an object
                return tree;
            }
        };
        ProblemLog log = new ProblemLog();
        JsonObject tree = version(1);
        tree.add("electricity", new JsonArray());
        assertNull(new SchemaMigrations(1, List.of(fragile)).toNewest(tree, log));
        assertEquals(1, log.errorCount());
        assertTrue(english(log.problems().get(0)).startsWith("cannot convert this file from schema version 1 to 2"),
                log.problems()::toString);
    }

    /** The reader converts before it validates: a fake version 0 that called the demand "demand" reads fine. */
    @Test
    void readerConvertsAnOlderFileBeforeValidatingIt() {
        SchemaMigrations.Step renameDemand = new SchemaMigrations.Step() {
            @Override
            public int from() {
                return 0;
            }

            @Override
            public JsonObject migrate(JsonObject tree) {
                JsonElement demand = tree.remove("demand");
                if (demand != null) {
                    tree.add("demandPflops", demand);
                }
                return tree;
            }
        };
        JsonObject v0 = Scenarios.set(Scenarios.workedExampleTree(), "schemaVersion", "0");
        v0.add("demand", v0.remove("demandPflops"));
        byte[] bytes = Scenarios.bytes(v0);

        ReadResult<Scenario> converted = new ScenarioReader(Scenarios.TODAY,
                new SchemaMigrations(0, List.of(renameDemand, new SchemaV1ToV2()))).read(bytes);
        assertTrue(converted.isValid(), converted.problems()::toString);
        assertEquals(reader.read(Scenarios.workedExampleBytes()).value(), converted.value());
        assertNotNull(converted.value());

        assertOnlyError(reader.read(bytes), "schemaVersion", "schema version 0 is not one this build reads");
    }
}
