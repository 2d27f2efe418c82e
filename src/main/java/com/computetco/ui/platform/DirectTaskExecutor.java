package com.computetco.ui.platform;

/**
 * Runs each task's work on the calling thread and delivers its progress and outcome there too, before
 * {@link #execute} returns (JabRef's {@code CurrentThreadTaskExecutor}). Tests use it so that a command's
 * effects are visible on the next line.
 */
public final class DirectTaskExecutor implements TaskExecutor {

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        task.markSubmitted();
        task.run(Runnable::run);
    }
}
