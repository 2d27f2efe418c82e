package com.computetco.ui.results;

import java.net.URL;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.geometry.Orientation;
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
    private static final double ROW_HEIGHT = 25;
    /** Room for three lines of wrapped column headings and a horizontal scroll bar. */
    private static final double HEADER_HEIGHT = 76;

    private final TabPane tabs;

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

        Label plausibility = new Label();
        plausibility.getStyleClass().add("plausibility-banner");
        plausibility.textProperty().bind(vm.plausibilityNoticeProperty());
        plausibility.visibleProperty().bind(vm.plausibilityNoticeProperty().isNotEmpty());
        plausibility.managedProperty().bind(plausibility.visibleProperty());
        plausibility.setWrapText(true);
        plausibility.setMaxWidth(Double.MAX_VALUE);
        plausibility.setMinHeight(Region.USE_PREF_SIZE);

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
        Tab cumulativeTab = tab(vm, ResultsTexts::cumulativeTab, cumulative, "cumulative-tab");
        cumulative.showingProperty().bind(cumulativeTab.selectedProperty());
        Tab breakdownTab = lazyTab(vm, ResultsTexts::breakdownTab, "breakdown-tab", tab -> {
            BreakdownChart breakdown = new BreakdownChart(vm);
            breakdown.showingProperty().bind(tab.selectedProperty());
            return breakdown;
        });
        Tab monthlyTab = lazyTab(vm, ResultsTexts::monthlyTab, "monthly-tab", tab -> {
            MonthlyCashFlowTable monthly = new MonthlyCashFlowTable(vm);
            monthly.showingProperty().bind(tab.selectedProperty());
            return monthly;
        });
        tabs = new TabPane(cumulativeTab, breakdownTab, monthlyTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        SummaryTable table = new SummaryTable(vm);
        fitHeightToRows(table);
        // A divider the user can drag: with many options the table or the charts may need more room.
        SplitPane split = new SplitPane(table, tabs);
        split.setOrientation(Orientation.VERTICAL);
        split.getStyleClass().add("results-split");
        SplitPane.setResizableWithParent(table, false);
        tabs.setMinHeight(200);
        placeDivider(split, table);

        TaxViewSwitch taxView = new TaxViewSwitch(vm);
        javafx.scene.layout.HBox amountsLine = new javafx.scene.layout.HBox(12, amounts, taxView);
        amountsLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox top = new VBox(stale, plausibility, verdict, amountsLine);
        top.getStyleClass().add("results-header");
        setTop(top);
        setCenter(split);
    }

    /**
     * The tabs under the results table; the window adds its own (the comparison sheet, the quote library) so
     * that the verdict and the table stay in sight while options are edited.
     */
    public TabPane tabs() {
        return tabs;
    }

    /** Every option's row visible without scrolling (up to eight), so the charts get the rest. */
    private static void fitHeightToRows(SummaryTable table) {
        table.setFixedCellSize(ROW_HEIGHT);
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> HEADER_HEIGHT + ROW_HEIGHT * Math.max(1, Math.min(8, table.getItems().size())),
                table.getItems()));
        table.setMinHeight(HEADER_HEIGHT + ROW_HEIGHT);
    }

    /**
     * Puts the divider under the table's last row when the view is first laid out and when the number of
     * options changes; in between it stays where the user dragged it.
     */
    private static void placeDivider(SplitPane split, SummaryTable table) {
        Runnable place = () -> {
            double height = split.getHeight();
            if (height > 0) {
                split.setDividerPositions(Math.min(0.6, (table.getPrefHeight() + 2) / height));
            }
        };
        split.heightProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                if (now.doubleValue() > 0) {
                    split.heightProperty().removeListener(this);
                    place.run();
                }
            }
        });
        table.prefHeightProperty().addListener((o, was, now) -> place.run());
    }

    private static Tab tab(ResultsViewModel vm, Function<ResultsTexts, String> title,
            Node content, String id) {
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(text(vm, title));
        tab.setContent(content);
        return tab;
    }

    /**
     * A tab whose content is made when it is first shown: the window's first frame then builds, styles and lays out
     * one chart instead of three (a tab pane styles its hidden tabs too). Made while selected, it draws at once.
     */
    private static Tab lazyTab(ResultsViewModel vm, Function<ResultsTexts, String> title, String id,
            Function<Tab, Node> content) {
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(text(vm, title));
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.apply(tab));
            }
        });
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
