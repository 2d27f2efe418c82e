package com.computetco.ui.state;

import com.computetco.app.FileKinds;
import com.computetco.app.ScenarioLoader;
import com.computetco.domain.Scenario;
import com.computetco.io.AtomicFiles;
import com.computetco.io.ReadResult;
import com.computetco.io.ScenarioWriter;
import com.computetco.ui.document.ScenarioDocument;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps unsaved work in a recovery file in the user's app folder, a few seconds after each change, never over
 * the user's own file. Removed when the work is saved (or undone back to the saved state) and on a clean exit.
 *
 * <p>Several windows may run at once and share the folder, so each instance owns its own files,
 * {@code OWNER.scenario.json} and {@code OWNER.origin}, and proves it with a lock on {@code OWNER.lock} held for as
 * long as it runs. The operating system drops the lock when the process ends, however it ends, so work is offered
 * back only when its owner is gone: never a live window's work, and one window's clean exit never removes another's
 * autosave. While work is offered, the offering instance holds its owner's lock, so two windows started together
 * after a crash never both offer (or both discard) the same work.
 */
public final class Autosave {
    /** How long after an edit the work is written: edits in quick succession are written once. */
    public static final long DELAY_MILLIS = 2_000;
    private static final String SCENARIO = FileKinds.SCENARIO_SUFFIX;
    private static final String ORIGIN = ".origin";
    private static final String LOCK = ".lock";
    /** Owner names: ours are "w" and hex digits; "autosave" is the single file of versions before owners. */
    private static final Pattern OWNED = Pattern.compile("([A-Za-z0-9-]{1,64})" + Pattern.quote(SCENARIO));
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Runs a task after a delay, on any thread; the app uses a daemon scheduler, tests run it by hand. */
    @FunctionalInterface
    public interface Scheduler {
        void schedule(Runnable task, long delay, TimeUnit unit);
    }

    /**
     * Work found at start-up whose owner is gone: the scenario, the file it belonged to (or null), when it was
     * autosaved, and the instance that owned it (to discard or adopt exactly this work).
     */
    public record Recovered(Scenario scenario, Path originalFile, Instant savedAt, String owner) {
    }

    private final Path folder;
    private final Scheduler scheduler;
    private final String owner;
    private final Map<String, FileChannel> claims = new HashMap<>();
    private FileChannel lockChannel;
    private long generation;
    private boolean closed;

    public Autosave(Path folder, Scheduler scheduler) {
        this.folder = folder;
        this.scheduler = scheduler;
        this.owner = "w" + Long.toHexString(ProcessHandle.current().pid()) + "-"
                + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE);
        lock();
    }

    /** This instance's name in the folder. */
    public String owner() {
        return owner;
    }

    /**
     * Takes this instance's lock, before anything is written, so no other window ever takes its work for orphaned.
     * Without a lock (a file system that has none) the work is still autosaved; another window could then offer
     * it, which is the behaviour of versions before owners.
     */
    private synchronized void lock() {
        try {
            Files.createDirectories(folder);
            FileChannel channel = FileChannel.open(folder.resolve(owner + LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
            } else {
                lockChannel = channel;
            }
        } catch (IOException | RuntimeException e) {
            // Autosave is a safety net; failing to set it up must not stop the app.
        }
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
        save(snapshot, origin);
    }

    /** Writes this instance's recovery file now. */
    synchronized void save(Scenario snapshot, Path origin) {
        if (closed) {
            return;
        }
        try {
            Files.createDirectories(folder);
            AtomicFiles.write(folder.resolve(owner + ORIGIN),
                    (origin == null ? "" : origin.toAbsolutePath().toString()).getBytes(StandardCharsets.UTF_8));
            AtomicFiles.write(folder.resolve(owner + SCENARIO), ScenarioWriter.toBytes(snapshot));
        } catch (IOException | RuntimeException e) {
            // A failed autosave must never disturb the user's work; the next change tries again.
        }
    }

    /** Removes this instance's recovery file (work saved or undone); other windows' files are never touched. */
    public synchronized void clear() {
        generation++;
        deleteFiles(owner);
    }

    /**
     * A clean exit: removes this instance's recovery file and lock, and releases the work it was offered but did not
     * take. Nothing is written afterwards.
     */
    public synchronized void close() {
        clear();
        closed = true;
        releaseClaims();
        if (lockChannel != null) {
            deleteQuietly(folder.resolve(owner + LOCK)); // deleted while held, so no one else can take it first
            closeQuietly(lockChannel);
            lockChannel = null;
        }
    }

    /**
     * What the process's death does to this instance: the lock is dropped and the files stay. The app never calls
     * it; tests use it to stand for a crash within one process.
     */
    public synchronized void abandon() {
        closed = true;
        releaseClaims();
        closeQuietly(lockChannel);
        lockChannel = null;
    }

    /** The newest work whose owner is gone, if any can be read; the others are left for a later start. */
    public Optional<Recovered> find(ScenarioLoader loader) {
        List<Recovered> all = findAll(loader);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        for (Recovered other : all.subList(1, all.size())) {
            release(other);
        }
        return Optional.of(all.get(0));
    }

    /**
     * Every readable piece of work whose owner is gone, newest first. Each is claimed (its owner's lock taken) until
     * it is {@link #discard discarded}, {@link #adopt adopted} or {@link #release released}.
     */
    public synchronized List<Recovered> findAll(ScenarioLoader loader) {
        List<Recovered> found = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        List<String> locks = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                Matcher m = OWNED.matcher(name);
                if (m.matches() && !m.group(1).equals(owner)) {
                    owners.add(m.group(1));
                } else if (name.endsWith(LOCK) && !name.equals(owner + LOCK)) {
                    locks.add(name.substring(0, name.length() - LOCK.length()));
                }
            }
        } catch (IOException | RuntimeException e) {
            return found;
        }
        for (String other : owners) {
            if (!claims.containsKey(other) && !claim(other)) {
                continue; // its window is running
            }
            Optional<Recovered> read = read(loader, other);
            if (read.isPresent()) {
                found.add(read.get());
            } else {
                releaseClaim(other); // unreadable: left alone, as before owners
            }
        }
        // Locks of windows that ended, cleanly or not, with nothing unsaved: tidy them away.
        for (String other : locks) {
            if (!owners.contains(other) && !claims.containsKey(other) && claim(other)) {
                deleteQuietly(folder.resolve(other + LOCK));
                releaseClaim(other);
            }
        }
        found.sort(Comparator.comparing(Recovered::savedAt).reversed());
        return found;
    }

    private Optional<Recovered> read(ScenarioLoader loader, String other) {
        Path file = folder.resolve(other + SCENARIO);
        try {
            ReadResult<Scenario> read = loader.load(file);
            if (!read.isValid()) {
                return Optional.empty();
            }
            Path origin = null;
            Path originFile = folder.resolve(other + ORIGIN);
            if (Files.isRegularFile(originFile)) {
                String text = Files.readString(originFile, StandardCharsets.UTF_8).strip();
                origin = text.isEmpty() ? null : Path.of(text);
            }
            return Optional.of(new Recovered(read.value(), origin, Files.getLastModifiedTime(file).toInstant(),
                    other));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Discard: removes exactly the work shown, and nothing else. */
    public synchronized void discard(Recovered shown) {
        if (claims.containsKey(shown.owner())) {
            deleteFiles(shown.owner());
            deleteQuietly(folder.resolve(shown.owner() + LOCK));
            releaseClaim(shown.owner());
        }
    }

    /**
     * Restore: the work becomes this instance's own recovery file at once (so a crash right after still keeps it),
     * then the old owner's files are removed.
     */
    public synchronized void adopt(Recovered shown) {
        if (!claims.containsKey(shown.owner())) {
            return;
        }
        save(shown.scenario(), shown.originalFile());
        if (Files.isRegularFile(folder.resolve(owner + SCENARIO))) {
            deleteFiles(shown.owner());
            deleteQuietly(folder.resolve(shown.owner() + LOCK));
        }
        releaseClaim(shown.owner());
    }

    /** Leaves the work for a later start (or another window). */
    public synchronized void release(Recovered shown) {
        releaseClaim(shown.owner());
    }

    private boolean claim(String other) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.resolve(other + LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            if (channel.tryLock() != null) {
                claims.put(other, channel);
                return true;
            }
        } catch (OverlappingFileLockException e) {
            // Held by another instance in this same process: alive.
        } catch (IOException | RuntimeException e) {
            // Cannot tell: treat as alive, never offer work that may belong to a running window.
        }
        closeQuietly(channel);
        return false;
    }

    private void releaseClaim(String other) {
        closeQuietly(claims.remove(other));
    }

    private void releaseClaims() {
        for (String other : List.copyOf(claims.keySet())) {
            releaseClaim(other);
        }
    }

    private void deleteFiles(String who) {
        deleteQuietly(folder.resolve(who + SCENARIO));
        deleteQuietly(folder.resolve(who + ORIGIN));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Nothing to protect here: at worst a later start offers work the user already has.
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // The lock goes with the channel or with the process.
            }
        }
    }
}
