package com.computetco.ui.state;

import com.computetco.io.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * What the app remembers between runs: window bounds, language, 万/亿 display and the last folder used. Kept in
 * a small properties file in the user's app folder, written atomically; a missing or damaged file means defaults.
 */
public final class AppSettings {
    /** The window's last position and size. */
    public record Bounds(double x, double y, double width, double height, boolean maximized) {
    }

    private final Path file;
    private final Properties values = new Properties();

    private AppSettings(Path file) {
        this.file = file;
    }

    public static AppSettings load(Path file) {
        AppSettings settings = new AppSettings(file);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                settings.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                settings.values.clear();
            }
        }
        return settings;
    }

    public Optional<Locale> language() {
        String tag = values.getProperty("language");
        return tag == null || tag.isBlank() ? Optional.empty() : Optional.of(Locale.forLanguageTag(tag));
    }

    public void setLanguage(Locale locale) {
        values.setProperty("language", locale.toLanguageTag());
    }

    public boolean chineseUnits() {
        return Boolean.parseBoolean(values.getProperty("chineseUnits", "false"));
    }

    public void setChineseUnits(boolean on) {
        values.setProperty("chineseUnits", Boolean.toString(on));
    }

    public Optional<Path> lastFolder() {
        String folder = values.getProperty("lastFolder");
        if (folder == null || folder.isBlank()) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(folder);
            return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public void setLastFolder(Path folder) {
        values.setProperty("lastFolder", folder.toAbsolutePath().toString());
    }

    /** The remembered bounds, if complete and sensible (at least the smallest usable window). */
    public Optional<Bounds> windowBounds() {
        try {
            double x = Double.parseDouble(values.getProperty("window.x"));
            double y = Double.parseDouble(values.getProperty("window.y"));
            double w = Double.parseDouble(values.getProperty("window.width"));
            double h = Double.parseDouble(values.getProperty("window.height"));
            boolean max = Boolean.parseBoolean(values.getProperty("window.maximized", "false"));
            if (!Double.isFinite(x) || !Double.isFinite(y) || w < 1024 || h < 700 || w > 20000 || h > 20000) {
                return Optional.empty();
            }
            return Optional.of(new Bounds(x, y, w, h, max));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public void setWindowBounds(Bounds bounds) {
        values.setProperty("window.x", Double.toString(bounds.x()));
        values.setProperty("window.y", Double.toString(bounds.y()));
        values.setProperty("window.width", Double.toString(bounds.width()));
        values.setProperty("window.height", Double.toString(bounds.height()));
        values.setProperty("window.maximized", Boolean.toString(bounds.maximized()));
    }

    /** Writes the settings atomically; failing to remember them must never disturb the user. */
    public void save() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            values.store(out, "Compute TCO settings");
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, out.toByteArray());
        } catch (IOException | RuntimeException e) {
            // Defaults next time: nothing the user made is lost.
        }
    }
}
