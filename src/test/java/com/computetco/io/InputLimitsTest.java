package com.computetco.io;

import static com.computetco.i18n.ProblemMessages.english;
import com.computetco.rules.Problem;
import com.computetco.rules.ProblemCode;
import static com.computetco.io.ProblemAssertions.assertOnlyError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.testing.Scenarios;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bounds that keep a hostile or mistaken file from costing seconds or gigabytes, found by ReaderFuzzTest. */
class InputLimitsTest {
    private static final String JSON = "{\"name\": \"训练集群\", \"a\": [1, 2]}";

    @ParameterizedTest(name = "{0}, BOM {1}")
    @CsvSource(textBlock = """
            UTF-16LE, true,  UTF-16
            UTF-16BE, true,  UTF-16
            UTF-16LE, false, UTF-16
            UTF-16BE, false, UTF-16
            UTF-32BE, true,  UTF-32
            UTF-32LE, false, UTF-32
            """)
    void otherUnicodeEncodingsAreNamedAndRefused(String charset, boolean bom, String name) {
        byte[] bytes = ((bom ? "\uFEFF" : "") + JSON).getBytes(Charset.forName(charset));
        assertOnlyError(JsonSource.parse(bytes), "$",
                "the file is " + name + " text, not UTF-8; save it with UTF-8 encoding");
    }

    @Test
    void utf8WithAndWithoutBomIsRead() {
        assertTrue(JsonSource.parse(JSON.getBytes(StandardCharsets.UTF_8)).isValid());
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] withBom = new byte[bom.length + JSON.getBytes(StandardCharsets.UTF_8).length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(JSON.getBytes(StandardCharsets.UTF_8), 0, withBom, 3, withBom.length - 3);
        assertTrue(JsonSource.parse(withBom).isValid());
    }

    @Test
    void fileOfMoreValuesThanAnyScenarioHasIsRefusedQuickly() {
        String many = "[" + "1,".repeat(JsonSource.MAX_VALUES) + "1]";
        long start = System.nanoTime();
        assertOnlyError(JsonSource.parse(many.getBytes(StandardCharsets.US_ASCII)), "$",
                "the file holds more than 100000 values");
        assertTrue(System.nanoTime() - start < 5_000_000_000L);
        String enough = "[" + "1,".repeat(JsonSource.MAX_VALUES - 2) + "1]";
        assertTrue(JsonSource.parse(enough.getBytes(StandardCharsets.US_ASCII)).isValid());
    }

    @Test
    void problemsBeyondAThousandAreCountedNotListed() {
        ProblemLog log = new ProblemLog();
        for (int i = 0; i < 1500; i++) {
            log.warning("w" + i, ProblemCode.UNKNOWN_FIELD);
        }
        assertEquals(ProblemLog.MAX_LISTED + 1, log.problems().size());
        assertFalse(log.problems().get(ProblemLog.MAX_LISTED).isError());
        log.error("e", ProblemCode.REQUIRED);
        List<Problem> problems = log.problems();
        Problem last = problems.get(problems.size() - 1);
        assertTrue(last.isError());
        assertEquals("$: and 501 more problems not listed (1 error)", ProblemAssertions.lines(List.of(last)).get(0));
        assertFalse(log.result("value").isValid(), "an unlisted error still refuses the file");
        assertEquals(1, log.errorCount());
    }

    @Test
    void duplicateKeysBeyondAThousandAreCounted() {
        String json = "{" + "\"a\": 1, ".repeat(1500) + "\"a\": 1}";
        List<Problem> problems = JsonSource.parse(json.getBytes(StandardCharsets.US_ASCII)).problems();
        assertEquals(ProblemLog.MAX_LISTED + 1, problems.size());
        assertEquals("$: and 500 more duplicate keys", ProblemAssertions.lines(List.of(problems.get(problems.size() - 1))).get(0));
    }

    @Test
    void moreThanFiftyOptionsGetOneMessageNotOnePerOption() {
        String options = "[" + "{},".repeat(9999) + "{}]";
        String json = new String(Scenarios.workedExampleBytes(), StandardCharsets.UTF_8)
                .replaceFirst("\"options\": \\[", "\"options\": " + options + ", \"unused\": [");
        ReadResult<?> result = new ScenarioReader(Scenarios.TODAY).read(json.getBytes(StandardCharsets.UTF_8));
        assertTrue(result.errors().stream().anyMatch(p -> p.path().equals("options")
                && english(p).contains("at most 50 options, got 10000")), result.errors()::toString);
        assertTrue(result.errors().stream().noneMatch(p -> p.path().startsWith("options[50]")));
    }
}
