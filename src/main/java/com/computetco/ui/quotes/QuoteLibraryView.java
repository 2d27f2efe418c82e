package com.computetco.ui.quotes;

import com.computetco.i18n.Messages;
import java.io.File;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * The quote library: a filter, a table of quotes and the import and add-to-comparison commands. Thin: every
 * text, rule and command comes from {@link QuoteLibraryViewModel}; this class only draws and forwards.
 *
 * <p>Listens to the ViewModel weakly or through bindings, so that a window which rebuilds its views (on a
 * language switch) leaves no old view attached to the long-lived ViewModel.
 */
public final class QuoteLibraryView extends BorderPane {
    private static final String STYLESHEET = "quote-library.css";
    private static final String EXPIRED = "expired";
    private static final String NO_RATE = "no-rate";

    private final QuoteLibraryViewModel vm;
    private final TableView<QuoteEntry> table = new TableView<>();
    private final ChangeListener<QuoteEntry> selectionFromViewModel = (obs, old, now) -> showSelection(now);
    private boolean syncingSelection;

    public QuoteLibraryView(QuoteLibraryViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
        getStyleClass().add("quote-library");
        URL css = Objects.requireNonNull(QuoteLibraryView.class.getResource(STYLESHEET), STYLESHEET);
        getStylesheets().add(css.toExternalForm());
        setTop(toolBar());
        setCenter(table());
        setBottom(statusBar());
        enableDrop();
        setMinWidth(0);
    }

    private HBox toolBar() {
        TextField filter = new TextField();
        filter.setId("quote-filter");
        filter.promptTextProperty().bind(text("quotes.filter.prompt"));
        filter.setTooltip(tooltip(text("quotes.filter.tooltip")));
        filter.textProperty().bindBidirectional(vm.filterText());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !filter.getText().isEmpty()) {
                filter.clear();
                e.consume();
            }
        });
        filter.setMinWidth(80);
        filter.setPrefWidth(260);
        HBox.setHgrow(filter, Priority.ALWAYS);

        Button importButton = new Button();
        importButton.setId("quote-import");
        importButton.textProperty().bind(text("quotes.button.import"));
        importButton.setTooltip(tooltip(text("quotes.button.import.tooltip")));
        importButton.setOnAction(e -> vm.importWithChooser());
        importButton.setMinWidth(Button.USE_PREF_SIZE);

        Button addButton = new Button();
        addButton.setId("quote-add");
        addButton.textProperty().bind(text("quotes.button.add"));
        addButton.setTooltip(tooltip(text("quotes.button.add.tooltip")));
        addButton.disableProperty().bind(vm.canAddProperty().not());
        addButton.setOnAction(e -> vm.addSelectedToComparison());
        addButton.setDefaultButton(false);
        addButton.setMinWidth(Button.USE_PREF_SIZE);

        HBox bar = new HBox(6, filter, importButton, addButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        bar.getStyleClass().add("quote-library-toolbar");
        return bar;
    }

    private TableView<QuoteEntry> table() {
        table.setId("quote-table");
        SortedList<QuoteEntry> sorted = new SortedList<>(vm.visibleEntries());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        Label placeholder = new Label();
        placeholder.textProperty().bind(vm.placeholderProperty());
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);

        table.getColumns().addAll(List.of(
                column("supplier", text("quotes.column.supplier"), "quotes.column.supplier.tooltip", 150,
                        QuoteEntry::supplier, null, Comparator.comparing(QuoteEntry::supplier,
                                String.CASE_INSENSITIVE_ORDER)),
                column("model", text("quotes.column.model"), "quotes.column.model.tooltip", 115,
                        QuoteEntry::model, null, Comparator.comparing(QuoteEntry::model,
                                String.CASE_INSENSITIVE_ORDER)),
                column("kind", text("quotes.column.kind"), "quotes.column.kind.tooltip", 60,
                        QuoteEntry::kindText, null, Comparator.comparing(QuoteEntry::kindText)),
                numeric(column("base-price", vm.basePriceHeaderProperty(), "quotes.column.basePrice.tooltip", 145,
                        QuoteEntry::basePriceText, QuoteEntry::priceTooltip,
                        byNumber(QuoteEntry::basePriceValue))),
                numeric(column("original-price", text("quotes.column.originalPrice"),
                        "quotes.column.originalPrice.tooltip", 105, QuoteEntry::originalPriceText,
                        QuoteEntry::priceTooltip, Comparator.comparing(QuoteEntry::originalPriceText))),
                numeric(column("pflops", text("quotes.column.pflops"), "quotes.column.pflops.tooltip", 78,
                        QuoteEntry::pflopsText, QuoteEntry::pflopsTooltip, byNumber(QuoteEntry::densePflops))),
                numeric(column("kw", text("quotes.column.kw"), "quotes.column.kw.tooltip", 46,
                        QuoteEntry::kwText, null, byNumber(QuoteEntry::powerKw))),
                numeric(column("lead-time", text("quotes.column.leadTime"), "quotes.column.leadTime.tooltip", 92,
                        QuoteEntry::leadTimeText, null, Comparator.comparingDouble(QuoteEntry::leadTimeLikely))),
                column("quote-date", text("quotes.column.quoteDate"), "quotes.column.quoteDate.tooltip", 84,
                        QuoteEntry::quoteDateText, null, byDate(e -> e.quote().quoteDate().orElse(null))),
                column("valid-until", text("quotes.column.validUntil"), "quotes.column.validUntil.tooltip", 100,
                        QuoteEntry::validUntilText, QuoteEntry::expiredTooltip,
                        byDate(e -> e.quote().validUntil().orElse(null)))));

        table.setRowFactory(t -> new QuoteRow());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncingSelection) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener(new WeakChangeListener<>(selectionFromViewModel));
        showSelection(vm.selectedProperty().get());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && vm.canAddProperty().get()) {
                vm.addSelectedToComparison();
                e.consume();
            }
        });
        return table;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("quote-status");
        status.textProperty().bind(vm.statusProperty());
        status.setMinWidth(0);
        Hyperlink details = new Hyperlink();
        details.setId("quote-load-problems");
        details.textProperty().bind(text("quotes.button.problems"));
        details.setTooltip(tooltip(text("quotes.button.problems.tooltip")));
        details.visibleProperty().bind(vm.hasLoadProblemsProperty());
        details.managedProperty().bind(details.visibleProperty());
        details.setOnAction(e -> vm.showLoadProblems());
        HBox bar = new HBox(4, status, details);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 6, 2, 6));
        bar.getStyleClass().add("quote-library-status");
        return bar;
    }

    /** Drops of quote files are imported here; a drop with scenario files is left to the window to open. */
    private void enableDrop() {
        setOnDragOver(e -> {
            List<Path> files = dropped(e);
            if (!vm.containsScenarioFiles(files) && !vm.quoteFilesAmong(files).isEmpty()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        setOnDragDropped(e -> {
            List<Path> files = dropped(e);
            List<Path> quotes = vm.quoteFilesAmong(files);
            if (!vm.containsScenarioFiles(files) && !quotes.isEmpty()) {
                vm.importFiles(quotes);
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    private static List<Path> dropped(DragEvent e) {
        if (!e.getDragboard().hasFiles()) {
            return List.of();
        }
        return e.getDragboard().getFiles().stream().map(File::toPath).toList();
    }

    private void showSelection(QuoteEntry entry) {
        if (table.getSelectionModel().getSelectedItem() == entry) {
            return;
        }
        syncingSelection = true;
        try {
            if (entry == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(entry);
                int row = table.getSelectionModel().getSelectedIndex();
                if (row >= 0) {
                    table.scrollTo(row);
                }
            }
        } finally {
            syncingSelection = false;
        }
        // Selecting an entry the filter hides leaves the table empty-handed: say so to the ViewModel.
        if (entry != null && table.getSelectionModel().getSelectedItem() != entry) {
            vm.selectedProperty().set(table.getSelectionModel().getSelectedItem());
        }
    }

    private TableColumn<QuoteEntry, QuoteEntry> column(String id, ObservableValue<String> header, String tooltipKey,
            double width, Function<QuoteEntry, String> text, Function<QuoteEntry, String> cellTooltip,
            Comparator<QuoteEntry> order) {
        TableColumn<QuoteEntry, QuoteEntry> column = new TableColumn<>();
        column.setId("quote-column-" + id);
        Label label = new Label();
        label.textProperty().bind(header);
        label.setTooltip(tooltip(text(tooltipKey)));
        label.setMinWidth(0);
        column.setGraphic(label);
        column.setPrefWidth(width);
        column.setMinWidth(36);
        column.setComparator(order);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new QuoteCell(text, cellTooltip));
        return column;
    }

    private static TableColumn<QuoteEntry, QuoteEntry> numeric(TableColumn<QuoteEntry, QuoteEntry> column) {
        column.getStyleClass().add("numeric");
        return column;
    }

    private static Comparator<QuoteEntry> byNumber(Function<QuoteEntry, Double> key) {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static Comparator<QuoteEntry> byDate(Function<QuoteEntry, LocalDate> key) {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private StringBinding text(String key) {
        ObservableValue<Messages> messages = vm.messages();
        return Bindings.createStringBinding(() -> messages.getValue() == null ? key : messages.getValue().get(key),
                messages);
    }

    private static Tooltip tooltip(ObservableValue<String> text) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(460);
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setShowDuration(Duration.seconds(20));
        return tooltip;
    }

    private static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(460);
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setShowDuration(Duration.seconds(20));
        return tooltip;
    }

    /** A cell drawing one text of its entry, with an optional tooltip of its own. */
    private static final class QuoteCell extends TableCell<QuoteEntry, QuoteEntry> {
        private final Function<QuoteEntry, String> text;
        private final Function<QuoteEntry, String> cellTooltip;
        private final Tooltip tip = tooltip("");

        QuoteCell(Function<QuoteEntry, String> text, Function<QuoteEntry, String> cellTooltip) {
            this.text = text;
            this.cellTooltip = cellTooltip;
        }

        @Override
        protected void updateItem(QuoteEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll(EXPIRED, NO_RATE);
            if (empty || entry == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(text.apply(entry));
            String tipText = cellTooltip == null ? null : cellTooltip.apply(entry);
            if (tipText == null || tipText.isEmpty()) {
                setTooltip(null);
            } else {
                tip.setText(tipText);
                setTooltip(tip);
            }
            if (entry.expired() && "quote-column-valid-until".equals(getTableColumn().getId())) {
                getStyleClass().add(EXPIRED);
            }
            if (!entry.converted() && "quote-column-base-price".equals(getTableColumn().getId())) {
                getStyleClass().add(NO_RATE);
            }
        }
    }

    /** A row: red when the quote has expired, the entry's details as tooltip, double-click to add. */
    private final class QuoteRow extends TableRow<QuoteEntry> {
        private final Tooltip tip = tooltip("");

        QuoteRow() {
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !isEmpty()
                        && getItem() != null) {
                    vm.selectedProperty().set(getItem());
                    vm.addSelectedToComparison();
                    e.consume();
                }
            });
        }

        @Override
        protected void updateItem(QuoteEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().remove(EXPIRED);
            if (empty || entry == null) {
                setTooltip(null);
                return;
            }
            if (entry.expired()) {
                getStyleClass().add(EXPIRED);
            }
            tip.setText(entry.detailsTooltip());
            setTooltip(tip);
        }
    }
}
