package com.computetco.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The app folder is read from the system properties once, by the composition root, not from a static. */
class AppFolderTest {
    @Test
    void computetcoHomeMovesTheFolderAndItsFiles() {
        Properties system = new Properties();
        system.setProperty("user.home", "/home/someone");
        system.setProperty("computetco.home", "/tmp/elsewhere");
        AppFolder folder = AppFolder.from(system);
        assertEquals(Path.of("/tmp/elsewhere"), folder.root());
        assertEquals(Path.of("/tmp/elsewhere/settings.properties"), folder.settingsFile());
        assertEquals(Path.of("/tmp/elsewhere/recent-files.txt"), folder.recentFilesList());
        assertEquals(Path.of("/tmp/elsewhere/quotes"), folder.quotes());
        assertEquals(Path.of("/tmp/elsewhere/recovery"), folder.recovery());
        assertEquals(Path.of("/tmp/elsewhere/logs/compute-tco.log"), folder.logFile());
    }

    @Test
    void withoutTheOverrideItIsDotComputeTcoInTheUsersHome() {
        Properties system = new Properties();
        system.setProperty("user.home", "/home/someone");
        assertEquals(Path.of("/home/someone/.compute-tco"), AppFolder.from(system).root());
    }
}
