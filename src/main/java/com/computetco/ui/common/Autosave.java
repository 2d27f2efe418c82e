package com.computetco.ui.common;

import com.computetco.domain.Scenario;
import com.computetco.io.AtomicFiles;
import com.computetco.io.ReadResult;
import com.computetco.io.ScenarioLoader;
import com.computetco.io.ScenarioWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Keeps unsaved work in a recovery file in the user's app folder, a few seconds after each change, never over
 * the user's own file. Removed when the work is saved (or undone back to the saved state) and on a clean exit,
 * so a recovery file at start-up means the app did not close properly.
 */
public final class Autosave {
    /** How long after an edit the work is written: edits in quick succession are written once. */
    public static final long DELAY_MILLIS = 2_000;
    private static final String SCENARIO = "autosave.scenario.json";
    private static final String ORIGIN = "autosave.origin";

    /** Runs a task after a delay, on any thread; the app uses a daemon scheduler, tests run it by hand. */
    @FunctionalInterface
    public interface Scheduler {
        void schedule(Runnable task, long delay, TimeUnit unit);
    }

    /** Work found at start-up: the scenario, the file it belonged to (or null), and when it was autosaved. */
    public record Recovered(Scenario scenario, Path originalFile, Instant savedAt) {
    }

    private final Path folder;
    private final Scheduler scheduler;
    private long generation;

    public Autosave(Path folder, Scheduler scheduler) {
        this.folder = folder;
        this.scheduler = scheduler;
    }

    /** Follows the document: every change schedules a write while it has unsaved changes, a clean state clears. */
    public void watch(ScenarioDocument document) {
        document.scenarioProperty().addListener(o -> changed(document));
        document.dirtyProperty().addListener(o -> changed(document));
    }

    private synchronized void changed(ScenarioDocument document) {
        long mine = ++generation;
        if (!document.isDirty()) {
            clear();
            return;
        }
        Scenario snapshot = document.scenario();
        Path origin = document.file();
        scheduler.schedule(() -> writeIfLatest(mine, snapshot, origin), DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }

    private synchronized void writeIfLatest(long mine, Scenario snapshot, Path origin) {
        if (mine != generation) {
            return;
        }
        try {
            Files.createDirectories(folder);
            AtomicFiles.write(folder.resolve(ORIGIN),
                    (origin == null ? "" : origin.toAbsolutePath().toString()).getBytes(StandardCharsets.UTF_8));
            AtomicFiles.write(folder.resolve(SCENARIO), ScenarioWriter.toBytes(snapshot));
        } catch (IOException | RuntimeException e) {
            // A failed autosave must never disturb the user's work; the next change tries again.
        }
    }

    /** Removes the recovery file (work saved, discarded, or a clean exit). */
    public synchronized void clear() {
        generation++;
        try {
            Files.deleteIfExists(folder.resolve(SCENARIO));
            Files.deleteIfExists(folder.resolve(ORIGIN));
        } catch (IOException e) {
            // Nothing to protect here: at worst the next start offers work the user already has.
        }
    }

    /** The autosaved work, if the last run left any that can be read. */
    public Optional<Recovered> find(ScenarioLoader loader) {
        Path file = folder.resolve(SCENARIO);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            ReadResult<Scenario> read = loader.load(file);
            if (!read.isValid()) {
                return Optional.empty();
            }
            Path origin = null;
            Path originFile = folder.resolve(ORIGIN);
            if (Files.isRegularFile(originFile)) {
                String text = Files.readString(originFile, StandardCharsets.UTF_8).strip();
                origin = text.isEmpty() ? null : Path.of(text);
            }
            return Optional.of(new Recovered(read.value(), origin, Files.getLastModifiedTime(file).toInstant()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
