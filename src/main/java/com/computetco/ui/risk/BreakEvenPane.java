package com.computetco.ui.risk;

import com.computetco.i18n.Messages;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The break-even sentences, one bullet each. */
final class BreakEvenPane extends VBox {
    private final BreakEvenViewModel vm;
    private final VBox sentences = new VBox(4);
    private final ListChangeListener<String> onSentences = c -> draw();

    BreakEvenPane(BreakEvenViewModel vm, Messages messages) {
        super(4);
        this.vm = vm;
        Label title = new Label(messages.get("risk.ui.breakEven"));
        title.getStyleClass().add("group-title");
        Label failure = new Label();
        failure.getStyleClass().add("hint");
        failure.textProperty().bind(vm.failureProperty());
        failure.visibleProperty().bind(vm.failureProperty().isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());
        sentences.setId("risk-break-even");
        getChildren().addAll(title, failure, sentences);
        // Weak: the window rebuilds its views on a language switch and keeps the ViewModel.
        vm.sentences().addListener(new WeakListChangeListener<>(onSentences));
        draw();
    }

    private void draw() {
        sentences.getChildren().clear();
        for (String sentence : vm.sentences()) {
            Label label = new Label("• " + sentence);
            label.setWrapText(true);
            sentences.getChildren().add(label);
        }
    }
}
