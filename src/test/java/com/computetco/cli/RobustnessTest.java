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

    private final Terminal cli = new Terminal();

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
        assertEquals(ExitCode.INVALID_INPUT, cli.run("validate", file.toString()));
        assertTrue(cli.printed().contains("options[0].label: is too long: 40000 characters, at most 200"), cli.printed());
        // And report no longer fails with "internal error": it refuses the input.
        assertEquals(ExitCode.INVALID_INPUT, cli.run("report", file.toString(), "-o", dir.resolve("r.xlsx").toString()));
        assertFalse(cli.printed().contains("internal error"), cli.printed());

        Path name = scenario(example.replace("\"64 PFLOPS training cluster, 5 years\"", "\"" + "n".repeat(201) + "\""));
        assertEquals(ExitCode.INVALID_INPUT, cli.run("validate", name.toString()));
        assertTrue(cli.printed().contains("name: is too long: 201 characters, at most 200"), cli.printed());
    }

    @Test
    void aHugeUnknownKeyIsEchoedCut() throws IOException {
        Path file = scenario(example.replaceFirst("\\{", "{\"" + "k".repeat(1_000_000) + "\": 1,"));
        assertEquals(ExitCode.OK, cli.run("validate", file.toString()));
        assertTrue(cli.printed().contains("unknown field"), cli.printed().substring(0, Math.min(300, cli.printed().length())));
        assertTrue(cli.printed().length() < 1_000, "the warning is " + cli.printed().length() + " characters long");
    }

    @Test
    void terminalEscapesInANameArePrintedEscaped() throws IOException {
        String hostile = "Evil\u001b]0;pwned\u0007\u001b[2J \u202Eabc\u200B";
        Path file = scenario(example.replace("NVIDIA HGX H100 (dealer quote)", hostile.replace("\u001b", "\\u001b")
                .replace("\u0007", "\\u0007")));
        assertEquals(ExitCode.OK, cli.run("evaluate", file.toString(), "--format", "table", "--lang", "en"));
        String table = cli.out();
        for (char c : new char[] {'\u001b', '\u0007', '\u202E', '\u200B'}) {
            assertFalse(table.indexOf(c) >= 0, "raw U+" + Integer.toHexString(c) + " in the table");
        }
        assertTrue(table.contains("Evil\\u001B]0;pwned\\u0007\\u001B[2J \\u202Eabc\\u200B"), table);
        // JSON output stays valid JSON meaning the same text.
        assertEquals(ExitCode.OK, cli.run("evaluate", file.toString(), "--format", "json"));
        assertFalse(cli.out().chars().anyMatch(c -> c == 0x1b || c == 0x202E));
        com.google.gson.JsonParser.parseString(cli.out());
    }

    @Test
    void invisibleCharactersAreShownInMessages() throws IOException {
        Path file = scenario(example.replace("\"USD\": 7.15", "\"US\u202ED\": 7.15"));
        assertEquals(ExitCode.INVALID_INPUT, cli.run("validate", file.toString()));
        assertTrue(cli.printed().contains("<U+202E>"), cli.printed());
        assertFalse(cli.printed().contains("\u202E"));
    }

    @Test
    void anExchangeRateThatUnderflowsIsRefused() throws IOException {
        Path file = scenario(example.replace("\"USD\": 7.15", "\"USD\": 1e-400"));
        assertEquals(ExitCode.INVALID_INPUT, cli.run("validate", file.toString()));
        assertTrue(cli.printed().contains("exchangeRates.USD: must be at least"), cli.printed());
    }

    @Test
    void aDoubleByteOrderMarkIsRefused() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = example.getBytes(StandardCharsets.UTF_8);
        Path once = dir.resolve("once.json");
        Files.write(once, concat(bom, text));
        assertEquals(ExitCode.OK, cli.run("validate", once.toString()));
        Path twice = dir.resolve("twice.json");
        Files.write(twice, concat(bom, concat(bom, text)));
        assertEquals(ExitCode.INVALID_INPUT, cli.run("validate", twice.toString()));
        assertTrue(cli.printed().contains("two byte order marks"), cli.printed());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Test
    void messagesSayWhyAFileCannotBeReadOrCreated() throws IOException {
        assertEquals(ExitCode.INVALID_INPUT, cli.run("validate", dir.toString()));
        assertTrue(cli.printed().contains("cannot read the file: it is a folder"), cli.printed());
        assertEquals(ExitCode.INVALID_INPUT, cli.run("validate", dir.resolve("no-folder/s.json").toString()));
        assertTrue(cli.printed().contains("does not exist"), cli.printed());

        Path template = dir.resolve("t.xlsx");
        assertEquals(ExitCode.OK, cli.run("template", "-o", template.toString()));
        assertEquals(ExitCode.INVALID_INPUT, cli.run("import-quotes", dir.toString(), "-o", dir.resolve("q").toString()));
        assertTrue(cli.printed().contains("cannot read the file: it is a folder"), cli.printed());

        Path blocker = Files.writeString(dir.resolve("blocker"), "x");
        byte[] filled = com.computetco.template.TemplateFiles.filledWithSamples();
        Path workbook = Files.write(dir.resolve("filled.xlsx"), filled);
        assertEquals(ExitCode.INVALID_INPUT, cli.run("import-quotes", workbook.toString(), "-o",
                blocker.resolve("sub").toString()));
        assertTrue(cli.printed().contains("cannot create the folder " + blocker.resolve("sub") + ": "), cli.printed());
        assertFalse(cli.printed().contains(": " + blocker.resolve("sub") + System.lineSeparator()), cli.printed());
    }

    @Test
    void veryLongIntegersGetAMessageNotMalformedJson() throws IOException {
        Path file = scenario(example.replace("\"horizonMonths\": 60", "\"horizonMonths\": " + "1".repeat(66)));
        assertEquals(ExitCode.INVALID_INPUT, cli.run("validate", file.toString()));
        assertTrue(cli.printed().contains("horizonMonths: must be at least 1"), cli.printed());
        assertFalse(cli.printed().contains("malformed"), cli.printed());
    }
}
