package com.computetco.ui.comparison;

import com.computetco.i18n.Messages;
import com.computetco.ui.fields.FieldControls;
import com.computetco.ui.fields.FieldSpec;
import com.computetco.ui.platform.Icons;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The quote comparison sheet: options side by side, one column each, every field editable in place. */
public final class ComparisonView extends BorderPane {
    private static final double FIELD_WIDTH = 150;
    private final ComparisonViewModel vm;
    private final Messages messages;
    private final GridPane grid = new GridPane();
    private final List<List<Node>> columnNodes = new ArrayList<>();
    /** Editors that may show a proposed default, with their column and field. */
    private final List<Marked> markable = new ArrayList<>();
    private final Runnable saveToMyQuotes;
    /**
     * How far the sheet is scrolled to the right, in pixels: the row labels (column 0) move by as much, so they
     * stay in view while the option columns scroll under them (issue 10 §4, a frozen first column).
     */
    private final javafx.beans.property.DoubleProperty labelShift = new javafx.beans.property.SimpleDoubleProperty();
    private final ScrollPane scroll;

    private record Marked(Node editor, int column, FieldSpec spec) {
    }
    private final ListChangeListener<OptionColumn> onColumns = c -> rebuild();
    private final InvalidationListener onSelection = o -> highlight();
    private final InvalidationListener onScenario = o -> refreshHeaders();

    public ComparisonView(ComparisonViewModel vm, Messages messages) {
        this(vm, messages, null);
    }

    /** @param saveToMyQuotes saves the selected column's quote to the user's quote folder; null for no button */
    public ComparisonView(ComparisonViewModel vm, Messages messages, Runnable saveToMyQuotes) {
        this.vm = vm;
        this.messages = messages;
        this.saveToMyQuotes = saveToMyQuotes;
        grid.setHgap(10);
        grid.setVgap(4);
        grid.setPadding(new Insets(6, 10, 10, 10));
        grid.getStyleClass().add("comparison-grid");
        scroll = new ScrollPane(grid);
        scroll.setFitToHeight(false);
        scroll.setId("comparison-scroll");
        labelShift.bind(javafx.beans.binding.Bindings.createDoubleBinding(this::horizontalOffset,
                scroll.hvalueProperty(), scroll.viewportBoundsProperty(), grid.widthProperty()));
        setTop(toolbar());
        setCenter(scroll);
        // Weak: a language switch builds a new view and drops this one, while the ViewModel lives on.
        vm.columns().addListener(new WeakListChangeListener<>(onColumns));
        vm.selectedIndexProperty().addListener(new WeakInvalidationListener(onSelection));
        vm.session().document().scenarioProperty().addListener(new WeakInvalidationListener(onScenario));
        rebuild();
    }

    private ToolBar toolbar() {
        Button duplicate = button("comparison.duplicate", "duplicate", vm::duplicateSelected);
        duplicate.disableProperty().bind(vm.canDuplicateProperty().not());
        Button remove = button("comparison.remove", "remove", vm::removeSelected);
        remove.disableProperty().bind(vm.canRemoveProperty().not());
        Button left = button("comparison.moveLeft", "move-left", () -> vm.moveSelected(-1));
        left.disableProperty().bind(vm.canMoveLeftProperty().not());
        Button right = button("comparison.moveRight", "move-right", () -> vm.moveSelected(1));
        right.disableProperty().bind(vm.canMoveRightProperty().not());
        Button baseline = button("comparison.setBaseline", "baseline", vm::setSelectedAsBaseline);
        baseline.disableProperty().bind(vm.canSetBaselineProperty().not());
        Label hint = new Label(messages.get("comparison.hint"));
        hint.getStyleClass().add("hint");
        ToolBar bar = new ToolBar(duplicate, remove, left, right, baseline);
        if (saveToMyQuotes != null) {
            Button save = button("comparison.saveQuote", "save", saveToMyQuotes);
            save.disableProperty().bind(vm.canDuplicateProperty().not());
            bar.getItems().add(save);
        }
        bar.getItems().add(hint);
        return bar;
    }

    private Button button(String key, String icon, Runnable action) {
        Button button = new Button(messages.get(key), Icons.small(icon));
        button.setTooltip(new Tooltip(messages.get(key)));
        button.setOnAction(e -> action.run());
        button.setId("comparison-" + icon);
        return button;
    }

    private void rebuild() {
        grid.getChildren().clear();
        columnNodes.clear();
        markable.clear();
        int row = 1;
        String group = null;
        for (FieldSpec spec : vm.fieldSpecs()) {
            if (!spec.group().equals(group)) {
                group = spec.group();
                Label title = new Label(messages.get("group." + group));
                title.getStyleClass().add("group-title");
                grid.add(title, 0, row++, Math.max(1, vm.columns().size() + 1), 1);
            }
            String key = "options." + spec.path();
            Label label = new Label(FieldControls.label(messages, key));
            label.setTooltip(FieldControls.tooltip(messages, key));
            label.setMinWidth(Region.USE_PREF_SIZE);
            freeze(label);
            grid.add(label, 0, row);
            for (int c = 0; c < vm.columns().size(); c++) {
                final int columnIndex = c;
                vm.columns().get(c).field(spec).ifPresent(field -> {
                    Node editor = FieldControls.editor(field, messages, FIELD_WIDTH);
                    // Selected by the user's hand (a click, or a key after Tab brought focus here), not by
                    // focus moving while the sheet is built.
                    editor.addEventFilter(MouseEvent.MOUSE_PRESSED,
                            e -> vm.selectedIndexProperty().set(columnIndex));
                    editor.addEventFilter(KeyEvent.KEY_RELEASED, e -> vm.selectedIndexProperty().set(columnIndex));
                    grid.add(editor, columnIndex + 1, GridPane.getRowIndex(label));
                    columnNodes(columnIndex).add(editor);
                    if (PlatformDefaults.PROPOSED.contains(spec.path())) {
                        markable.add(new Marked(editor, columnIndex, spec));
                    }
                });
            }
            row++;
        }
        for (int c = 0; c < vm.columns().size(); c++) {
            Node header = header(c);
            grid.add(header, c + 1, 0);
            columnNodes(c).add(header);
        }
        markDefaults();
        highlight();
    }

    /** The pixels of the grid scrolled out of view on the left. */
    private double horizontalOffset() {
        double excess = grid.getWidth() - scroll.getViewportBounds().getWidth();
        double range = scroll.getHmax() - scroll.getHmin();
        if (excess <= 0 || range <= 0) {
            return 0;
        }
        return (scroll.getHvalue() - scroll.getHmin()) / range * excess;
    }

    /** A row label follows the horizontal scroll, drawn over the editors it passes, on an opaque background. */
    private void freeze(Label label) {
        label.translateXProperty().bind(labelShift);
        label.setViewOrder(-1);
        label.getStyleClass().add("frozen-row-label");
        label.setMaxHeight(Double.MAX_VALUE);
        label.setMaxWidth(Double.MAX_VALUE);
    }

    /** Fields still holding their platform's proposal get a mark and a tooltip until the user types a value. */
    private void markDefaults() {
        for (Marked m : markable) {
            boolean proposed = vm.isProposedDefault(m.column(), m.spec());
            m.editor().getStyleClass().remove("proposed-default");
            if (proposed) {
                m.editor().getStyleClass().add("proposed-default");
            }
        }
    }

    private List<Node> columnNodes(int index) {
        while (columnNodes.size() <= index) {
            columnNodes.add(new ArrayList<>());
        }
        return columnNodes.get(index);
    }

    private Node header(int index) {
        OptionColumn column = vm.columns().get(index);
        Label title = new Label(vm.label(index));
        title.getStyleClass().add("option-title");
        title.setWrapText(true);
        title.setMaxWidth(FIELD_WIDTH + 40);
        Label type = new Label(messages.get(column.isBuild() ? "comparison.type.build" : "comparison.type.rent"));
        type.getStyleClass().addAll("badge", column.isBuild() ? "badge-build" : "badge-rent");
        HBox badges = new HBox(4, type);
        boolean toReview = vm.fieldSpecs().stream().anyMatch(spec -> vm.isProposedDefault(index, spec));
        if (toReview) {
            Label review = new Label(messages.get("comparison.defaultsToReview"));
            review.getStyleClass().addAll("badge", "badge-review");
            review.setTooltip(new Tooltip(messages.get("comparison.defaultsToReview.tip")));
            badges.getChildren().add(review);
        }
        if (vm.isBaseline(index)) {
            Label baseline = new Label(messages.get("comparison.baseline"), Icons.small("baseline"));
            baseline.getStyleClass().addAll("badge", "badge-baseline");
            badges.getChildren().add(baseline);
        }
        VBox header = new VBox(2, title, badges);
        header.getStyleClass().add("option-header");
        header.setAlignment(Pos.BOTTOM_LEFT);
        header.setOnMouseClicked(e -> vm.selectedIndexProperty().set(index));
        header.setId("option-header-" + column.id());
        return header;
    }

    /** Labels and the baseline badge follow edits without rebuilding the editors (focus stays put). */
    private void refreshHeaders() {
        if (!vm.columnsMatchScenario()) {
            return; // the columns are being rebuilt; the rebuild draws the headers
        }
        for (int c = 0; c < vm.columns().size() && c < columnNodes.size(); c++) {
            List<Node> nodes = columnNodes.get(c);
            Node old = nodes.get(nodes.size() - 1);
            Node header = header(c);
            grid.getChildren().remove(old);
            grid.add(header, c + 1, 0);
            nodes.set(nodes.size() - 1, header);
        }
        markDefaults();
        highlight();
    }

    private void highlight() {
        for (int c = 0; c < columnNodes.size(); c++) {
            for (Node node : columnNodes.get(c)) {
                node.getStyleClass().remove("selected-column");
                if (c == vm.selectedIndexProperty().get()) {
                    node.getStyleClass().add("selected-column");
                }
            }
        }
    }
}
