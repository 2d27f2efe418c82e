package com.computetco.ui.terms;

import com.computetco.domain.PaymentEvent;
import com.computetco.i18n.Messages;
import com.computetco.ui.fields.FieldControls;
import com.computetco.ui.fields.FieldViewModel;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * The Payments and schedule tab: the chosen option's price form (rent), payment schedule and financing (build)
 * side by side, and its month-by-month schedule under them. Lays out what {@link TermsViewModel} holds.
 */
public final class TermsView extends BorderPane {
    private static final double FIELD_WIDTH = 110;
    private final TermsViewModel vm;
    private final Messages messages;
    private final VBox scheduleRows = new VBox(4);
    private final GridPane financingFields = new GridPane();
    private final TableView<Integer> table = new TableView<>();
    private final ListChangeListener<ScheduleRow> onRows = c -> {
        // Only a row added or removed rebuilds the editors; a keystroke inside a row must keep its focus.
        while (c.next()) {
            if (c.wasAdded() || c.wasRemoved()) {
                fillScheduleRows();
                return;
            }
        }
    };
    private final ListChangeListener<FieldViewModel> onFinancingFields = c -> fillFinancingFields();
    private final InvalidationListener onTable = o -> fillTable();

    public TermsView(TermsViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        getStyleClass().add("terms-view");
        setPadding(new Insets(6));

        ComboBox<String> option = new ComboBox<>(vm.optionLabels());
        option.setId("terms-option");
        option.getSelectionModel().select(vm.selectedIndexProperty().get());
        option.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0) {
                vm.selectedIndexProperty().set(now.intValue());
            }
        });
        vm.selectedIndexProperty().addListener(new WeakInvalidationListener(selectFromModel(option)));
        HBox top = new HBox(8, new Label(messages.get("terms.option")), option);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 6, 0));

        HBox editors = new HBox(8, pricePane(), schedulePane(), financingPane());
        editors.setFillHeight(false);
        ScrollPane editorScroll = new ScrollPane(editors);
        editorScroll.setFitToHeight(true);
        editorScroll.setMinViewportHeight(80);

        table.setId("terms-table");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(""));
        Label noTax = new Label(messages.get("terms.table.noTax"));
        noTax.getStyleClass().add("hint");
        noTax.setWrapText(true);
        noTax.visibleProperty().bind(vm.hasTaxProperty().not());
        noTax.managedProperty().bind(noTax.visibleProperty());
        Label tableTitle = new Label(messages.get("terms.table.title"));
        tableTitle.getStyleClass().add("group-title");
        VBox lower = new VBox(4, tableTitle, noTax, table);
        VBox.setVgrow(table, Priority.ALWAYS);

        // A divider the user can drag: the editors or the month-by-month table get the room as needed.
        javafx.scene.control.SplitPane content = new javafx.scene.control.SplitPane(editorScroll, lower);
        content.setOrientation(javafx.geometry.Orientation.VERTICAL);
        content.setDividerPositions(0.5);
        setTop(top);
        setCenter(content);

        // Weak: a language switch builds a new view and drops this one, while the ViewModel lives on.
        vm.schedule().rows().addListener(new WeakListChangeListener<>(onRows));
        vm.financing().fields().addListener(new WeakListChangeListener<>(onFinancingFields));
        vm.tableProperty().addListener(new WeakInvalidationListener(onTable));
        fillScheduleRows();
        fillFinancingFields();
        fillTable();
    }

    private InvalidationListener selectFromModel(ComboBox<String> option) {
        InvalidationListener listener = o -> option.getSelectionModel().select(vm.selectedIndexProperty().get());
        option.getProperties().put(InvalidationListener.class, listener);
        return listener;
    }

    private TitledPane pricePane() {
        RentPriceViewModel price = vm.price();
        ToggleGroup group = new ToggleGroup();
        RadioButton perYear = new RadioButton(messages.get("terms.price.perPflopsYear"));
        RadioButton perHour = new RadioButton(messages.get("terms.price.perCardHour"));
        perYear.setId("terms-price-per-year");
        perHour.setId("terms-price-per-hour");
        perYear.setToggleGroup(group);
        perHour.setToggleGroup(group);
        Runnable show = () -> group.selectToggle(price.hourlyProperty().get() ? perHour : perYear);
        show.run();
        InvalidationListener follow = o -> show.run();
        perYear.getProperties().put(InvalidationListener.class, follow);
        price.hourlyProperty().addListener(new WeakInvalidationListener(follow));
        perYear.setOnAction(e -> {
            price.setHourly(false);
            show.run();
        });
        perHour.setOnAction(e -> {
            price.setHourly(true);
            show.run();
        });
        Label hint = new Label(messages.get("terms.price.buildOnly"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.visibleProperty().bind(price.availableProperty().not());
        hint.managedProperty().bind(hint.visibleProperty());
        VBox box = new VBox(6, perYear, perHour, hint);
        perYear.disableProperty().bind(price.availableProperty().not());
        perHour.disableProperty().bind(price.availableProperty().not());
        return titled("terms.price.title", "terms.price.tip", box, 200);
    }

    private TitledPane schedulePane() {
        PaymentScheduleViewModel schedule = vm.schedule();
        Label sum = new Label();
        sum.setId("terms-schedule-sum");
        sum.textProperty().bind(schedule.sumProperty());
        Label message = new Label();
        message.setId("terms-schedule-message");
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.setMaxWidth(360);
        message.textProperty().bind(schedule.messageProperty());
        message.visibleProperty().bind(schedule.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Label status = new Label();
        status.getStyleClass().add("hint");
        status.setWrapText(true);
        status.setMaxWidth(360);
        status.textProperty().bind(schedule.statusProperty());
        status.visibleProperty().bind(schedule.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        Button add = new Button(messages.get("terms.schedule.add"));
        add.setId("terms-schedule-add");
        add.setOnAction(e -> schedule.addRow());
        add.disableProperty().bind(schedule.availableProperty().not());
        Button apply = new Button(messages.get("terms.schedule.apply"));
        apply.setId("terms-schedule-apply");
        apply.setDefaultButton(false);
        apply.setOnAction(e -> schedule.apply());
        apply.disableProperty().bind(schedule.canApplyProperty().not());
        Button clear = new Button(messages.get("terms.schedule.clear"));
        clear.setId("terms-schedule-clear");
        clear.setOnAction(e -> schedule.usePrepayment());
        clear.disableProperty().bind(schedule.hasScheduleProperty().not());
        HBox heading = new HBox(8, header("terms.schedule.pct", 70), header("terms.schedule.at", 120),
                header("terms.schedule.afterMonths", 70));
        HBox buttons = new HBox(6, add, apply, clear);
        HBox sumLine = new HBox(8, sum);
        VBox box = new VBox(6, status, heading, scheduleRows, sumLine, message, buttons);
        heading.visibleProperty().bind(schedule.availableProperty());
        heading.managedProperty().bind(heading.visibleProperty());
        return titled("terms.schedule.title", "terms.schedule.tip", box, 380);
    }

    private Label header(String key, double width) {
        Label label = new Label(messages.get(key));
        label.setPrefWidth(width);
        label.getStyleClass().add("column-header-label");
        return label;
    }

    private void fillScheduleRows() {
        scheduleRows.getChildren().clear();
        PaymentScheduleViewModel schedule = vm.schedule();
        int i = 0;
        for (ScheduleRow row : schedule.rows()) {
            TextField pct = new TextField();
            pct.setId("terms-schedule-pct-" + i);
            pct.setPrefWidth(70);
            pct.setAlignment(Pos.CENTER_RIGHT);
            pct.textProperty().bindBidirectional(row.pctProperty());
            ComboBox<PaymentEvent> at = new ComboBox<>();
            at.setId("terms-schedule-at-" + i);
            at.getItems().setAll(PaymentEvent.values());
            at.setPrefWidth(120);
            at.setConverter(new StringConverter<>() {
                @Override
                public String toString(PaymentEvent event) {
                    return event == null ? "" : schedule.eventName(event);
                }

                @Override
                public PaymentEvent fromString(String text) {
                    return null;
                }
            });
            at.valueProperty().bindBidirectional(row.atProperty());
            TextField months = new TextField();
            months.setId("terms-schedule-months-" + i);
            months.setPrefWidth(70);
            months.setAlignment(Pos.CENTER_RIGHT);
            months.textProperty().bindBidirectional(row.afterMonthsProperty());
            Button remove = new Button("×");
            remove.setId("terms-schedule-remove-" + i);
            remove.setTooltip(new Tooltip(messages.get("terms.schedule.remove")));
            remove.setOnAction(e -> schedule.removeRow(row));
            HBox line = new HBox(8, pct, at, months, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            scheduleRows.getChildren().add(line);
            i++;
        }
    }

    private TitledPane financingPane() {
        FinancingViewModel financing = vm.financing();
        CheckBox on = new CheckBox(messages.get("terms.financing.switch"));
        on.setId("terms-financing-switch");
        on.setSelected(financing.enabledProperty().get());
        InvalidationListener followOn = o -> on.setSelected(financing.enabledProperty().get());
        on.getProperties().put(InvalidationListener.class, followOn);
        financing.enabledProperty().addListener(new WeakInvalidationListener(followOn));
        on.setOnAction(e -> {
            financing.setEnabled(on.isSelected());
            on.setSelected(financing.enabledProperty().get());
        });
        on.disableProperty().bind(financing.availableProperty().not());
        ComboBox<String> kind = new ComboBox<>();
        kind.setId("terms-financing-kind");
        kind.getItems().setAll("loan", "financeLease");
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : messages.get("terms.financing." + value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        kind.setValue(financing.kindProperty().get());
        InvalidationListener followKind = o -> kind.setValue(financing.kindProperty().get());
        kind.getProperties().put(InvalidationListener.class, followKind);
        financing.kindProperty().addListener(new WeakInvalidationListener(followKind));
        kind.setOnAction(e -> {
            if (kind.getValue() != null) {
                financing.setKind(kind.getValue());
            }
        });
        kind.disableProperty().bind(financing.enabledProperty().not());
        HBox kindLine = new HBox(8, new Label(messages.get("terms.financing.kind")), kind);
        kindLine.setAlignment(Pos.CENTER_LEFT);
        financingFields.setHgap(8);
        financingFields.setVgap(4);
        financingFields.disableProperty().bind(financing.enabledProperty().not());
        Label instalment = new Label();
        instalment.setId("terms-financing-instalment");
        instalment.setWrapText(true);
        instalment.setMaxWidth(340);
        instalment.getStyleClass().add("instalment");
        instalment.textProperty().bind(financing.instalmentProperty());
        Label buildOnly = new Label(messages.get("terms.financing.buildOnly"));
        buildOnly.getStyleClass().add("hint");
        buildOnly.visibleProperty().bind(financing.availableProperty().not());
        buildOnly.managedProperty().bind(buildOnly.visibleProperty());
        VBox box = new VBox(6, buildOnly, on, kindLine, financingFields, instalment);
        return titled("terms.financing.title", "terms.financing.tip", box, 360);
    }

    private void fillFinancingFields() {
        financingFields.getChildren().clear();
        int row = 0;
        for (FieldViewModel field : vm.financing().fields()) {
            Label label = new Label(FieldControls.label(messages, field.key()));
            label.setTooltip(FieldControls.tooltip(messages, field.key()));
            financingFields.add(label, 0, row);
            financingFields.add(FieldControls.editor(field, messages, FIELD_WIDTH), 1, row++);
        }
    }

    private TitledPane titled(String title, String tip, Node content, double width) {
        TitledPane pane = new TitledPane(messages.get(title), content);
        pane.setCollapsible(false);
        pane.setPrefWidth(width);
        Tooltip tooltip = new Tooltip(messages.get(tip));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.setShowDuration(Duration.seconds(30));
        pane.setTooltip(tooltip);
        return pane;
    }

    /**
     * The results area shows column headers as their graphic (wrapped headings; see results.css): the heading is
     * both, the text for the column menu and a wrapping label for the header.
     */
    private static void heading(TableColumn<Integer, Integer> column, String text) {
        column.setText(text);
        Label label = new Label(text);
        label.setWrapText(true);
        label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        label.setAlignment(Pos.CENTER);
        label.getStyleClass().add("column-heading");
        label.prefWidthProperty().bind(column.widthProperty().subtract(8));
        column.setGraphic(label);
    }

    private void fillTable() {
        ScheduleTable data = vm.tableProperty().get();
        table.getColumns().clear();
        TableColumn<Integer, Integer> month = new TableColumn<>();
        heading(month, messages.get("terms.table.month"));
        month.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        month.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : data.isTotalRow(row) ? messages.get("terms.table.total")
                        : Integer.toString(row));
            }
        });
        month.setPrefWidth(60);
        month.setSortable(false);
        table.getColumns().add(month);
        for (int c = 0; c < data.columnCount(); c++) {
            final int column = c;
            TableColumn<Integer, Integer> figures = new TableColumn<>();
            heading(figures, data.headings().get(c));
            figures.setId("terms-column-" + c);
            figures.setSortable(false);
            figures.setPrefWidth(110);
            figures.getStyleClass().add("numeric");
            figures.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
            figures.setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(Integer row, boolean empty) {
                    super.updateItem(row, empty);
                    setText(empty || row == null ? null : data.text(column, row));
                    setStyle("-fx-alignment: CENTER-RIGHT;" + (!empty && row != null && data.isTotalRow(row)
                            ? " -fx-font-weight: bold;" : ""));
                }
            });
            table.getColumns().add(figures);
        }
        java.util.List<Integer> rows = new java.util.ArrayList<>();
        for (int r = 0; r < data.rowCount(); r++) {
            rows.add(r);
        }
        table.getItems().setAll(rows);
    }
}
