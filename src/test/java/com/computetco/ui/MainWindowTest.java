package com.computetco.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.app.ScenarioLoader;
import com.computetco.domain.Scenario;
import com.computetco.engine.Evaluation;
import com.computetco.testing.FakeDialogService;
import com.computetco.ui.platform.DialogService.UnsavedChoice;
import com.computetco.ui.platform.TaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window's flows, headless: what a newcomer does in the first five minutes. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;
    private final FakeDialogService dialogs = new FakeDialogService();
    private AppAssembly app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TestAssembly.withDemo(dialogs, TaskExecutor.direct(), dir.resolve("home"), Locale.ENGLISH);
        app.attach(stage, new Label(), () -> { });
        stage.show();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(work));
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private Evaluation evaluation() {
        return app.main().evaluationProperty().get();
    }

    private double total(String id) {
        return evaluation().option(id).orElseThrow().totalCost();
    }

    private String firstBuildId() {
        return evaluation().options().stream().filter(o -> o.isBuild()).findFirst().orElseThrow().id();
    }

    private void type(FxRobot robot, String fieldId, String text) {
        TextField field = robot.lookup("#" + fieldId).queryAs(TextField.class);
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private LineChart<Number, Number> cumulativeChart(FxRobot robot) {
        return (LineChart<Number, Number>) robot.lookup(".cumulative-chart").query();
    }

    private static double lastY(XYChart.Series<Number, Number> series) {
        return series.getData().get(series.getData().size() - 1).getYValue().doubleValue();
    }

    @Test
    void opensOnTheDemoWithResultsAndCharts(FxRobot robot) {
        assertTrue(stage.getTitle().contains("2026 inference cluster"), stage.getTitle());
        Label verdict = robot.lookup(".verdict").queryAs(Label.class);
        assertTrue(verdict.getText().contains("cheapest"), verdict.getText());
        TableView<?> summary = robot.lookup(".summary-table").queryAs(TableView.class);
        assertEquals(evaluation().options().size(), summary.getItems().size());
        assertTrue(cumulativeChart(robot).getData().size() >= evaluation().options().size());
    }

    @Test
    void changingTheElectricityPriceUpdatesTheTotalAndTheChart(FxRobot robot) throws Exception {
        String build = firstBuildId();
        double before = total(build);
        double chartBefore = onFx(() -> lastY(cumulativeChart(robot).getData().get(0)));
        type(robot, "field-electricity-pricePerKwh", "1.9");
        assertTrue(total(build) > before, "total follows the edit");
        double chartAfter = onFx(() -> lastY(cumulativeChart(robot).getData().get(0)));
        assertNotEquals(chartBefore, chartAfter, "the chart follows the edit");
    }

    @Test
    void lettersInANumberFieldShowAMessageAndKeepTheLastResults(FxRobot robot) {
        Evaluation before = evaluation();
        type(robot, "field-electricity-pue", "abc");
        Label message = robot.lookup(".field-message").match(Node::isVisible).queryAs(Label.class);
        assertEquals("must be a number", message.getText());
        assertSame(before, evaluation());
        Label stale = robot.lookup(".stale-banner").queryAs(Label.class);
        assertTrue(stale.isVisible() && !stale.getText().isBlank());
    }

    @Test
    void addingAnOptionFromTheQuoteLibrary(FxRobot robot) {
        int before = app.main().comparison().columns().size();
        robot.clickOn(robot.lookup(".tab").match(n -> n.lookup(".tab-label") != null
                && ((Label) n.lookup(".tab-label")).getText().equals("Quote library")).queryAs(Node.class));
        TableView<?> table = robot.lookup("#quote-table").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#quote-add");
        assertEquals(before + 1, app.main().comparison().columns().size());
        assertEquals(before + 1, evaluation().options().size());
    }

    @Test
    void saveThenOpenGivesBackTheSameScenario(FxRobot robot) throws IOException {
        type(robot, "field-demandPflops", "72.5");
        Path file = dir.resolve("round-trip.scenario.json");
        dialogs.filesToSave.add(file);
        robot.clickOn("#toolbar-save");
        assertTrue(Files.exists(file));
        Scenario saved = app.main().document().scenario();
        robot.clickOn("#toolbar-new");
        assertNotEquals(saved, app.main().document().scenario());
        dialogs.filesToOpen.add(file);
        robot.clickOn("#toolbar-open");
        assertEquals(saved, app.main().document().scenario());
    }

    @Test
    void undoAndRedoFromTheKeyboard(FxRobot robot) {
        String original = robot.lookup("#field-demandPflops").queryAs(TextField.class).getText();
        type(robot, "field-demandPflops", "80");
        robot.clickOn(".verdict");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(original, robot.lookup("#field-demandPflops").queryAs(TextField.class).getText());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals("80", robot.lookup("#field-demandPflops").queryAs(TextField.class).getText());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertEquals("80", robot.lookup("#field-demandPflops").queryAs(TextField.class).getText());
    }

    @Test
    void switchingToChineseChangesTheLabels(FxRobot robot) {
        robot.clickOn("#toolbar-language");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".label").match(n -> ((Label) n).getText().equals("电价")).tryQuery().isPresent());
        Label verdict = robot.lookup(".verdict").queryAs(Label.class);
        assertTrue(verdict.getText().contains("成本最低"), verdict.getText());
        assertTrue(stage.getTitle().contains("算力"), stage.getTitle());
    }

    @Test
    void openingAMalformedFileLeavesTheScenarioIntact(FxRobot robot) throws IOException {
        Scenario before = app.main().document().scenario();
        Path bad = dir.resolve("broken.scenario.json");
        Files.writeString(bad, "{ \"schemaVersion\": 1, \"options\": [ ");
        dialogs.unsavedAnswer = UnsavedChoice.DISCARD;
        dialogs.filesToOpen.add(bad);
        robot.clickOn("#toolbar-open");
        assertEquals(1, dialogs.problemsShown.size());
        assertTrue(dialogs.problems(0).get(0).contains("line"), dialogs.problemsShown.toString());
        assertSame(before, app.main().document().scenario());
        assertFalse(app.main().document().isDirty());
    }

    @Test
    void exportToExcelFromTheToolbar(FxRobot robot) {
        Path target = dir.resolve("from-window.xlsx");
        dialogs.filesToSave.add(target);
        robot.clickOn("#toolbar-export");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.exists(target));
        assertEquals(java.util.List.of(target), dialogs.offeredToOpen);
    }
}
