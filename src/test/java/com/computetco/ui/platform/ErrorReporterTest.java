package com.computetco.ui.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.i18n.Messages;
import com.computetco.testing.FakeDialogService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorReporterTest {
    @TempDir
    Path dir;

    @Test
    void anUnexpectedErrorIsLoggedAndShownWithItsDetails() throws IOException {
        FakeDialogService dialogs = new FakeDialogService();
        Path log = dir.resolve("logs").resolve("compute-tco.log");
        ErrorReporter reporter = new ErrorReporter(log, dialogs, () -> Messages.forLocale(Locale.ENGLISH),
                Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC));
        reporter.report(Thread.currentThread(), new IllegalStateException("chart exploded"));
        String logged = Files.readString(log);
        assertTrue(logged.contains("2026-11-27T12:00:00Z"), logged);
        assertTrue(logged.contains("IllegalStateException: chart exploded"), logged);
        assertEquals(1, dialogs.unexpectedErrors.size());
        assertTrue(dialogs.unexpectedErrors.get(0).contains("chart exploded"));
        assertTrue(dialogs.unexpectedErrors.get(0).contains(log.toString()), "says where the details are");
    }

    @Test
    void anUnwritableLogStillShowsTheError() throws IOException {
        FakeDialogService dialogs = new FakeDialogService();
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        ErrorReporter reporter = new ErrorReporter(blocker.resolve("compute-tco.log"), dialogs,
                () -> Messages.forLocale(Locale.ENGLISH), Clock.systemUTC());
        reporter.report(Thread.currentThread(), new RuntimeException("boom"));
        assertEquals(1, dialogs.unexpectedErrors.size());
    }
}
