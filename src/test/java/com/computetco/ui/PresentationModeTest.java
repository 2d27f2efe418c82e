package com.computetco.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.io.BundledSamples;
import com.computetco.app.ScenarioLoader;
import com.computetco.testing.FakeDialogService;
import com.computetco.ui.gallery.GalleryViewModel;
import com.computetco.ui.platform.TaskExecutor;
import com.computetco.ui.presentation.PresentationWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation mode from the main window, headless: F11 opens it, → switches the scenario, Esc leaves. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {
    @TempDir
    static Path dir;
    private AppAssembly app;

    @Start
    void start(Stage stage) {
        app = TestAssembly.withDemo(new FakeDialogService(), TaskExecutor.direct(), dir.resolve("home"), Locale.ENGLISH);
        app.attach(stage, new Label(), () -> { });
        stage.show();
    }

    private static Optional<Stage> presentation() {
        return List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage && w.isShowing() && w.getScene() != null
                        && PresentationWindow.ROOT_ID.equals(w.getScene().getRoot().getId()))
                .map(w -> (Stage) w).findFirst();
    }

    @Test
    void f11OpensPresentationRightSwitchesAndEscapeLeaves(FxRobot robot) throws Exception {
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> presentation().isPresent());
        Stage stage = presentation().orElseThrow();
        Label name = (Label) stage.getScene().lookup("#" + PresentationWindow.NAME_ID);
        String before = name.getText();
        assertTrue(before.startsWith("Current scenario"), before);
        assertTrue(stage.getScene().lookup(".summary-table") != null, "the results table is shown");
        // Rows as tall as the large type: the window's 25 px cut the descenders of "per card-hour".
        assertEquals(30.0, ((javafx.scene.control.TableView<?>) stage.getScene().lookup(".summary-table"))
                .getFixedCellSize(), "rows fitted to the presentation's type");
        // Issue 10 §4: figures in the large type are never cut ("50,009…") whatever the window's width.
        java.util.List<String> cut = WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            return stage.getScene().getRoot().lookupAll(".summary-table .table-cell").stream()
                    .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                    .filter(c -> c.getText() != null && c.getTableColumn() != null
                            && !"result-option".equals(c.getTableColumn().getId()))
                    .filter(c -> c.lookupAll(".text").stream().anyMatch(t -> t instanceof javafx.scene.text.Text x
                            && x.getText().contains("…")))
                    .map(c -> c.getText()).toList();
        }));
        assertTrue(cut.isEmpty(), "cut figures: " + cut);

        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(before, name.getText());
        String firstDemo = new BundledSamples().scenarioFileNames().get(0);
        assertEquals(GalleryViewModel.demo(app.main().messages(), firstDemo).title(), name.getText());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertFalse(stage.isShowing());
        assertTrue(presentation().isEmpty());
    }
}
