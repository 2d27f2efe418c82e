package com.computetco.ui.fields;

import com.computetco.i18n.Messages;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * Builds the control for a field: a text field that commits on Enter or when it loses focus, a check box or a
 * choice box that commit at once, and the field's message beside it. Views stay thin by sharing this.
 */
public final class FieldControls {
    private FieldControls() {
    }

    public static String label(Messages messages, String key) {
        return messages.get("field." + key + ".label");
    }

    public static String unit(Messages messages, String key) {
        return messages.get("field." + key + ".unit");
    }

    public static Tooltip tooltip(Messages messages, String key) {
        Tooltip tip = new Tooltip(messages.get("field." + key + ".tip"));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDuration(Duration.seconds(30));
        return tip;
    }

    /** Where a unit names the scenario's base currency. */
    public static final String CURRENCY = "{currency}";

    /** A unit with the currency in it: 元 in Chinese for CNY, the code otherwise. */
    public static String withCurrency(String unit, Messages messages, String currency) {
        String key = "currency.unit." + currency;
        return unit.replace(CURRENCY, messages.has(key) ? messages.get(key) : currency);
    }

    /** The width of the widest word of a text in the default font, so that a label never breaks inside one. */
    public static double longestWord(String text) {
        double widest = 0;
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        for (String word : text.split("\\s+")) {
            probe.setText(word);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest) + 2;
    }

    /**
     * A field's label that wraps only where the language allows: a Chinese label breaks between characters
     * anywhere, which cuts terms ("到货前过渡期租/赁", "电能利用效/率"). So a Chinese label up to {@code widest}
     * keeps one line; a longer one breaks before its bracketed gloss ("PUE" / "（电能利用效率）").
     */
    public static Label formLabel(Messages messages, String key, double widest) {
        String text = label(messages, key);
        Label label = new Label(text);
        label.setWrapText(true);
        if (messages.isChinese()) {
            double whole = longestWord(text);
            int bracket = text.indexOf('（');
            if (whole > widest && bracket > 0) {
                String head = text.substring(0, bracket);
                String gloss = text.substring(bracket);
                label.setText(head + "\n" + gloss);
                label.setMinWidth(Math.max(longestWord(head), longestWord(gloss)));
            } else {
                label.setMinWidth(Math.min(widest, whole));
            }
        }
        return label;
    }

    /** The editor with its unit after it and its validation message under it. */
    public static Node editor(FieldViewModel field, Messages messages, double width) {
        Control control = control(field, messages);
        control.setPrefWidth(width);
        // Never squeeze a value out of sight to make room for a long unit.
        control.setMinWidth(Math.min(width, 90));
        control.setTooltip(tooltip(messages, field.key()));
        String unitText = unit(messages, field.key());
        HBox line = new HBox(6, control);
        line.setAlignment(Pos.CENTER_LEFT);
        if (!unitText.isEmpty()) {
            Label unitLabel = new Label(unitText);
            unitLabel.getStyleClass().add("field-unit");
            if (unitText.contains(CURRENCY)) {
                // Amounts in the base currency name it ("CNY per kWh", "元/千瓦时") and follow its changes.
                unitLabel.textProperty().bind(Bindings.createStringBinding(() -> withCurrency(unitText, messages,
                        field.scenarioProperty().get().currency()), field.scenarioProperty()));
            }
            // Long units wrap under themselves rather than push the value out of sight, but only between
            // words: never narrower than the longest word ("engineer-month" stays whole).
            unitLabel.setWrapText(true);
            unitLabel.setMaxWidth(104);
            unitLabel.setMinWidth(Math.max(24, longestWord(unitLabel.getText())));
            line.getChildren().add(unitLabel);
        }
        HBox.setHgrow(control, Priority.SOMETIMES);
        Label message = new Label();
        message.getStyleClass().add("field-message");
        message.textProperty().bind(field.messageProperty());
        message.setWrapText(true);
        message.setMaxWidth(width + 80);
        message.visibleProperty().bind(Bindings.isNotEmpty(field.messageProperty()));
        message.managedProperty().bind(message.visibleProperty());
        ChangeListener<String> onMessage = (o, was, now) -> showValidity(control, now);
        showValidity(control, field.messageProperty().get());
        // The control keeps its listener alive; the ViewModel only holds it weakly, so views rebuilt on a
        // language switch can be collected.
        control.getProperties().put(ChangeListener.class, onMessage);
        field.messageProperty().addListener(new WeakChangeListener<>(onMessage));
        VBox box = new VBox(2, line, message);
        box.setUserData(field.path());
        return box;
    }

    /**
     * Draws the ViewModel's verdict on the control, never judging it itself: the invalid border, and a ControlsFX
     * validation decoration (the error mark in the control's corner, the message as its tooltip), as the design
     * card asks (issue 10 §6). An empty message removes both.
     */
    static void showValidity(Control control, String message) {
        DECORATION.removeDecorations(control);
        if (message == null || message.isEmpty()) {
            control.getStyleClass().remove("field-invalid");
            return;
        }
        if (!control.getStyleClass().contains("field-invalid")) {
            control.getStyleClass().add("field-invalid");
        }
        DECORATION.applyValidationDecoration(ValidationMessage.error(control, message));
    }

    /** Whether the control carries a validation decoration now (for tests of the drawing). */
    public static boolean isDecorated(Control control) {
        List<Decoration> decorations = Decorator.getDecorations(control);
        return decorations != null && !decorations.isEmpty();
    }

    private static final GraphicValidationDecoration DECORATION = new GraphicValidationDecoration();

    private static Control control(FieldViewModel field, Messages messages) {
        return switch (field.kind()) {
            case BOOLEAN -> checkBox(field);
            case CHOICE -> choice(field, messages);
            default -> textField(field);
        };
    }

    private static TextField textField(FieldViewModel field) {
        TextField text = new TextField();
        text.setId(idFor(field.path()));
        text.textProperty().bindBidirectional(field.textProperty());
        if (field.kind().isNumeric()) {
            text.setAlignment(Pos.CENTER_RIGHT);
        }
        if (field.kind() == FieldKind.DATE) {
            text.setPromptText("YYYY-MM-DD");
        }
        text.setOnAction(e -> field.commit());
        text.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                field.commit();
            }
        });
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.textProperty().set(field.textProperty().get());
            }
        });
        return text;
    }

    private static CheckBox checkBox(FieldViewModel field) {
        CheckBox box = new CheckBox();
        box.setId(idFor(field.path()));
        box.selectedProperty().bindBidirectional(field.checkedProperty());
        box.setOnAction(e -> field.commit());
        return box;
    }

    private static ComboBox<String> choice(FieldViewModel field, Messages messages) {
        ComboBox<String> combo = new ComboBox<>();
        combo.setId(idFor(field.path()));
        combo.getItems().setAll(field.choices());
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : messages.has("field.choice." + value)
                        ? messages.get("field.choice." + value) : value;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        combo.valueProperty().bindBidirectional(field.textProperty());
        combo.setOnAction(e -> field.commit());
        return combo;
    }

    /** A CSS id for a field path, so tests and styles can find "electricity.pricePerKwh". */
    public static String idFor(String path) {
        return "field-" + path.replaceAll("[^A-Za-z0-9]+", "-");
    }
}
