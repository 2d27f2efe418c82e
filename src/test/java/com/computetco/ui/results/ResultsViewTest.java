package com.computetco.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Option;
import com.computetco.domain.Scenario;
import com.computetco.engine.Evaluation;
import com.computetco.engine.TcoEngine;
import com.computetco.i18n.Messages;
import com.computetco.io.ReadResult;
import com.computetco.testing.Scenarios;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The results view drawn headless: what it shows, that nothing is cut off at 1024 px, and how fast it redraws. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class ResultsViewTest {
    private static final double WIDTH = 1024;
    private static Scenario scenario;
    private static Evaluation evaluation;

    private final SimpleObjectProperty<Evaluation> evaluationProperty = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Messages> messages =
            new SimpleObjectProperty<>(Messages.forLocale(Locale.ENGLISH));
    private final SimpleBooleanProperty chineseUnits = new SimpleBooleanProperty(false);
    private final SimpleBooleanProperty stale = new SimpleBooleanProperty(false);
    private ResultsViewModel vm;
    private ResultsView view;
    private Stage stage;

    @BeforeAll
    static void evaluateWorkedExample() throws IOException {
        try (InputStream in = ResultsViewTest.class.getResourceAsStream("/com/computetco/engine/worked-example.json")) {
            assertNotNull(in);
            ReadResult<Scenario> read = Scenarios.reader().read(in.readAllBytes());
            assertTrue(read.isValid(), () -> read.problems().toString());
            scenario = read.value();
        }
        evaluation = new TcoEngine().evaluate(scenario);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        evaluationProperty.set(evaluation);
        vm = new ResultsViewModel(evaluationProperty, messages, chineseUnits, stale);
        view = new ResultsView(vm);
        stage.setScene(new Scene(view, WIDTH, 760));
        stage.show();
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            T result = WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(work));
            WaitForAsyncUtils.waitForFxEvents();
            return result;
        } catch (TimeoutException e) {
            throw new AssertionError("the FX thread did not answer", e);
        }
    }

    private static void onFx(Runnable work) {
        onFx(() -> {
            work.run();
            return null;
        });
    }

    private void showTab(int index) {
        onFx(() -> {
            ((TabPane) view.lookup(".tab-pane")).getSelectionModel().select(index);
            view.applyCss();
            view.layout();
        });
    }

    @SuppressWarnings("unchecked")
    private LineChart<Number, Number> lineChart() {
        return (LineChart<Number, Number>) view.lookup(".cumulative-chart");
    }

    @SuppressWarnings("unchecked")
    private StackedBarChart<String, Number> barChart() {
        return (StackedBarChart<String, Number>) view.lookup(".breakdown-chart");
    }

    @Test
    void theVerdictIsShownAndTheStaleBannerOnlyWhenStale() {
        Label verdict = (Label) view.lookup(".verdict");
        assertEquals(vm.verdictProperty().get(), verdict.getText());
        Label banner = (Label) view.lookup(".stale-banner");
        assertFalse(banner.isVisible());
        onFx(() -> stale.set(true));
        assertTrue(banner.isVisible());
        assertEquals("Results are from the last valid input.", banner.getText());
        assertTrue(view.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("stale")));
    }

    @Test
    void theCheapestRowIsHighlighted() {
        List<String> highlighted = onFx(() -> view.lookupAll(".table-row-cell").stream()
                .filter(n -> n.getPseudoClassStates().contains(SummaryTable.CHEAPEST))
                .map(n -> ((TableRow<?>) n).getItem())
                .map(item -> ((ResultRow) item).id()).toList());
        assertEquals(List.of("nvidia-h100"), highlighted);
    }

    @Test
    void noHeadingOrFigureIsCutOffAt1024Pixels() {
        assertNothingCutOff();
        onFx(() -> messages.set(Messages.forLocale(Locale.SIMPLIFIED_CHINESE)));
        assertNothingCutOff();
    }

    /** The view shares the window with the assumptions form (about 3/4 of it); it must still fit there. */
    @Test
    void noHeadingOrFigureIsCutOffInThreeQuartersOfTheWindow() {
        onFx(() -> stage.setWidth(WIDTH * 0.73));
        assertNothingCutOff();
    }

    private void assertNothingCutOff() {
        List<String> cut = onFx(() -> {
            view.applyCss();
            view.layout();
            TableView<?> table = (TableView<?>) view.lookup(".summary-table");
            List<String> problems = new ArrayList<>();
            if (table.lookupAll(".column-heading").size() != ResultColumn.values().length) {
                problems.add("found " + table.lookupAll(".column-heading").size() + " headings");
            }
            for (Node n : table.lookupAll(".column-heading")) {
                Label heading = (Label) n;
                double needed = heading.prefHeight(heading.getWidth());
                if (heading.getHeight() + 0.5 < needed || shown(heading).contains("…")) {
                    problems.add("heading '" + heading.getText() + "' shows '" + shown(heading) + "' in "
                            + heading.getWidth() + "x" + heading.getHeight());
                }
            }
            for (Node n : table.lookupAll(".table-cell")) {
                javafx.scene.control.TableCell<?, ?> cell = (javafx.scene.control.TableCell<?, ?>) n;
                if (cell.getText() != null && cell.getTableColumn() != null
                        && !"result-option".equals(cell.getTableColumn().getId()) && shown(cell).contains("…")) {
                    problems.add("cell '" + cell.getText() + "' shows '" + shown(cell) + "'");
                }
            }
            return problems;
        });
        assertTrue(cut.isEmpty(), cut::toString);
    }

    private static String shown(Node labeled) {
        return labeled.lookupAll(".text").stream().filter(Text.class::isInstance).map(t -> ((Text) t).getText())
                .reduce("", String::concat);
    }

    @Test
    void theCumulativeChartHasALinePerOptionAndAPaybackMarker() {
        showTab(0);
        LineChart<Number, Number> chart = lineChart();
        List<XYChart.Series<Number, Number>> data = chart.getData();
        assertEquals(4, data.size());
        assertEquals(61, data.get(0).getData().size());
        assertEquals(evaluation.options().get(0).totalCost() / 1e6,
                data.get(0).getData().get(60).getYValue().doubleValue(), 1e-9);
        XYChart.Series<Number, Number> marker = data.get(3);
        assertEquals(1, marker.getData().size());
        Node symbol = marker.getData().get(0).getNode();
        assertEquals("Payback: NVIDIA HGX H100 (dealer quote) 56.8 mo",
                ((javafx.scene.control.Tooltip) symbol.getProperties().get("results.tooltip")).getText());
        assertTrue(symbol.getStyleClass().contains("payback-marker"));
        // One colour per option: the marker wears its option's line colour, and the legend lists options only.
        assertTrue(symbol.getStyle().contains(OptionColours.of(0)), symbol.getStyle());
        assertTrue(data.get(0).getNode().getStyle().contains(OptionColours.of(0)), data.get(0).getNode().getStyle());
        assertTrue(data.get(1).getNode().getStyle().contains(OptionColours.of(1)), data.get(1).getNode().getStyle());
        List<String> legend = chart.lookupAll(".option-legend-item").stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList();
        assertEquals(evaluation.options().stream().map(o -> o.label()).toList(), legend);
        assertTrue(symbol.isVisible() && symbol.getParent() != null);
        assertEquals("million CNY", chart.getYAxis().getLabel());
    }

    @Test
    void theBreakdownStacksEveryShownComponentPerOption() {
        showTab(1);
        StackedBarChart<String, Number> chart = barChart();
        List<BreakdownBar> bars = vm.breakdownProperty().get();
        assertEquals(bars.get(0).segments().size(), chart.getData().size());
        assertEquals(bars.stream().map(BreakdownBar::category).toList(),
                ((javafx.scene.chart.CategoryAxis) chart.getXAxis()).getCategories());
        assertEquals("Hardware", chart.getData().get(0).getName());
        assertTrue(chart.getData().stream().flatMap(s -> s.getData().stream())
                .allMatch(d -> d.getNode() != null && d.getNode().getParent() != null));
    }

    @Test
    void theMonthlyTableHasARowPerMonthAndAColumnPerOption() {
        showTab(2);
        TableView<?> table = (TableView<?>) view.lookup(".monthly-table");
        assertEquals(60, table.getItems().size());
        assertEquals(4, table.getColumns().size());
        assertEquals(vm.monthlyTableProperty().get().value(0, 0),
                table.getColumns().get(1).getCellData(0));
    }

    private static Evaluation bigEvaluation(String electricityPrice) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Option o = scenario.options().get(i % scenario.options().size());
            String id = i < scenario.options().size() ? o.id() : o.id() + "-" + i;
            options.add(new Option(id, o.label() + (i < scenario.options().size() ? "" : " #" + i), o.type(),
                    o.quote(), o.efficiencyPct(), o.operationsFte(), o.residualValuePct(), o.supplierDefaultPct(),
                    o.retraining()));
        }
        Scenario big = scenario.withOptions(options).withHorizonMonths(240)
                .withElectricity(scenario.electricity().withPricePerKwh(new BigDecimal(electricityPrice)));
        return new TcoEngine().evaluate(big);
    }

    /** Issue 10 §4: "Break-e/ven" at 1920×1080: a hyphenated heading must fit whole, as JavaFX wraps at spaces. */
    @Test
    void aHyphenatedHeadingIsOneUnbreakablePiece() {
        javafx.scene.text.Text probe = new javafx.scene.text.Text("Break-even");
        javafx.scene.text.Font regular = javafx.scene.text.Font.getDefault();
        probe.setFont(javafx.scene.text.Font.font(regular.getFamily(), javafx.scene.text.FontWeight.BOLD,
                regular.getSize()));
        double whole = probe.getLayoutBounds().getWidth();
        double fitted = new ColumnFit().width(List.of("1"), "Break-even", java.util.Locale.ENGLISH);
        assertTrue(fitted >= whole, "column " + fitted + " px for a heading of " + whole + " px");
        double chinese = new ColumnFit().width(List.of("1"), "盈亏平衡租金", java.util.Locale.SIMPLIFIED_CHINESE);
        probe.setText("盈亏平衡租金");
        assertTrue(chinese >= probe.getLayoutBounds().getWidth(), "a Chinese term without brackets stays whole");
    }
}
