package com.computetco.ui.platform;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One piece of slow work and what to do with its outcome, in the spirit of JabRef's
 * {@code BackgroundTask.wrap(...).onSuccess(...).onFailure(...).executeWith(taskExecutor)}:
 *
 * <pre>{@code
 * BackgroundTask.wrap(task -> simulate(task::updateProgress, task::isCancelled))
 *         .onProgress(p -> progress.set(p.fraction()))
 *         .onSuccess(this::show)
 *         .onFailure(this::report)
 *         .onCancelled(this::stopped)
 *         .executeWith(executor);
 * }</pre>
 *
 * <p>The work runs wherever the {@link TaskExecutor} puts it (a background thread in the window); every callback
 * runs on the executor's UI thread, in this order: progress and messages as the work reported them (a burst
 * collapsed to its latest), then exactly one of success, failure or cancelled, then {@code onFinished}.
 *
 * <p>{@link #cancel()} (from the UI thread) is final: work not yet started never starts, work that checks
 * {@link #isCancelled()} stops early, and a result that arrives after the cancel is dropped, so a caller that
 * cancels the previous task before starting the next never sees an answer for an older state.
 *
 * <p>A task runs once. Without {@code onFailure} a failure is rethrown on the UI thread, where the window's
 * uncaught-exception handler reports it: no error is silently lost.
 */
public final class BackgroundTask<T> implements TaskContext {

    /** Work that reports progress or checks for cancellation through its task. */
    @FunctionalInterface
    public interface Work<T> {
        T run(TaskContext task) throws Exception;
    }

    private final Work<T> work;
    private final AtomicBoolean submitted = new AtomicBoolean();
    private volatile boolean cancelled;
    private final AtomicReference<TaskProgress> pendingProgress = new AtomicReference<>();
    private final AtomicReference<String> pendingMessage = new AtomicReference<>();
    private volatile Executor ui;
    private Consumer<TaskProgress> onProgress = p -> { };
    private Consumer<String> onMessage = m -> { };
    private Consumer<? super T> onSuccess = r -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    /** Work that needs no progress and no cancellation. */
    public static <T> BackgroundTask<T> wrap(Callable<T> work) {
        Objects.requireNonNull(work, "work");
        return new BackgroundTask<>(task -> work.call());
    }

    /** Work that reports progress or checks for cancellation through the {@link TaskContext} it is given. */
    public static <T> BackgroundTask<T> wrap(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> onProgress(Consumer<TaskProgress> action) {
        onProgress = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onMessage(Consumer<String> action) {
        onMessage = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        onSuccess = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        onFailure = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable action) {
        onCancelled = Objects.requireNonNull(action);
        return this;
    }

    /** Runs after whichever of success, failure or cancelled happened (to clear a busy flag, say). */
    public BackgroundTask<T> onFinished(Runnable action) {
        onFinished = Objects.requireNonNull(action);
        return this;
    }

    /** Hands the task to the executor; returns it so that the caller can keep it to cancel. */
    public BackgroundTask<T> executeWith(TaskExecutor executor) {
        executor.execute(this);
        return this;
    }

    /** Asks the work to stop and drops whatever it still delivers; the task ends as cancelled. */
    public void cancel() {
        cancelled = true;
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void updateProgress(long done, long total) {
        // Only one delivery in flight: a worker reporting every block must not flood the FX thread's queue.
        if (pendingProgress.getAndSet(new TaskProgress(done, total)) == null) {
            post(() -> {
                TaskProgress latest = pendingProgress.getAndSet(null);
                if (latest != null && !cancelled) {
                    onProgress.accept(latest);
                }
            });
        }
    }

    @Override
    public void updateMessage(String message) {
        if (pendingMessage.getAndSet(Objects.requireNonNull(message)) == null) {
            post(() -> {
                String latest = pendingMessage.getAndSet(null);
                if (latest != null && !cancelled) {
                    onMessage.accept(latest);
                }
            });
        }
    }

    /** Claims the task for one executor; a task handed to a second one is a programming error. */
    void markSubmitted() {
        if (!submitted.compareAndSet(false, true)) {
            throw new IllegalStateException("a background task runs once");
        }
    }

    /**
     * Runs the work on the calling thread and posts every callback through {@code uiThread}. Called by the
     * executors of this package only.
     */
    void run(Executor uiThread) {
        ui = uiThread;
        if (cancelled) {
            post(this::finishCancelled);
            return;
        }
        T result;
        try {
            result = work.run(this);
        } catch (CancellationException e) {
            cancelled = true;
            post(this::finishCancelled);
            return;
        } catch (Exception | Error e) {
            post(() -> {
                if (cancelled) {
                    finishCancelled();
                } else {
                    finish(() -> fail(e));
                }
            });
            return;
        }
        post(() -> {
            if (cancelled) {
                finishCancelled();
            } else {
                finish(() -> onSuccess.accept(result));
            }
        });
    }

    private void fail(Throwable error) {
        if (onFailure != null) {
            onFailure.accept(error);
        } else if (error instanceof RuntimeException runtime) {
            throw runtime;
        } else if (error instanceof Error fatal) {
            throw fatal;
        } else {
            throw new IllegalStateException(error.getMessage(), error);
        }
    }

    private void finishCancelled() {
        finish(onCancelled);
    }

    private void finish(Runnable outcome) {
        try {
            outcome.run();
        } finally {
            onFinished.run();
        }
    }

    private void post(Runnable delivery) {
        Executor target = ui;
        if (target == null) {
            throw new IllegalStateException("progress reported outside the task's work");
        }
        target.execute(delivery);
    }
}
