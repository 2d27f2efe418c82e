package com.computetco.ui.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds every task until the test runs it, as a background thread would: what a command does before its work
 * runs is visible, and tasks can be run in any order. Running a task delivers its outcome at once.
 */
public final class QueuedTaskExecutor implements TaskExecutor {
    private final List<BackgroundTask<?>> pending = new ArrayList<>();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        pending.add(task);
    }

    public int size() {
        return pending.size();
    }

    public boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Runs the task queued at {@code index} (0: the oldest still queued) and removes it from the queue. */
    public void run(int index) {
        TaskExecutor.direct().execute(pending.remove(index));
    }

    /** Runs queued tasks, oldest first, including those they queue, until none is left. */
    public void runAll() {
        while (!pending.isEmpty()) {
            run(0);
        }
    }
}
