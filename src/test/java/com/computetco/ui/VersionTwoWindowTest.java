package com.computetco.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.domain.ServerQuote;
import com.computetco.testing.FakeDialogService;
import com.computetco.testing.Scenarios;
import com.computetco.ui.platform.TaskExecutor;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Methodology version 2 in the window, headless: the Tax panel, the after-tax view and the Payments tab. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class VersionTwoWindowTest {
    @TempDir
    static Path dir;
    private AppAssembly app;

    @Start
    void start(Stage stage) {
        // A version-1 demo (no tax block, no schedules): the flows below add them as a user would.
        app = TestAssembly.of(new FakeDialogService(), TaskExecutor.direct(), dir.resolve("home"), Locale.ENGLISH,
                Scenarios.loader().load(Path.of("sample-quotes/market-2024-h100-vs-ascend-vs-leasing.scenario.json"))
                        .value());
        app.attach(stage, new Label(), () -> { });
        stage.show();
    }

    private Scenario scenario() {
        return app.main().document().scenario();
    }

    private int firstBuild() {
        for (int i = 0; i < scenario().options().size(); i++) {
            if (scenario().options().get(i).isBuild()) {
                return i;
            }
        }
        throw new AssertionError("no build option");
    }

    /** Focuses a field (scrolled out of sight or not) and types into it as a user would. */
    private static void typeInto(FxRobot robot, String id, String text) {
        TextField field = robot.lookup("#" + id).queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void press(FxRobot robot, String id) {
        Button button = robot.lookup("#" + id).queryAs(Button.class);
        assertFalse(button.isDisabled(), id);
        robot.interact(button::fire);
    }

    private void showTaxPanel(FxRobot robot) {
        TitledPane pane = robot.lookup(".titled-pane").queryAllAs(TitledPane.class).stream()
                .filter(p -> p.getText().startsWith("Tax")).findFirst().orElseThrow();
        robot.interact(() -> {
            pane.setExpanded(true);
            javafx.scene.control.ScrollPane scroll = robot.lookup(".assumptions").queryAs(
                    javafx.scene.control.ScrollPane.class);
            scroll.setVvalue(0.8);
        });
    }

    @Test
    void theTaxSwitchEnablesTheAfterTaxViewAndTheVerdictNamesIt(FxRobot robot) {
        ToggleButton afterTax = robot.lookup("#results-view-after-tax").queryAs(ToggleButton.class);
        assertTrue(afterTax.isDisabled(), "no tax block in the demo yet");
        TextField rate = robot.lookup("#field-tax-incomeTaxRatePct").queryAs(TextField.class);
        assertTrue(rate.isDisabled(), "the Tax panel's fields wait for the switch");

        showTaxPanel(robot);
        robot.clickOn("#tax-switch");
        WaitForAsyncUtils.waitForFxEvents();

        assertNotNull(scenario().tax());
        assertFalse(rate.isDisabled());
        assertEquals("25", rate.getText());
        assertFalse(afterTax.isDisabled());
        Label verdict = robot.lookup(".verdict").queryAs(Label.class);
        assertTrue(verdict.getText().startsWith("Pre-tax view:"), verdict.getText());

        robot.clickOn(afterTax);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(verdict.getText().startsWith("After-tax view"), verdict.getText());
        @SuppressWarnings("unchecked")
        TableView<com.computetco.ui.results.ResultRow> table = robot.lookup(".summary-table").queryAs(TableView.class);
        var first = app.main().evaluationProperty().get().options().get(0);
        double shown = table.getItems().stream().filter(r -> r.id().equals(first.id())).findFirst().orElseThrow()
                .totalCost();
        assertEquals(first.afterTax().orElseThrow().totalCost(), shown);

        robot.clickOn("#tax-switch");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(scenario().tax());
        assertTrue(afterTax.isDisabled());
        assertFalse(verdict.getText().contains("view"), verdict.getText());
    }

    @Test
    void aPaymentScheduleWithARetentionIsTypedCheckedAndApplied(FxRobot robot) {
        int build = firstBuild();
        robot.interact(() -> {
            TabPane tabs = robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                    .filter(p -> p.getTabs().stream().anyMatch(t -> "tab-terms".equals(t.getId())))
                    .findFirst().orElseThrow();
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> "tab-terms".equals(t.getId())).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<String> option = robot.lookup("#terms-option").queryAs(ComboBox.class);
        robot.interact(() -> option.getSelectionModel().select(build));

        typeInto(robot, "terms-schedule-pct-0", "35");
        Label message = robot.lookup("#terms-schedule-message").queryAs(Label.class);
        Label sum = robot.lookup("#terms-schedule-sum").queryAs(Label.class);
        Button apply = robot.lookup("#terms-schedule-apply").queryAs(Button.class);
        assertFalse(sum.getText().equals("Sum: 100%"), sum.getText());
        assertTrue(message.isVisible(), "shares not adding up to 100 are refused at once");
        assertTrue(message.getText().contains("add up to 100"), message.getText());
        assertTrue(apply.isDisabled());

        robot.interact(() -> app.main().terms().schedule().rows().remove(1,
                app.main().terms().schedule().rows().size()));
        press(robot, "terms-schedule-add");
        press(robot, "terms-schedule-add");
        WaitForAsyncUtils.waitForFxEvents();
        typeInto(robot, "terms-schedule-pct-1", "55");
        typeInto(robot, "terms-schedule-pct-2", "10");
        typeInto(robot, "terms-schedule-months-2", "12");

        assertEquals("Sum: 100%", sum.getText());
        assertFalse(message.isVisible(), message.getText());
        assertFalse(apply.isDisabled());
        press(robot, "terms-schedule-apply");
        WaitForAsyncUtils.waitForFxEvents();

        ServerQuote quote = (ServerQuote) scenario().options().get(build).quote();
        var schedule = quote.schedule().orElseThrow();
        assertEquals(3, schedule.size());
        assertEquals(12, schedule.get(2).afterMonths());

        CheckBox financingSwitch = robot.lookup("#terms-financing-switch").queryAs(CheckBox.class);
        robot.interact(financingSwitch::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(scenario().options().get(build).financing());
        Label instalment = robot.lookup("#terms-financing-instalment").queryAs(Label.class);
        assertTrue(instalment.getText().startsWith("Monthly instalment:"), instalment.getText());
        TableView<?> table = robot.lookup("#terms-table").queryAs(TableView.class);
        assertEquals(scenario().horizonMonths() + 1, table.getItems().size());
        CheckBox financing = robot.lookup("#terms-financing-switch").queryAs(CheckBox.class);
        assertTrue(financing.isSelected());
    }
}
