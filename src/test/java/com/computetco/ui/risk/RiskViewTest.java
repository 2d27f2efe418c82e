package com.computetco.ui.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.ui.platform.TaskExecutor;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The risk tab drawn headless from its four panes; its colours come from risk.css. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class RiskViewTest {
    private RiskFixture fixture;
    private RiskViewModel vm;
    private RiskView view;

    @Start
    void start(Stage stage) {
        fixture = new RiskFixture();
        vm = new RiskViewModel(fixture.session, fixture.messages, fixture.chineseUnits, TaskExecutor.direct());
        vm.simulation().iterationsProperty().set(500);
        view = new RiskView(vm);
        stage.setScene(new Scene(view, 1280, 900));
        stage.show();
        vm.setActive(true);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(work));
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    /** The colour a bar is drawn in: modena shades -fx-bar-fill across the bar, with the colour itself mid-way. */
    private Color barFill(int series) {
        Node bar = view.lookup(".risk-distribution .chart-bar.series" + series);
        Paint fill = ((Region) bar).getBackground().getFills().get(0).getFill();
        if (fill instanceof LinearGradient gradient) {
            return gradient.getStops().get(gradient.getStops().size() / 2).getColor();
        }
        return (Color) fill;
    }

    /** Within rounding: modena's derive(colour, 0%) goes through HSB and back. */
    private static void assertClose(Color expected, Color actual) {
        double tolerance = 1.5 / 255;
        assertTrue(Math.abs(expected.getRed() - actual.getRed()) < tolerance
                && Math.abs(expected.getGreen() - actual.getGreen()) < tolerance
                && Math.abs(expected.getBlue() - actual.getBlue()) < tolerance
                && expected.getOpacity() == actual.getOpacity(), expected + " vs " + actual);
    }

    @Test
    void theDistributionBarsTakeTheirColoursFromTheStylesheet() throws Exception {
        onFx(() -> {
            view.applyCss();
            view.layout();
            return null;
        });
        assertEquals(Color.TRANSPARENT, onFx(() -> barFill(0)), "the segment up to P10 is not drawn");
        assertClose(Color.web("#4f86c6"), onFx(() -> barFill(1)));
        assertClose(Color.web("#9cc0e6"), onFx(() -> barFill(2)));
    }

    @Test
    void everyPaneIsDrawnOnceTheTabIsShown() throws Exception {
        assertEquals(3, onFx(() -> ((TableView<?>) view.lookup("#risk-table")).getItems().size()));
        assertFalse(onFx(() -> ((BarChart<?, ?>) view.lookup("#risk-tornado")).getData().isEmpty()),
                "the tornado is never blank when the tab is first shown");
        List<String> sentences = onFx(() -> ((javafx.scene.layout.VBox) view.lookup("#risk-break-even"))
                .getChildren().stream().map(n -> ((Label) n).getText()).toList());
        assertEquals(vm.breakEven().sentences().stream().map(s -> "• " + s).toList(), sentences);
        assertFalse(onFx(() -> view.lookup("#risk-range-warning").getParent().isVisible()),
                "no range warning for the worked example");
    }

    @Test
    void theRangeWarningAppearsWithItsOwnColour() throws Exception {
        onFx(() -> {
            var s = fixture.scenario();
            fixture.session.document().apply(s.withElectricity(s.electricity()
                    .withPricePerKwh(new java.math.BigDecimal("1.2"))));
            view.applyCss();
            return null;
        });
        Label warning = onFx(() -> (Label) view.lookup("#risk-range-warning"));
        assertTrue(onFx(() -> warning.getParent().isVisible()));
        assertEquals(Color.web("#8a5a00"), onFx(warning::getTextFill));
    }
}
