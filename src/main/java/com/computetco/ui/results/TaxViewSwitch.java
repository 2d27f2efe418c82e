package com.computetco.ui.results;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * Two linked buttons above the results, "Pre-tax | After tax": the table, the verdict and the cumulative chart
 * follow the choice. After tax can be chosen only with a tax block; without one the pre-tax view is shown.
 */
final class TaxViewSwitch extends HBox {
    private final ToggleButton preTax = new ToggleButton();
    private final ToggleButton afterTax = new ToggleButton();
    private final InvalidationListener onChange;

    TaxViewSwitch(ResultsViewModel vm) {
        getStyleClass().add("tax-view-switch");
        setAlignment(Pos.CENTER_LEFT);
        preTax.setId("results-view-pre-tax");
        afterTax.setId("results-view-after-tax");
        ToggleGroup group = new ToggleGroup();
        preTax.setToggleGroup(group);
        afterTax.setToggleGroup(group);
        preTax.setOnAction(e -> vm.afterTaxViewProperty().set(false));
        afterTax.setOnAction(e -> vm.afterTaxViewProperty().set(true));
        Tooltip hint = new Tooltip();
        onChange = o -> {
            TaxViewTexts texts = vm.taxViewTextsProperty().get();
            preTax.setText(texts.preTax());
            afterTax.setText(texts.afterTax());
            boolean available = vm.afterTaxAvailableProperty().get();
            afterTax.setDisable(!available);
            hint.setText(texts.disabledHint());
            // A disabled control shows no tooltip: the hint hangs on the group instead.
            Tooltip.install(this, hint);
            if (available) {
                Tooltip.uninstall(this, hint);
            }
            group.selectToggle(available && vm.afterTaxViewProperty().get() ? afterTax : preTax);
        };
        // Weak: the window builds a new view on a language switch and keeps the view model.
        WeakInvalidationListener weak = new WeakInvalidationListener(onChange);
        vm.taxViewTextsProperty().addListener(weak);
        vm.afterTaxAvailableProperty().addListener(weak);
        vm.afterTaxViewProperty().addListener(weak);
        // Clicking the selected button would unselect it; the choice is always one of the two.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was);
            }
        });
        getChildren().addAll(preTax, afterTax);
        onChange.invalidated(null);
    }
}
