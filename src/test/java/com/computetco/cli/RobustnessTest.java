package com.computetco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.testing.Scenarios;
import com.computetco.testing.Terminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, robustness: text limits, terminal escapes, rate underflow, a double BOM, messages that say why. */
class RobustnessTest {
    @TempDir
    Path dir;
    private String example;

    private final Terminal terminal = new Terminal();

    @BeforeEach
    void setUp() throws IOException {
        example = new String(Scenarios.workedExampleBytes(), StandardCharsets.UTF_8);
    }

    private Path scenario(String text) throws IOException {
        return Files.writeString(dir.resolve("s.json"), text);
    }

    @Test
    void textFieldsHaveLimitsEnforcedByTheReader() throws IOException {
        Path file = scenario(example.replace("\"NVIDIA HGX H100 (dealer quote)\"", "\"" + "L".repeat(40_000) + "\""));
        assertEquals(ExitCode.INVALID_INPUT, terminal.run("validate", file.toString()));
        assertTrue(terminal.printed().contains("options[0].label: is too long: 40000 characters, at most 200"), terminal.printed());
        // And report no longer fails with "internal error": it refuses the input.
        assertEquals(ExitCode.INVALID_INPUT, terminal.run("report", file.toString(), "-o", dir.resolve("r.xlsx").toString()));
        assertFalse(terminal.printed().contains("internal error"), terminal.printed());

        Path name = scenario(example.replace("\"64 PFLOPS training cluster, 5 years\"", "\"" + "n".repeat(201) + "\""));
        assertEquals(ExitCode.INVALID_INPUT, terminal.run("validate", name.toString()));
        assertTrue(terminal.printed().contains("name: is too long: 201 characters, at most 200"), terminal.printed());
    }

    @Test
    void aHugeUnknownKeyIsEchoedCut() throws IOException {
        Path file = scenario(example.replaceFirst("\\{", "{\"" + "k".repeat(1_000_000) + "\": 1,"));
        assertEquals(ExitCode.OK, terminal.run("validate", file.toString()));
        assertTrue(terminal.printed().contains("unknown field"), terminal.printed().substring(0, Math.min(300, terminal.printed().length())));
        assertTrue(terminal.printed().length() < 1_000, "the warning is " + terminal.printed().length() + " characters long");
    }

    @Test
    void terminalEscapesInANameArePrintedEscaped() throws IOException {
        String hostile = "Evil\u001b]0;pwned\u0007\u001b[2J \u202Eabc\u200B";
        Path file = scenario(example.replace("NVIDIA HGX H100 (dealer quote)", hostile.replace("\u001b", "\\u001b")
                .replace("\u0007", "\\u0007")));
        assertEquals(ExitCode.OK, terminal.run("evaluate", file.toString(), "--format", "table", "--lang", "en"));
        String table = terminal.out();
        for (char c : new char[] {'\u001b', '\u0007', '\u202E', '\u200B'}) {
            assertFalse(table.indexOf(c) >= 0, "raw U+" + Integer.toHexString(c) + " in the table");
        }
        assertTrue(table.contains("Evil\\u001B]0;pwned\\u0007\\u001B[2J \\u202Eabc\\u200B"), table);
        // JSON output stays valid JSON meaning the same text.
        assertEquals(ExitCode.OK, terminal.run("evaluate", file.toString(), "--format", "json"));
        assertFalse(terminal.out().chars().anyMatch(c -> c == 0x1b || c == 0x202E));
        com.google.gson.JsonParser.parseString(terminal.out());
    }

    @Test
    void invisibleCharactersAreShownInMessages() throws IOException {
        Path file = scenario(example.replace("\"USD\": 7.15", "\"US\u202ED\": 7.15"));
        assertEquals(ExitCode.INVALID_INPUT, terminal.run("validate", file.toString()));
        assertTrue(terminal.printed().contains("<U+202E>"), terminal.printed());
        assertFalse(terminal.printed().contains("\u202E"));
    }

    @Test
    void anExchangeRateThatUnderflowsIsRefused() throws IOException {
        Path file = scenario(example.replace("\"USD\": 7.15", "\"USD\": 1e-400"));
        assertEquals(ExitCode.INVALID_INPUT, terminal.run("validate", file.toString()));
        assertTrue(terminal.printed().contains("exchangeRates.USD: must be at least"), terminal.printed());
    }

    @Test
    void aDoubleByteOrderMarkIsRefused() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = example.getBytes(StandardCharsets.UTF_8);
        Path once = dir.resolve("once.json");
        Files.write(once, concat(bom, text));
        assertEquals(ExitCode.OK, terminal.run("validate", once.toString()));
        Path twice = dir.resolve("twice.json");
        Files.write(twice, concat(bom, concat(bom, text)));
        assertEquals(ExitCode.INVALID_INPUT, terminal.run("validate", twice.toString()));
        assertTrue(terminal.printed().contains("two byte order marks"), terminal.printed());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Test
    void messagesSayWhyAFileCannotBeReadOrCreated() throws IOException {
        assertEquals(ExitCode.INVALID_INPUT, terminal.run("validate", dir.toString()));
        assertTrue(terminal.printed().contains("cannot read the file: it is a folder"), terminal.printed());
        assertEquals(ExitCode.INVALID_INPUT, terminal.run("validate", dir.resolve("no-folder/s.json").toString()));
        assertTrue(terminal.printed().contains("does not exist"), terminal.printed());

        Path template = dir.resolve("t.xlsx");
        assertEquals(ExitCode.OK, terminal.run("template", "-o", template.toString()));
        assertEquals(ExitCode.INVALID_INPUT, terminal.run("import-quotes", dir.toString(), "-o", dir.resolve("q").toString()));
        assertTrue(terminal.printed().contains("cannot read the file: it is a folder"), terminal.printed());

        Path blocker = Files.writeString(dir.resolve("blocker"), "x");
        byte[] filled = com.computetco.export.TemplateFiles.filledWithSamples();
        Path workbook = Files.write(dir.resolve("filled.xlsx"), filled);
        assertEquals(ExitCode.INVALID_INPUT, terminal.run("import-quotes", workbook.toString(), "-o",
                blocker.resolve("sub").toString()));
        assertTrue(terminal.printed().contains("cannot create the folder " + blocker.resolve("sub") + ": "), terminal.printed());
        assertFalse(terminal.printed().contains(": " + blocker.resolve("sub") + System.lineSeparator()), terminal.printed());
    }

    @Test
    void veryLongIntegersGetAMessageNotMalformedJson() throws IOException {
        Path file = scenario(example.replace("\"horizonMonths\": 60", "\"horizonMonths\": " + "1".repeat(66)));
        assertEquals(ExitCode.INVALID_INPUT, terminal.run("validate", file.toString()));
        assertTrue(terminal.printed().contains("horizonMonths: must be at least 1"), terminal.printed());
        assertFalse(terminal.printed().contains("malformed"), terminal.printed());
    }
}
