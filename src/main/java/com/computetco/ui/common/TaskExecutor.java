package com.computetco.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work off the FX thread and hands the result back on it. Tests use {@link #direct()}, which runs
 * everything at once on the calling thread, so asynchronous flows are deterministic.
 */
public interface TaskExecutor {

    <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs long work that reports as it goes (through {@link #onUiThread}) off the FX thread. */
    default void inBackground(Runnable work) {
        work.run();
    }

    /** Hands a small update (progress, a result) to the thread that owns the window's properties. */
    default void onUiThread(Runnable update) {
        update.run();
    }

    static TaskExecutor direct() {
        return new TaskExecutor() {
            @Override
            public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
