package com.computetco.ui.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The async contract with no toolkit: what each outcome delivers, and in which order. */
class BackgroundTaskTest {
    private final List<String> events = new ArrayList<>();

    private <T> BackgroundTask<T> recorded(BackgroundTask<T> task) {
        return task.onProgress(p -> events.add("progress " + p.done() + "/" + p.total()))
                .onMessage(m -> events.add("message " + m))
                .onSuccess(r -> events.add("success " + r))
                .onFailure(e -> events.add("failure " + e.getMessage()))
                .onCancelled(() -> events.add("cancelled"))
                .onFinished(() -> events.add("finished"));
    }

    @Test
    void successDeliversProgressAndMessagesInOrderThenTheResultThenFinished() {
        recorded(BackgroundTask.wrap(task -> {
            task.updateMessage("reading");
            task.updateProgress(1, 3);
            task.updateProgress(2, 3);
            task.updateMessage("writing");
            task.updateProgress(3, 3);
            return 42;
        })).executeWith(TaskExecutor.direct());
        assertEquals(List.of("message reading", "progress 1/3", "progress 2/3", "message writing", "progress 3/3",
                "success 42", "finished"), events);
    }

    @Test
    void aFailureReachesOnFailureAndNotOnSuccess() {
        recorded(BackgroundTask.wrap(() -> {
            throw new IOException("disk full");
        })).executeWith(TaskExecutor.direct());
        assertEquals(List.of("failure disk full", "finished"), events);
    }

    @Test
    void withoutOnFailureTheErrorIsRethrownOnTheUiThreadRatherThanLost() {
        BackgroundTask<Object> task = BackgroundTask.wrap(() -> {
            throw new IllegalArgumentException("bad input");
        });
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> task.executeWith(TaskExecutor.direct()));
        assertEquals("bad input", thrown.getMessage());
    }

    @Test
    void workThatChecksCancellationStopsAndEndsAsCancelled() {
        List<Integer> steps = new ArrayList<>();
        QueuedTaskExecutor queue = new QueuedTaskExecutor();
        AtomicReference<BackgroundTask<String>> self = new AtomicReference<>();
        BackgroundTask<String> task = recorded(BackgroundTask.wrap(t -> {
            for (int i = 0; i < 10; i++) {
                if (t.isCancelled()) {
                    throw new CancellationException();
                }
                steps.add(i);
                if (i == 2) {
                    self.get().cancel(); // as the user pressing Cancel mid-way
                }
            }
            return "all";
        }));
        self.set(task);
        task.executeWith(queue);
        queue.runAll();
        assertEquals(List.of(0, 1, 2), steps);
        assertEquals(List.of("cancelled", "finished"), events);
        assertTrue(task.isCancelled());
    }

    @Test
    void aTaskCancelledBeforeItStartsNeverRuns() {
        List<String> ran = new ArrayList<>();
        QueuedTaskExecutor queue = new QueuedTaskExecutor();
        BackgroundTask<String> task = recorded(BackgroundTask.wrap(() -> {
            ran.add("work");
            return "x";
        })).executeWith(queue);
        task.cancel();
        queue.runAll();
        assertTrue(ran.isEmpty());
        assertEquals(List.of("cancelled", "finished"), events);
    }

    /** The stale-answer rule: a result that arrives after Cancel is dropped, even if the work ignored it. */
    @Test
    void aResultDeliveredAfterCancelIsDropped() {
        List<Runnable> uiQueue = new ArrayList<>();
        Executor laterOnUi = uiQueue::add;
        BackgroundTask<String> task = recorded(BackgroundTask.wrap(t -> {
            t.updateProgress(1, 1);
            return "stale";
        }));
        task.markSubmitted();
        task.run(laterOnUi); // the work is done; its deliveries wait for the UI thread
        task.cancel();
        uiQueue.forEach(Runnable::run);
        assertEquals(List.of("cancelled", "finished"), events);
    }

    /** A burst of progress from the worker is one delivery of the latest, not one per step. */
    @Test
    void progressReportedFasterThanTheUiThreadDeliversIsCollapsedToTheLatest() {
        List<Runnable> uiQueue = new ArrayList<>();
        BackgroundTask<String> task = recorded(BackgroundTask.wrap(t -> {
            for (int i = 1; i <= 1000; i++) {
                t.updateProgress(i, 1000);
            }
            return "done";
        }));
        task.markSubmitted();
        task.run(uiQueue::add);
        assertEquals(2, uiQueue.size(), "one progress delivery and the outcome");
        uiQueue.forEach(Runnable::run);
        assertEquals(List.of("progress 1000/1000", "success done", "finished"), events);
    }

    @Test
    void aTaskRunsOnce() {
        BackgroundTask<String> task = BackgroundTask.wrap(() -> "once").executeWith(TaskExecutor.direct());
        assertThrows(IllegalStateException.class, () -> task.executeWith(TaskExecutor.direct()));
    }

    @Test
    void theFractionIsClampedAndZeroWhileTheTotalIsUnknown() {
        assertEquals(0.25, new TaskProgress(1, 4).fraction());
        assertEquals(0.0, new TaskProgress(3, 0).fraction());
        assertEquals(1.0, new TaskProgress(5, 4).fraction());
    }

    @Test
    void executeWithReturnsTheTaskSoThatItCanBeCancelledLater() {
        QueuedTaskExecutor queue = new QueuedTaskExecutor();
        BackgroundTask<String> task = BackgroundTask.wrap(() -> "x");
        assertSame(task, task.executeWith(queue));
        assertFalse(task.isCancelled());
        assertEquals(1, queue.size());
    }
}
