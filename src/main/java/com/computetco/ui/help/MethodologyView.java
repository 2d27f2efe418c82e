package com.computetco.ui.help;

import com.computetco.ui.help.MarkdownBlocks.Block;
import com.computetco.ui.help.MarkdownBlocks.BulletList;
import com.computetco.ui.help.MarkdownBlocks.CodeBlock;
import com.computetco.ui.help.MarkdownBlocks.Heading;
import com.computetco.ui.help.MarkdownBlocks.Paragraph;
import com.computetco.ui.help.MarkdownBlocks.Span;
import com.computetco.ui.help.MarkdownBlocks.Table;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A read-only page of help text (the methodology), drawn from {@link MarkdownBlocks} with text flows, a grid
 * for each table and monospace labels for code. The text column is at most {@link #MAX_TEXT_WIDTH} wide and
 * centred. Text keeps the platform's default font, so Chinese glyphs render; only code is set in
 * {@code monospace}. Style classes (in {@code methodology.css}): {@code help-view}, {@code help-page},
 * {@code help-h1}..{@code help-h3}, {@code help-paragraph}, {@code help-bullets}, {@code help-code},
 * {@code help-table}, {@code help-table-cell}, {@code help-table-header}, and for inline runs
 * {@code help-text} with {@code help-bold}, {@code help-italic} or {@code help-code-inline}.
 */
public final class MethodologyView extends ScrollPane {
    /** The widest the text column gets, for readable lines. */
    public static final double MAX_TEXT_WIDTH = 760;
    private static final double MIN_SIDE_PADDING = 24;
    private static final double VERTICAL_PADDING = 24;
    private static final String STYLESHEET = "methodology.css";

    private final VBox page = new VBox();

    /** The methodology page in the locale's language (Chinese for any {@code zh} locale, else English). */
    public MethodologyView(Locale locale) {
        this(MethodologyText.blocks(locale));
    }

    /** A page of already parsed blocks. */
    public MethodologyView(List<Block> blocks) {
        getStyleClass().add("help-view");
        getStylesheets().add(stylesheet());
        page.getStyleClass().add("help-page");
        for (Block block : blocks) {
            page.getChildren().add(render(block));
        }
        setContent(page);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPannable(false);
        // Centre a column of at most MAX_TEXT_WIDTH by padding, so the page keeps the viewport's width and the
        // text flows compute their heights for the width they are really given.
        viewportBoundsProperty().addListener((obs, old, bounds) -> centre(bounds.getWidth()));
        centre(0);
    }

    /** The methodology page for a locale, ready to put in a window or a tab. */
    public static Node create(Locale locale) {
        return new MethodologyView(locale);
    }

    private void centre(double viewportWidth) {
        double side = Math.max(MIN_SIDE_PADDING, (viewportWidth - MAX_TEXT_WIDTH) / 2);
        page.setPadding(new Insets(VERTICAL_PADDING, side, VERTICAL_PADDING * 1.5, side));
    }

    private static String stylesheet() {
        URL url = MethodologyView.class.getResource(STYLESHEET);
        if (url == null) {
            throw new IllegalStateException("missing stylesheet " + STYLESHEET + " beside " + MethodologyView.class);
        }
        return url.toExternalForm();
    }

    private static Node render(Block block) {
        if (block instanceof Heading heading) {
            return flow(heading.spans(), "help-h" + Math.min(heading.level(), 3));
        }
        if (block instanceof Paragraph paragraph) {
            return flow(paragraph.spans(), "help-paragraph");
        }
        if (block instanceof BulletList list) {
            return bullets(list);
        }
        if (block instanceof CodeBlock code) {
            return code(code);
        }
        if (block instanceof Table table) {
            return table(table);
        }
        throw new IllegalArgumentException("unknown block " + block);
    }

    private static TextFlow flow(List<Span> spans, String... styleClasses) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().addAll(styleClasses);
        for (Span span : spans) {
            Text text = new Text(span.text());
            text.getStyleClass().add("help-text");
            switch (span.style()) {
                case BOLD -> text.getStyleClass().add("help-bold");
                case ITALIC -> text.getStyleClass().add("help-italic");
                case CODE -> text.getStyleClass().add("help-code-inline");
                case PLAIN -> {
                    // the default style
                }
                default -> throw new IllegalArgumentException("unknown style " + span.style());
            }
            flow.getChildren().add(text);
        }
        flow.setMinHeight(Region.USE_PREF_SIZE);
        return flow;
    }

    private static Node bullets(BulletList list) {
        VBox box = new VBox();
        box.getStyleClass().add("help-bullets");
        for (List<Span> item : list.items()) {
            Label mark = new Label("\u2022");
            mark.getStyleClass().add("help-bullet-mark");
            mark.setMinWidth(Region.USE_PREF_SIZE);
            TextFlow text = flow(item, "help-bullet-text");
            HBox row = new HBox(mark, text);
            row.getStyleClass().add("help-bullet");
            HBox.setHgrow(text, Priority.ALWAYS);
            box.getChildren().add(row);
        }
        return box;
    }

    private static Node code(CodeBlock code) {
        Label label = new Label(code.code());
        label.getStyleClass().add("help-code");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Node table(Table table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("help-table");
        int columns = Math.max(1, table.columns());
        for (int c = 0; c < columns; c++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(columnPercent(columns, c));
            constraints.setFillWidth(true);
            grid.getColumnConstraints().add(constraints);
        }
        for (int c = 0; c < table.columns(); c++) {
            grid.add(cell(table.header().get(c), "help-table-header"), c, 0);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<List<Span>> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                grid.add(cell(row.get(c), r % 2 == 0 ? "help-table-row-even" : "help-table-row-odd"), c, r + 1);
            }
        }
        grid.setMinHeight(Region.USE_PREF_SIZE);
        return grid;
    }

    private static TextFlow cell(List<Span> spans, String rowClass) {
        TextFlow cell = flow(spans, "help-table-cell", rowClass);
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setMaxHeight(Double.MAX_VALUE);
        return cell;
    }

    /** Two columns read as term and explanation: a narrower first column. Otherwise equal columns. */
    static double columnPercent(int columns, int column) {
        if (columns == 2) {
            return column == 0 ? 30 : 70;
        }
        return 100.0 / columns;
    }
}
