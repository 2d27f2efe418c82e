package com.computetco.ui.platform;

/**
 * Runs a {@link BackgroundTask}: its work on some thread of the executor's choosing, its progress, message and
 * outcome on the thread that owns the window's properties. There is deliberately no default implementation: an
 * executor that forgot to move work off the FX thread would freeze the window without any test noticing.
 *
 * <p>The window uses {@link FxTaskExecutor}; tests use {@link #direct()}, which runs everything at once on the
 * calling thread, so asynchronous flows are deterministic.
 */
public interface TaskExecutor {

    <T> void execute(BackgroundTask<T> task);

    /** Runs work and delivers its outcome at once, on the calling thread: for tests and headless use. */
    static TaskExecutor direct() {
        return new DirectTaskExecutor();
    }
}
