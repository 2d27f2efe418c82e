package com.computetco.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.testing.FakeDialogService;
import com.computetco.ui.fields.FieldControls;
import com.computetco.ui.platform.TaskExecutor;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 10 §6: a field the ViewModel rejects carries a ControlsFX validation decoration; a fixed one loses it. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class FieldDecorationsTest {
    @TempDir
    static Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppAssembly app = TestAssembly.withDemo(new FakeDialogService(), TaskExecutor.direct(), dir.resolve("home"), Locale.ENGLISH);
        app.risk().simulation().iterationsProperty().set(500);
        app.attach(stage, new Label(), () -> { });
        stage.show();
    }

    private <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aRejectedDemandIsDecoratedUntilItIsFixed() throws Exception {
        TextField demand = onFx(() -> (TextField) stage.getScene().getRoot()
                .lookup("#" + FieldControls.idFor("demandPflops")));
        assertNotNull(demand, "the demand field");
        assertFalse(onFx(() -> FieldControls.isDecorated(demand)), "a valid field has no decoration");
        onFx(() -> {
            demand.setText("-5");
            demand.fireEvent(new javafx.event.ActionEvent());
            return null;
        });
        assertTrue(onFx(() -> FieldControls.isDecorated(demand)), "the ViewModel's message is drawn as a decoration");
        assertTrue(onFx(() -> demand.getStyleClass().contains("field-invalid")));
        onFx(() -> {
            demand.setText("72");
            demand.fireEvent(new javafx.event.ActionEvent());
            return null;
        });
        assertFalse(onFx(() -> FieldControls.isDecorated(demand)), "fixing the value removes it");
    }
}
