package com.computetco.ui.results;

import java.net.URL;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The results area: the verdict, a notice while the results are stale, the results table, and tabs with the
 * cumulative cost chart, the cost breakdown and the monthly cash flows. Everything shown comes from the
 * {@link ResultsViewModel}; this class only lays it out.
 */
public final class ResultsView extends BorderPane {
    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
    private static final double TABLE_SHARE = 0.34;

    public ResultsView(ResultsViewModel vm) {
        getStyleClass().add("results-view");
        getStylesheets().add(stylesheet());

        Label stale = new Label();
        stale.getStyleClass().add("stale-banner");
        stale.textProperty().bind(vm.staleNoticeProperty());
        stale.visibleProperty().bind(vm.staleNoticeProperty().isNotEmpty());
        stale.managedProperty().bind(stale.visibleProperty());
        stale.setWrapText(true);
        stale.setMaxWidth(Double.MAX_VALUE);
        stale.visibleProperty().addListener((o, was, is) -> pseudoClassStateChanged(STALE, is));
        pseudoClassStateChanged(STALE, stale.isVisible());

        Label verdict = new Label();
        verdict.getStyleClass().add("verdict");
        verdict.textProperty().bind(vm.verdictProperty());
        verdict.setWrapText(true);
        // A wrapped label in a VBox is otherwise squeezed to one line and cut off.
        verdict.setMinHeight(Region.USE_PREF_SIZE);

        Label amounts = new Label();
        amounts.getStyleClass().add("amounts-note");
        amounts.textProperty().bind(text(vm, ResultsTexts::amountsNote));

        CumulativeChart cumulative = new CumulativeChart(vm);
        BreakdownChart breakdown = new BreakdownChart(vm);
        MonthlyCashFlowTable monthly = new MonthlyCashFlowTable(vm);
        Tab cumulativeTab = tab(vm, ResultsTexts::cumulativeTab, cumulative, "cumulative-tab");
        Tab breakdownTab = tab(vm, ResultsTexts::breakdownTab, breakdown, "breakdown-tab");
        Tab monthlyTab = tab(vm, ResultsTexts::monthlyTab, monthly, "monthly-tab");
        cumulative.showingProperty().bind(cumulativeTab.selectedProperty());
        breakdown.showingProperty().bind(breakdownTab.selectedProperty());
        monthly.showingProperty().bind(monthlyTab.selectedProperty());
        TabPane tabs = new TabPane(cumulativeTab, breakdownTab, monthlyTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        SplitPane split = new SplitPane(new SummaryTable(vm), tabs);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(TABLE_SHARE);

        VBox top = new VBox(stale, verdict, amounts);
        top.getStyleClass().add("results-header");
        setTop(top);
        setCenter(split);
    }

    private static Tab tab(ResultsViewModel vm, Function<ResultsTexts, String> title,
            Node content, String id) {
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(text(vm, title));
        tab.setContent(content);
        return tab;
    }

    private static StringBinding text(ResultsViewModel vm, Function<ResultsTexts, String> part) {
        return Bindings.createStringBinding(() -> part.apply(vm.texts()), vm.textsProperty());
    }

    private static String stylesheet() {
        URL css = ResultsView.class.getResource("results.css");
        return Objects.requireNonNull(css, "results.css is missing from the jar").toExternalForm();
    }
}
