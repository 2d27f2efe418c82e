package com.computetco.ui.presentation;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.computetco.testing.FakeDialogService;
import com.computetco.ui.AppAssembly;
import com.computetco.ui.AppServices;
import com.computetco.ui.platform.TaskExecutor;
import com.computetco.ui.state.AppFolder;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14 §5: opening and closing presentation mode leaves nothing behind. The window used to hand the main
 * window's language and units to each presentation's results ViewModel, whose listeners kept every one alive.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class PresentationWindowLeakTest {
    @TempDir
    static Path dir;
    private AppAssembly app;
    private Stage owner;

    @Start
    void start(Stage stage) {
        AppServices services = AppServices.create(new AppFolder(dir.resolve("home")));
        app = new AppAssembly(services, new FakeDialogService(), TaskExecutor.direct(), Locale.ENGLISH,
                services.demoScenario());
        app.attach(stage, new Label(), () -> { });
        stage.show();
        owner = stage;
    }

    @Test
    void closedPresentationsAndTheirResultsAreCollected(FxRobot robot) throws Exception {
        List<WeakReference<Region>> closed = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            PresentationWindow window = WaitForAsyncUtils.asyncFx(() -> app.presentationWindow(owner))
                    .get(10, TimeUnit.SECONDS);
            Stage stage = WaitForAsyncUtils.asyncFx(window::show).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            closed.add(new WeakReference<>(window.results()));
            robot.interact(stage::close);
            WaitForAsyncUtils.waitForFxEvents();
        }
        // The window keeps working, and a language switch reaches nothing closed.
        robot.interact(() -> app.main().languageProperty().set(Locale.SIMPLIFIED_CHINESE));
        for (int poll = 0; poll < 50 && closed.stream().anyMatch(r -> r.get() != null); poll++) {
            collectGarbage();
        }
        for (WeakReference<Region> results : closed) {
            assertNull(results.get(), "a closed presentation's results ViewModel is still reachable");
        }
        assertNotNull(app.results(), "the main window's own results stay");
    }

    /** Polls a weakly held sentinel with System.gc() until the collector has really run. */
    private static void collectGarbage() throws InterruptedException {
        WeakReference<Object> sentinel = new WeakReference<>(new Object());
        for (int i = 0; i < 50 && sentinel.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(50);
    }
}
