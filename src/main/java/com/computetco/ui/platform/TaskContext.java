package com.computetco.ui.platform;

/**
 * What background work sees of its task: it reports how far it got and checks, between steps, whether it is
 * still wanted. Cancellation is cooperative: work that never asks simply runs to the end, and its result is
 * then dropped.
 */
public interface TaskContext {

    /** {@code done} of {@code total} steps; shown on the UI thread, the latest of a burst only. */
    void updateProgress(long done, long total);

    /** A short status line; shown on the UI thread, the latest of a burst only. */
    void updateMessage(String message);

    boolean isCancelled();
}
