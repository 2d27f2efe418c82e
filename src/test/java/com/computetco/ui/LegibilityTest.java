package com.computetco.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.testing.FakeDialogService;
import com.computetco.ui.fields.FieldControls;
import com.computetco.ui.platform.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 10 §4: units name the currency, no unit breaks inside a word, the risk table has headers. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class LegibilityTest {
    @TempDir
    static Path dir;
    private AppAssembly app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TestAssembly.withDemo(new FakeDialogService(), TaskExecutor.direct(), dir.resolve("home"), Locale.ENGLISH);
        app.risk().simulation().iterationsProperty().set(500);
        app.attach(stage, new Label(), () -> { });
        stage.show();
    }

    private List<Label> units() {
        return stage.getScene().getRoot().lookupAll(".field-unit").stream().map(n -> (Label) n).toList();
    }

    @Test
    void amountsInTheBaseCurrencyNameIt() throws Exception {
        List<String> texts = onFx(() -> units().stream().map(Label::getText).toList());
        assertTrue(texts.contains("CNY per kWh"), texts.toString());
        assertTrue(texts.contains("CNY per engineer-month"), texts.toString());
        onFx(() -> { app.main().languageProperty().set(Locale.SIMPLIFIED_CHINESE); return null; });
        List<String> zh = onFx(() -> units().stream().map(Label::getText).toList());
        assertTrue(zh.contains("元/千瓦时"), zh.toString());
        assertTrue(zh.stream().noneMatch(t -> t.contains("{currency}")), zh.toString());
    }

    @Test
    void noUnitIsNarrowerThanItsLongestWord() throws Exception {
        List<String> cut = onFx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            return units().stream().filter(Node::isVisible)
                    .filter(l -> l.getWidth() + 0.5 < FieldControls.longestWord(l.getText()))
                    .map(l -> l.getText() + " at " + l.getWidth()).toList();
        });
        assertEquals(List.of(), cut);
    }

    @Test
    void theRiskTableShowsItsColumnHeaders() throws Exception {
        onFx(() -> {
            for (Node node : stage.getScene().getRoot().lookupAll(".tab-pane")) {
                TabPane pane = (TabPane) node;
                for (Tab tab : pane.getTabs()) {
                    if ("tab-risk".equals(tab.getId())) {
                        pane.getSelectionModel().select(tab);
                    }
                }
            }
            return null;
        });
        List<Label> headers = onFx(() -> {
            Node table = stage.getScene().getRoot().lookup("#risk-table");
            table.applyCss();
            return table.lookupAll(".column-header > .label").stream().map(n -> (Label) n).toList();
        });
        assertFalse(headers.isEmpty());
        for (Label header : headers) {
            assertFalse(header.getText() == null || header.getText().isBlank());
            assertTrue(header.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY,
                    header.getText() + " is hidden by a results-table rule");
        }
    }

    @Test
    void theDividerBetweenTableAndChartsCanBeDragged() throws Exception {
        SplitPane split = onFx(() -> (SplitPane) stage.getScene().getRoot().lookup(".results-split"));
        double before = onFx(() -> split.getDividerPositions()[0]);
        onFx(() -> { split.setDividerPositions(before + 0.15); return null; });
        assertEquals(before + 0.15, onFx(() -> split.getDividerPositions()[0]), 0.02,
                "the table may be given more room");
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(work));
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }
}
