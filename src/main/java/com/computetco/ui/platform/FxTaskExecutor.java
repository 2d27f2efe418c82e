package com.computetco.ui.platform;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;

/**
 * Runs each task's work on one of two background daemon threads and delivers its progress, message and outcome
 * on the FX thread, in the order the work reported them.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService pool = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "compute-tco-worker");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        task.markSubmitted();
        pool.execute(() -> task.run(Platform::runLater));
    }
}
