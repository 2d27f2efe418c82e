package com.computetco.engine.risk;

/**
 * Receives a long computation's progress. Called on the thread that runs the computation (a background thread in
 * the window, so a listener there hands the figures to the FX thread, e.g. with {@code Task.updateProgress}).
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    void progress(long done, long total);
}
