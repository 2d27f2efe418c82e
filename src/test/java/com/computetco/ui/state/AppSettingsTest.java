package com.computetco.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppSettingsTest {
    @TempDir
    Path dir;

    @Test
    void whatWasSavedIsWhatTheNextRunReads() {
        Path file = dir.resolve("settings.properties");
        AppSettings settings = AppSettings.load(file);
        settings.setLanguage(Locale.SIMPLIFIED_CHINESE);
        settings.setChineseUnits(true);
        settings.setLastFolder(dir);
        settings.setWindowBounds(new AppSettings.Bounds(40, 30, 1400, 900, false));
        settings.save();

        AppSettings next = AppSettings.load(file);
        assertEquals("zh", next.language().orElseThrow().getLanguage());
        assertTrue(next.chineseUnits());
        assertEquals(dir.toAbsolutePath(), next.lastFolder().orElseThrow());
        assertEquals(new AppSettings.Bounds(40, 30, 1400, 900, false), next.windowBounds().orElseThrow());
    }

    @Test
    void aMissingOrDamagedFileMeansDefaults() throws IOException {
        assertTrue(AppSettings.load(dir.resolve("none.properties")).language().isEmpty());
        Path damaged = Files.write(dir.resolve("bad.properties"), new byte[] {(byte) 0xff, '\\', 'u', 'z'});
        AppSettings settings = AppSettings.load(damaged);
        assertFalse(settings.chineseUnits());
        assertTrue(settings.windowBounds().isEmpty());
    }

    @Test
    void boundsSmallerThanTheUsableWindowAreIgnored() {
        AppSettings settings = AppSettings.load(dir.resolve("s.properties"));
        settings.setWindowBounds(new AppSettings.Bounds(0, 0, 300, 200, false));
        assertTrue(settings.windowBounds().isEmpty());
    }

    @Test
    void aFolderThatNoLongerExistsIsForgotten() {
        AppSettings settings = AppSettings.load(dir.resolve("s.properties"));
        settings.setLastFolder(dir.resolve("gone"));
        assertTrue(settings.lastFolder().isEmpty());
    }
}
