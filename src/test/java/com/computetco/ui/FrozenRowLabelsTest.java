package com.computetco.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.i18n.Messages;
import com.computetco.testing.FakeDialogService;
import com.computetco.ui.comparison.ComparisonView;
import com.computetco.ui.platform.TaskExecutor;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 10 §4: the side-by-side sheet keeps its row labels in view when scrolled to the right. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class FrozenRowLabelsTest {
    @TempDir
    static Path dir;
    private ScrollPane scroll;
    private Label firstLabel;

    @Start
    void start(Stage stage) {
        AppAssembly app = TestAssembly.withDemo(new FakeDialogService(), TaskExecutor.direct(), dir.resolve("home"), Locale.ENGLISH);
        ComparisonView view = new ComparisonView(app.main().comparison(), Messages.forLocale(Locale.ENGLISH));
        stage.setScene(new Scene(view, 520, 400));
        stage.show();
        scroll = (ScrollPane) view.lookup("#comparison-scroll");
        firstLabel = (Label) view.lookupAll(".frozen-row-label").iterator().next();
    }

    private <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private double inScroll(javafx.scene.Node node) throws Exception {
        return onFx(() -> scroll.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinX());
    }

    @Test
    void rowLabelsStayAtTheLeftEdgeWhenTheColumnsScroll() throws Exception {
        double before = inScroll(firstLabel);
        double gridBefore = inScroll(scroll.getContent());
        assertTrue(onFx(() -> scroll.getContent().getBoundsInLocal().getWidth()
                > scroll.getViewportBounds().getWidth()), "the demo's columns are wider than 520 px");
        onFx(() -> {
            scroll.setHvalue(scroll.getHmax());
            scroll.layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(inScroll(scroll.getContent()) < gridBefore - 50, "the sheet did scroll");
        assertEquals(before, inScroll(firstLabel), 1.0,
                "the row label stays where it was (before this change it scrolled out of view)");
    }
}
