package com.computetco.io;

import static com.computetco.i18n.ProblemMessages.english;
import static com.computetco.io.ProblemAssertions.assertOnlyError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonSourceTest {

    private static ReadResult<JsonElement> parse(String json) {
        return JsonSource.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    @Test
    void fileOfExactlyFiveMegabytesIsParsed() {
        byte[] bytes = new byte[JsonSource.MAX_BYTES];
        Arrays.fill(bytes, (byte) ' ');
        bytes[0] = '{';
        bytes[bytes.length - 1] = '}';
        assertTrue(JsonSource.parse(bytes).isValid());
    }

    @Test
    void fileOverFiveMegabytesIsRefused() {
        byte[] bytes = new byte[JsonSource.MAX_BYTES + 1];
        Arrays.fill(bytes, (byte) ' ');
        bytes[0] = '{';
        bytes[bytes.length - 1] = '}';
        assertOnlyError(JsonSource.parse(bytes), "$", "5 MB");
    }

    @Test
    void nestingOf64LevelsIsAccepted() {
        assertTrue(parse(nested(64)).isValid());
    }

    @Test
    void nestingOf65LevelsIsRefused() {
        assertOnlyError(parse(nested(65)), "$", "nested too deeply (more than 64 levels)");
    }

    @Test
    void invalidUtf8IsRefusedAskingForUtf8() {
        byte[] latin1 = "{\"name\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertOnlyError(JsonSource.parse(latin1), "$", "must be UTF-8");
    }

    @Test
    void leadingByteOrderMarkIsSkipped() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes("{\"a\": 1}".getBytes(StandardCharsets.UTF_8));
        ReadResult<JsonElement> result = JsonSource.parse(out.toByteArray());
        assertTrue(result.isValid(), () -> result.problems().toString());
        assertEquals(1, result.value().getAsJsonObject().get("a").getAsInt());
    }

    @Test
    void duplicateKeyIsAnErrorAtItsPath() {
        assertOnlyError(parse("{\"electricity\": {\"pue\": 1.2, \"pue\": 1.4}}"), "electricity.pue", "duplicate key");
    }

    @Test
    void everyDuplicateKeyIsReported() {
        ReadResult<JsonElement> result = parse("{\"a\": 1, \"a\": 2, \"b\": [{\"c\": 1, \"c\": 1}]}");
        assertEquals(2, result.errors().size(), () -> result.problems().toString());
        assertEquals("b[0].c", result.errors().get(1).path());
    }

    @Test
    void malformedJsonReportsLineAndColumnInPlainWords() {
        ReadResult<JsonElement> result = parse("{\n  \"a\": 1,\n  \"b\" 2\n}");
        String message = english(assertOnlyError(result, "$", "malformed JSON at line 3, column"));
        assertFalse(message.contains("https://"), message);
        assertFalse(message.contains("Strictness"), message);
        assertFalse(message.contains("\n"), message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"a": 1,}              | malformed JSON at line 1, column
            {"a": NaN}             | NaN
            {"a": Infinity}        | malformed JSON at line 1, column 7
            {"a": -Infinity}       | malformed JSON at line 1, column
            {'a': 1}               | single quotes
            {"a": 1 /* note */}    | comments
            {"a": 1                | ends before the JSON is complete
            {"a": "unterminated}   | not closed
            {"a": 01}              | malformed JSON
            [1 2]                  | expected ',' or ']'
            {"a": "\\u12G4"}       | invalid escape sequence
            {"a": "x\ty"}          | raw control character such as a tab
            {"a": }                | expected a value
            """)
    void malformedInputIsRefusedWithReadableReason(String json, String fragment) {
        assertOnlyError(parse(json), "$", fragment);
    }

    @Test
    void trailingContentAfterTheRootValueIsRefused() {
        assertOnlyError(parse("{\"a\": 1}\n{\"b\": 2}"), "$", "after the end of the JSON value at line 2");
    }

    @Test
    void trailingWhitespaceIsFine() {
        assertTrue(parse("{\"a\": 1}\n\n  \t\n").isValid());
    }

    @Test
    void emptyFileIsRefused() {
        assertOnlyError(JsonSource.parse(new byte[0]), "$", "empty");
        assertOnlyError(parse("  \n "), "$", "empty");
    }

    @Test
    void numbersKeepTheirExactLiteral() {
        JsonElement tree = parse("{\"a\": 0.1, \"b\": 12345678901234567890.123456789, \"c\": 60.0}").value();
        assertEquals(new BigDecimal("0.1"), tree.getAsJsonObject().get("a").getAsBigDecimal());
        assertEquals(new BigDecimal("12345678901234567890.123456789"),
                tree.getAsJsonObject().get("b").getAsBigDecimal());
        assertEquals("60.0", tree.getAsJsonObject().get("c").getAsBigDecimal().toString());
    }

    @Test
    void numberWithAnExponentBeyondAnyDecimalIsRefused() {
        assertOnlyError(parse("{\"a\": 1e99999999999}"), "$", "out of range");
    }

    @Test
    void absurdlyLongNumberIsRefused() {
        assertOnlyError(parse("{\"a\": " + "9".repeat(200) + "}"), "$", "more than 100 characters");
    }
}
