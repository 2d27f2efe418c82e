package com.computetco.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.computetco.testing.Scenarios;
import com.computetco.testing.Terminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, data loss on -o: no command replaces a file it was not asked to, nor any input, nor a special file. */
class OutputSafetyTest {
    @TempDir
    Path dir;
    private Path scenario;

    private final Terminal cli = new Terminal();

    @BeforeEach
    void setUp() throws IOException {
        scenario = dir.resolve("s.json");
        Scenarios.write(scenario, Scenarios.workedExampleBytes());
    }

    @Test
    void reportRefusesToWriteOverItsOwnInput() throws IOException {
        byte[] before = Files.readAllBytes(scenario);
        assertEquals(ExitCode.INVALID_INPUT, cli.run("report", scenario.toString(), "-o", scenario.toString()));
        assertTrue(cli.err().contains("it is an input of this command"), cli.err());
        assertArrayEquals(before, Files.readAllBytes(scenario));
        // Even under another spelling of the same file, and even with --force.
        Path other = dir.resolve(".").resolve("s.json");
        assertEquals(ExitCode.INVALID_INPUT, cli.run("report", scenario.toString(), "-o", other.toString(), "--force"));
        assertArrayEquals(before, Files.readAllBytes(scenario));
    }

    @Test
    void reportRefusesToReplaceAnotherScenarioUnlessForcedAndThenKeepsIt() throws IOException {
        Path another = dir.resolve("another.scenario.json");
        Files.copy(scenario, another);
        byte[] before = Files.readAllBytes(another);
        assertEquals(ExitCode.INVALID_INPUT, cli.run("report", scenario.toString(), "-o", another.toString()));
        assertTrue(cli.err().contains("is not a Compute TCO report workbook") && cli.err().contains("--force"), cli.err());
        assertArrayEquals(before, Files.readAllBytes(another));

        assertEquals(ExitCode.OK, cli.run("report", scenario.toString(), "-o", another.toString(), "--force"));
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("another.scenario.json.bak")));
    }

    @Test
    void reportRefusesToReplaceAVendorsTemplate() throws IOException {
        Path filled = dir.resolve("vendor.xlsx");
        assertEquals(ExitCode.OK, cli.run("template", "-o", filled.toString()));
        byte[] before = Files.readAllBytes(filled);
        assertEquals(ExitCode.INVALID_INPUT, cli.run("report", scenario.toString(), "-o", filled.toString()));
        assertArrayEquals(before, Files.readAllBytes(filled));
        // And the template command refuses a report.
        Path report = dir.resolve("report.xlsx");
        assertEquals(ExitCode.OK, cli.run("report", scenario.toString(), "-o", report.toString()));
        byte[] reportBytes = Files.readAllBytes(report);
        assertEquals(ExitCode.INVALID_INPUT, cli.run("template", "-o", report.toString()));
        assertTrue(cli.err().contains("is not a Compute TCO quote template"), cli.err());
        assertArrayEquals(reportBytes, Files.readAllBytes(report));
    }

    @Test
    void replacingAWorkbookOfTheSameKindKeepsTheOldOneAsBak() throws IOException {
        Path report = dir.resolve("report.xlsx");
        assertEquals(ExitCode.OK, cli.run("report", scenario.toString(), "-o", report.toString(), "--lang", "en"));
        byte[] first = Files.readAllBytes(report);
        assertEquals(ExitCode.OK, cli.run("report", scenario.toString(), "-o", report.toString(), "--lang", "zh"));
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("report.xlsx.bak")));

        Path template = dir.resolve("t.xlsx");
        assertEquals(ExitCode.OK, cli.run("template", "-o", template.toString()));
        byte[] blank = Files.readAllBytes(template);
        assertEquals(ExitCode.OK, cli.run("template", "-o", template.toString(), "--lang", "zh"));
        assertArrayEquals(blank, Files.readAllBytes(dir.resolve("t.xlsx.bak")));
    }

    @Test
    void aFolderAPipeOrADeviceIsNeverReplaced() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.xlsx"));
        assertEquals(ExitCode.INVALID_INPUT, cli.run("report", scenario.toString(), "-o", folder.toString()));
        assertTrue(cli.err().contains("it is a folder"), cli.err());
        assertTrue(Files.isDirectory(folder));

        assertEquals(ExitCode.INVALID_INPUT, cli.run("template", "-o", "/dev/null", "--force"));
        assertTrue(cli.err().contains("not a regular file"), cli.err());
        assertFalse(Files.isRegularFile(Path.of("/dev/null")));

        Path fifo = dir.resolve("pipe.xlsx");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0, "mkfifo is not available");
        assertEquals(ExitCode.INVALID_INPUT, cli.run("report", scenario.toString(), "-o", fifo.toString(), "--force"));
        assertTrue(cli.err().contains("not a regular file"), cli.err());
        assertTrue(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther());
    }

    @Test
    void namesThatAreTypingAccidentsAreUsageErrors() {
        String s = scenario.toString();
        assertEquals(ExitCode.USAGE, cli.run("report", s, "-o", "-"));
        assertTrue(cli.err().contains("standard output"), cli.err());
        assertEquals(ExitCode.USAGE, cli.run("report", s, "-o", dir.resolve("out") + "/"));
        assertTrue(cli.err().contains("ends with a slash"), cli.err());
        assertFalse(Files.exists(dir.resolve("out")));
        assertEquals(ExitCode.USAGE, cli.run("report", s, "-o", dir.resolve("a.xlsx").toString(), "-o",
                dir.resolve("b.xlsx").toString()));
        assertTrue(cli.err().contains("--output is given twice"), cli.err());
        assertEquals(ExitCode.USAGE, cli.run("template", "-o", dir.resolve("x\u001b]0;owned\u0007.xlsx").toString()));
        assertTrue(cli.err().contains("control character U+001B"), cli.err());
        assertFalse(cli.err().contains("\u001b"), "the escape itself is never echoed");
        assertEquals(ExitCode.USAGE, cli.run("template", "-o", dir.resolve("a.xlsx").toString(), "--force", "--force"));
        assertEquals(ExitCode.USAGE, cli.run("import-quotes", s, "-o", "-"));
    }

    @Test
    void importQuotesNeverWritesIntoAFileOrItsInput() throws IOException {
        Path template = dir.resolve("t.xlsx");
        assertEquals(ExitCode.OK, cli.run("template", "-o", template.toString()));
        byte[] before = Files.readAllBytes(scenario);
        assertEquals(ExitCode.INVALID_INPUT, cli.run("import-quotes", template.toString(), "-o", scenario.toString()));
        assertTrue(cli.err().contains("a file, not a folder"), cli.err());
        assertArrayEquals(before, Files.readAllBytes(scenario));
        assertEquals(ExitCode.INVALID_INPUT, cli.run("import-quotes", template.toString(), "-o", template.toString()));
        assertTrue(cli.err().contains("input of this command"), cli.err());
    }
}
