package com.computetco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.testing.CliRun;
import com.computetco.testing.Scenarios;
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

    private CliRun last;

    private int run(String... args) {
        last = CliRun.of(args);
        return last.exitCode();
    }

    private String out() {
        return last.out();
    }

    /** Everything printed: validate lists problems on standard output, the others on standard error. */
    private String err() {
        return last.out() + last.err();
    }

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
        assertEquals(ExitCode.INVALID_INPUT, run("validate", file.toString()));
        assertTrue(err().contains("options[0].label: is too long: 40000 characters, at most 200"), err());
        // And report no longer fails with "internal error": it refuses the input.
        assertEquals(ExitCode.INVALID_INPUT, run("report", file.toString(), "-o", dir.resolve("r.xlsx").toString()));
        assertFalse(err().contains("internal error"), err());

        Path name = scenario(example.replace("\"64 PFLOPS training cluster, 5 years\"", "\"" + "n".repeat(201) + "\""));
        assertEquals(ExitCode.INVALID_INPUT, run("validate", name.toString()));
        assertTrue(err().contains("name: is too long: 201 characters, at most 200"), err());
    }

    @Test
    void aHugeUnknownKeyIsEchoedCut() throws IOException {
        Path file = scenario(example.replaceFirst("\\{", "{\"" + "k".repeat(1_000_000) + "\": 1,"));
        assertEquals(ExitCode.OK, run("validate", file.toString()));
        assertTrue(err().contains("unknown field"), err().substring(0, Math.min(300, err().length())));
        assertTrue(err().length() < 1_000, "the warning is " + err().length() + " characters long");
    }

    @Test
    void terminalEscapesInANameArePrintedEscaped() throws IOException {
        String hostile = "Evil\u001b]0;pwned\u0007\u001b[2J \u202Eabc\u200B";
        Path file = scenario(example.replace("NVIDIA HGX H100 (dealer quote)", hostile.replace("\u001b", "\\u001b")
                .replace("\u0007", "\\u0007")));
        assertEquals(ExitCode.OK, run("evaluate", file.toString(), "--format", "table", "--lang", "en"));
        String table = out();
        for (char c : new char[] {'\u001b', '\u0007', '\u202E', '\u200B'}) {
            assertFalse(table.indexOf(c) >= 0, "raw U+" + Integer.toHexString(c) + " in the table");
        }
        assertTrue(table.contains("Evil\\u001B]0;pwned\\u0007\\u001B[2J \\u202Eabc\\u200B"), table);
        // JSON output stays valid JSON meaning the same text.
        assertEquals(ExitCode.OK, run("evaluate", file.toString(), "--format", "json"));
        assertFalse(out().chars().anyMatch(c -> c == 0x1b || c == 0x202E));
        com.google.gson.JsonParser.parseString(out());
    }

    @Test
    void invisibleCharactersAreShownInMessages() throws IOException {
        Path file = scenario(example.replace("\"USD\": 7.15", "\"US\u202ED\": 7.15"));
        assertEquals(ExitCode.INVALID_INPUT, run("validate", file.toString()));
        assertTrue(err().contains("<U+202E>"), err());
        assertFalse(err().contains("\u202E"));
    }

    @Test
    void anExchangeRateThatUnderflowsIsRefused() throws IOException {
        Path file = scenario(example.replace("\"USD\": 7.15", "\"USD\": 1e-400"));
        assertEquals(ExitCode.INVALID_INPUT, run("validate", file.toString()));
        assertTrue(err().contains("exchangeRates.USD: must be at least"), err());
    }

    @Test
    void aDoubleByteOrderMarkIsRefused() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = example.getBytes(StandardCharsets.UTF_8);
        Path once = dir.resolve("once.json");
        Files.write(once, concat(bom, text));
        assertEquals(ExitCode.OK, run("validate", once.toString()));
        Path twice = dir.resolve("twice.json");
        Files.write(twice, concat(bom, concat(bom, text)));
        assertEquals(ExitCode.INVALID_INPUT, run("validate", twice.toString()));
        assertTrue(err().contains("two byte order marks"), err());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Test
    void messagesSayWhyAFileCannotBeReadOrCreated() throws IOException {
        assertEquals(ExitCode.INVALID_INPUT, run("validate", dir.toString()));
        assertTrue(err().contains("cannot read the file: it is a folder"), err());
        assertEquals(ExitCode.INVALID_INPUT, run("validate", dir.resolve("no-folder/s.json").toString()));
        assertTrue(err().contains("does not exist"), err());

        Path template = dir.resolve("t.xlsx");
        assertEquals(ExitCode.OK, run("template", "-o", template.toString()));
        assertEquals(ExitCode.INVALID_INPUT, run("import-quotes", dir.toString(), "-o", dir.resolve("q").toString()));
        assertTrue(err().contains("cannot read the file: it is a folder"), err());

        Path blocker = Files.writeString(dir.resolve("blocker"), "x");
        byte[] filled = com.computetco.export.TemplateFiles.filledWithSamples();
        Path workbook = Files.write(dir.resolve("filled.xlsx"), filled);
        assertEquals(ExitCode.INVALID_INPUT, run("import-quotes", workbook.toString(), "-o",
                blocker.resolve("sub").toString()));
        assertTrue(err().contains("cannot create the folder " + blocker.resolve("sub") + ": "), err());
        assertFalse(err().contains(": " + blocker.resolve("sub") + System.lineSeparator()), err());
    }

    @Test
    void veryLongIntegersGetAMessageNotMalformedJson() throws IOException {
        Path file = scenario(example.replace("\"horizonMonths\": 60", "\"horizonMonths\": " + "1".repeat(66)));
        assertEquals(ExitCode.INVALID_INPUT, run("validate", file.toString()));
        assertTrue(err().contains("horizonMonths: must be at least 1"), err());
        assertFalse(err().contains("malformed"), err());
    }
}
