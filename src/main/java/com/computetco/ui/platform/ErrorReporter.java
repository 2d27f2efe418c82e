package com.computetco.ui.platform;

import com.computetco.i18n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Unexpected errors never vanish: each is written to a log file in the user's app folder and shown in a dialog
 * with a short explanation and the details. The app keeps running; the open scenario is untouched.
 */
public final class ErrorReporter {
    /** The log is cut back to its newest half when it grows past this size. */
    static final long MAX_LOG_BYTES = 1_000_000;
    private final Path log;
    private final DialogService dialogs;
    private final Supplier<Messages> messages;
    private final Clock clock;

    public ErrorReporter(Path log, DialogService dialogs, Supplier<Messages> messages, Clock clock) {
        this.log = log;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
    }

    public Path logFile() {
        return log;
    }

    /** Logs the error and tells the user; never throws. */
    public void report(Thread thread, Throwable error) {
        String details = details(thread, error);
        boolean logged = append(details);
        try {
            Messages m = messages.get();
            String explanation = m.format("error.explanation", String.valueOf(error.getLocalizedMessage()))
                    + (logged ? "\n\n" + m.format("error.logged", log.toString()) : "");
            dialogs.showUnexpectedError(explanation, details);
        } catch (RuntimeException e) {
            // The dialog itself failed: the log entry is the record of what happened.
        }
    }

    private String details(Thread thread, Throwable error) {
        StringWriter text = new StringWriter();
        text.append(Instant.now(clock).toString()).append(" in thread ").append(thread.getName()).append('\n');
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private synchronized boolean append(String entry) {
        try {
            Files.createDirectories(log.getParent());
            if (Files.exists(log) && Files.size(log) > MAX_LOG_BYTES) {
                byte[] all = Files.readAllBytes(log);
                byte[] newest = java.util.Arrays.copyOfRange(all, all.length / 2, all.length);
                com.computetco.io.AtomicFiles.write(log, newest);
            }
            Files.writeString(log, entry + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
