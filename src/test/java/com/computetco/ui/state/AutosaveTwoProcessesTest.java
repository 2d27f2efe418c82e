package com.computetco.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.testing.Scenarios;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, shared recovery folder, with real second processes: a live window's work is never offered nor deleted
 * by another, a second window's clean exit keeps the first's autosave, and after a crash (kill -9) exactly the
 * crashed window's work is offered, and Discard removes only that.
 */
@Tag("slow")
class AutosaveTwoProcessesTest {
    @TempDir
    Path dir;
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killChildren() {
        started.forEach(Process::destroyForcibly);
    }

    /** Starts an instance and waits for its "ready OWNER" line; returns the lines it printed before. */
    private List<String> start(String mode, String demand, Process[] handle) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AutosaveChild.class.getName(), dir.toString(), mode, demand).redirectErrorStream(true).start();
        started.add(process);
        handle[0] = process;
        List<String> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.startsWith("ready ")) {
                return lines;
            }
            lines.add(line);
        }
        throw new AssertionError("the instance ended without being ready: " + lines);
    }

    private long recoveryFiles() throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".scenario.json")).count();
        }
    }

    @Test
    void eachWindowOwnsItsRecoveryFile() throws Exception {
        Process[] first = new Process[1];
        Process[] second = new Process[1];
        start("hold", "81", first);   // window 1: unsaved work, running
        start("hold", "85", second);  // window 2: unsaved work, running
        assertEquals(2, recoveryFiles());

        // Window 3 starts beside them: nothing is offered, since both owners are alive.
        Process[] third = new Process[1];
        assertEquals(List.of(), start("offered", "0", third));
        // Window 4 edits and exits cleanly: the others' autosaves stay.
        Process[] fourth = new Process[1];
        start("exit", "90", fourth);
        assertTrue(fourth[0].waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, recoveryFiles());

        // Window 1 crashes.
        first[0].destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        Autosave next = new Autosave(dir, (task, delay, unit) -> { });
        var offered = next.findAll(Scenarios.loader());
        assertEquals(1, offered.size(), "only the crashed window's work");
        assertEquals(new BigDecimal("81"), offered.get(0).scenario().demandPflops());
        next.discard(offered.get(0));
        assertEquals(1, recoveryFiles(), "Discard removes only what it showed: window 2's work stays");
        assertFalse(Files.exists(dir.resolve(offered.get(0).owner() + ".scenario.json")));

        // Window 2 crashes too: its work is offered now.
        second[0].destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        Process[] fifth = new Process[1];
        assertEquals(List.of("offered 85"), start("offered", "0", fifth));
        next.close();
    }
}
