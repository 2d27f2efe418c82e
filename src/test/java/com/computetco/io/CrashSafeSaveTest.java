package com.computetco.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.computetco.domain.Scenario;
import com.computetco.testing.Scenarios;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save killed at any moment leaves the file as the complete old or the complete new version, the backup as a
 * complete older one, and at most one temporary file. A separate JVM ({@link SaveLoopMain}) saves in a loop and
 * is killed (SIGKILL on Unix, TerminateProcess on Windows) at random moments. This covers a crash of the app;
 * power loss additionally depends on the disk honouring fsync, which no test can show.
 */
@org.junit.jupiter.api.Tag("slow")
class CrashSafeSaveTest {
    private static final int KILLS = 50;
    private static final long SEED = Long.getLong("crash.seed", System.nanoTime());

    @TempDir
    Path dir;

    private final ScenarioReader reader = new ScenarioReader(Scenarios.TODAY);

    /** The worked example padded to 50 options, the most a scenario holds, so one save takes a while. */
    private byte[] version(String label) {
        JsonObject tree = Scenarios.workedExampleTree();
        Scenarios.set(tree, "name", '"' + label + '"');
        JsonArray options = Scenarios.array(tree, "options");
        int original = options.size();
        for (int i = original; i < 50; i++) {
            JsonObject copy = options.get(i % original).getAsJsonObject().deepCopy();
            copy.addProperty("id", "copy-" + i);
            copy.addProperty("label", label + " option " + i);
            options.add(copy);
        }
        // Long sources (within their 2,000-character limit) make the file large enough that a save takes a while.
        for (var option : options) {
            option.getAsJsonObject().getAsJsonObject("quote").addProperty("source", label + " " + "x".repeat(1_900));
        }
        ReadResult<Scenario> read = reader.read(Scenarios.bytes(tree));
        assertTrue(read.isValid(), read.problems()::toString);
        return ScenarioWriter.toBytes(read.value());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void killedSavesLeaveACompleteOldOrNewVersionAndAtMostOneTemporaryFile() throws Exception {
        byte[] a = version("A");
        byte[] b = version("B");
        Path inputs = Files.createDirectory(dir.resolve("inputs"));
        Path aFile = Files.write(inputs.resolve("a.json"), a);
        Path bFile = Files.write(inputs.resolve("b.json"), b);
        Path work = Files.createDirectory(dir.resolve("work"));
        Path target = work.resolve("plan.scenario.json");
        Path backup = AtomicFiles.backupOf(target);
        Path stderr = dir.resolve("child-stderr.txt");
        Random random = new Random(SEED);
        String context = "seed " + SEED + " (rerun with -Dcrash.seed=" + SEED + ")";

        int roundsWithALeftover = 0;
        long started = System.nanoTime();
        for (int round = 0; round < KILLS; round++) {
            Process child = new ProcessBuilder(javaCommand(target, aFile, bFile))
                    .redirectError(stderr.toFile())
                    .start();
            try {
                awaitReady(child, stderr);
                Thread.sleep(5 + random.nextInt(56));
            } finally {
                child.destroyForcibly();
                assertTrue(child.waitFor(20, TimeUnit.SECONDS), "the killed save loop did not end");
            }
            String where = "after kill " + (round + 1) + ", " + context;
            assertIsOneOf(target, a, b, "the file " + where);
            if (Files.exists(backup)) {
                assertIsOneOf(backup, a, b, "the backup " + where);
            }
            List<Path> others = others(work, target, backup);
            assertTrue(others.size() <= 1, () -> "more than one temporary file " + where + ": " + others);
            for (Path other : others) {
                assertTrue(other.getFileName().toString().matches("\\.plan\\.scenario\\.json\\.(bak\\.)?[0-9a-f]+\\.tmp"),
                        () -> "unexpected file " + other + " " + where);
            }
            roundsWithALeftover += others.size();
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        System.out.printf("CrashSafeSaveTest: %d kills in %d s, %d of them mid-save (left a temporary file), %s%n",
                KILLS, seconds, roundsWithALeftover, context);

        // The next ordinary save clears what the last kill left.
        ScenarioWriter.write(reader.read(a).value(), target);
        assertEquals(List.of(), others(work, target, backup));
        assertTrue(Arrays.equals(a, Files.readAllBytes(target)));
    }

    private void assertIsOneOf(Path file, byte[] a, byte[] b, String what) throws IOException {
        assertTrue(Files.exists(file), what + " is missing");
        byte[] actual = Files.readAllBytes(file);
        assertTrue(Arrays.equals(actual, a) || Arrays.equals(actual, b),
                () -> what + " is neither version: " + actual.length + " bytes (versions have " + a.length + ")");
        assertTrue(reader.read(file).isValid(), what + " does not read");
    }

    private static List<Path> others(Path work, Path target, Path backup) throws IOException {
        try (Stream<Path> files = Files.list(work)) {
            return files.filter(p -> !p.equals(target) && !p.equals(backup)).sorted().toList();
        }
    }

    private static List<String> javaCommand(Path target, Path a, Path b) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Start fast; the loop needs no optimised code and little heap.
        command.addAll(List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), SaveLoopMain.class.getName(),
                target.toString(), a.toString(), b.toString()));
        return command;
    }

    private static void awaitReady(Process child, Path stderr) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!SaveLoopMain.READY.equals(line)) {
            child.destroyForcibly();
            fail("the save loop did not start: " + line + "\n" + Files.readString(stderr));
        }
    }
}
