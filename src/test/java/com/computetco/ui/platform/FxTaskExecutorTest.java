package com.computetco.ui.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The window's executor: the work runs off the FX thread, and everything it reports arrives on it, in order. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class FxTaskExecutorTest {

    @Test
    void workRunsInTheBackgroundAndItsProgressAndResultArriveOnTheFxThread() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        CompletableFuture<Boolean> workOnFx = new CompletableFuture<>();
        CountDownLatch finished = new CountDownLatch(1);
        CountDownLatch submittedFromFx = new CountDownLatch(1);
        Platform.runLater(() -> {
            BackgroundTask.wrap(task -> {
                workOnFx.complete(Platform.isFxApplicationThread());
                task.updateProgress(1, 2);
                return "done";
            }).onProgress(p -> events.add("progress " + p.done() + " on FX " + Platform.isFxApplicationThread()))
                    .onSuccess(r -> events.add(r + " on FX " + Platform.isFxApplicationThread()))
                    .onFinished(finished::countDown)
                    .executeWith(new FxTaskExecutor());
            submittedFromFx.countDown();
        });
        assertTrue(submittedFromFx.await(10, TimeUnit.SECONDS));
        assertTrue(finished.await(10, TimeUnit.SECONDS));
        assertFalse(workOnFx.get(), "the work never runs on the FX thread");
        assertEquals(List.of("progress 1 on FX true", "done on FX true"), events);
    }

    @Test
    void aCancelBeforeTheOutcomeIsDeliveredDropsIt() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        CompletableFuture<BackgroundTask<String>> started = new CompletableFuture<>();
        Platform.runLater(() -> started.complete(BackgroundTask.wrap(() -> {
            release.await(10, TimeUnit.SECONDS);
            return "late";
        }).onSuccess(events::add).onCancelled(() -> events.add("cancelled")).onFinished(finished::countDown)
                .executeWith(new FxTaskExecutor())));
        BackgroundTask<String> task = started.get(10, TimeUnit.SECONDS);
        Platform.runLater(task::cancel);
        Platform.runLater(release::countDown);
        assertTrue(finished.await(10, TimeUnit.SECONDS));
        assertEquals(List.of("cancelled"), events);
    }
}
