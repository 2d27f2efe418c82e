package com.computetco.ui.common;

import java.nio.file.Path;

/** The user's app folder (~/.compute-tco); the system property {@code computetco.home} moves it, for tests. */
public final class AppFolder {
    private AppFolder() {
    }

    public static Path path() {
        String override = System.getProperty("computetco.home");
        return override != null ? Path.of(override) : Path.of(System.getProperty("user.home"), ".compute-tco");
    }
}
