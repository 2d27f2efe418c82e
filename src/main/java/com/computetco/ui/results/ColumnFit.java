package com.computetco.ui.results;

import java.text.BreakIterator;
import java.util.Collection;
import java.util.Locale;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The least width a column needs to show its widest figure and its heading's longest unbreakable piece whole.
 * A constrained table otherwise shares its width evenly and cuts a long amount ("43,881,...") while a short
 * one has room to spare.
 */
final class ColumnFit {
    /** Cell padding and grid lines, with a little room to spare. */
    private static final double SLACK = 10;
    private static final double HEADING_MARGIN = 1.08;
    private static final double HEADING_PADDING = 8;
    private final Text probe = new Text();
    private Font regular = Font.getDefault();
    private Font bold = Font.font(regular.getFamily(), FontWeight.BOLD, regular.getSize());

    /**
     * Measures in the table's own type size: presentation mode sets larger type, and widths measured in the
     * default size cut its figures ("50,009…") and broke its headings inside words ("Payba/ck").
     */
    void useFontSize(double size) {
        if (size > 0 && size != regular.getSize()) {
            regular = Font.font(regular.getFamily(), size);
            bold = Font.font(regular.getFamily(), FontWeight.BOLD, size);
        }
    }

    double width(Collection<String> figures, String heading, Locale locale) {
        double widest = 0;
        for (String figure : figures) {
            widest = Math.max(widest, measure(figure, regular));
        }
        // The heading label sits inside the header's padding (ColumnHeading) and its bold CJK glyphs come from a
        // fallback font a little wider than the probe's: room for both, or "盈亏平衡租金" breaks inside the term.
        double headingWidth = heading(heading, locale) * HEADING_MARGIN + HEADING_PADDING;
        return Math.max(widest, headingWidth) + SLACK * regular.getSize() / Font.getDefault().getSize();
    }

    /**
     * A heading wraps between words, and in Chinese between characters: its widest piece must fit, and it
     * should take no more than about two lines ("投产/月份", not one character a line).
     */
    private double heading(String heading, Locale locale) {
        double widest = 0;
        if (!"zh".equals(locale.getLanguage())) {
            // JavaFX wraps a label at spaces only: a hyphenated word ("Break-even") is one piece, or it is cut
            // inside a letter run ("Break-e/ven").
            for (String word : heading.split("\\s+")) {
                widest = Math.max(widest, measure(word, bold));
            }
        } else {
            BreakIterator lines = BreakIterator.getLineInstance(locale);
            lines.setText(heading);
            for (int start = lines.first(), end = lines.next(); end != BreakIterator.DONE;
                    start = end, end = lines.next()) {
                widest = Math.max(widest, measure(heading.substring(start, end).strip(), bold));
            }
            // Chinese may break between any two characters, but a term must not ("折现回/本"): each run between
            // brackets is one term and stays on one line.
            for (String term : heading.split("(?=（)|(?<=）)")) {
                widest = Math.max(widest, measure(term.strip(), bold));
            }
        }
        return Math.max(widest, measure(heading, bold) / 2);
    }

    /** Headings are bold (results.css). */
    private double measure(String text, Font font) {
        probe.setText(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }
}
