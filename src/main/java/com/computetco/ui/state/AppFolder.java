package com.computetco.ui.state;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;

/**
 * The user's app folder (~/.compute-tco) and the files the window keeps in it. Made once by the composition root and
 * passed to whatever needs a file in it; the system property {@code computetco.home} moves it, for tests.
 */
public final class AppFolder {
    private final Path root;

    public AppFolder(Path root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    /** The folder the given system properties name: {@code computetco.home}, else {@code ~/.compute-tco}. */
    public static AppFolder from(Properties system) {
        String override = system.getProperty("computetco.home");
        return new AppFolder(override != null ? Path.of(override)
                : Path.of(system.getProperty("user.home"), ".compute-tco"));
    }

    public Path root() {
        return root;
    }

    public Path settingsFile() {
        return root.resolve("settings.properties");
    }

    public Path recentFilesList() {
        return root.resolve("recent-files.txt");
    }

    /** The user's quote library. */
    public Path quotes() {
        return root.resolve("quotes");
    }

    /** Autosaved work (see {@link Autosave}). */
    public Path recovery() {
        return root.resolve("recovery");
    }

    public Path logFile() {
        return root.resolve("logs").resolve("compute-tco.log");
    }
}
