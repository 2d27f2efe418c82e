package com.computetco.ui.results;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The fixed texts of the results area in the current language: headings, tab titles and axis labels. One
 * snapshot, so a language switch reaches the view as a single change.
 *
 * @param locale the language of the texts, for wrapping and measuring them
 * @param amountsNote the currency and unit the table's amounts are in
 */
public record ResultsTexts(
        Locale locale,
        Map<ResultColumn, Heading> headings,
        String amountsNote,
        String cumulativeTab,
        String breakdownTab,
        String monthlyTab,
        String monthAxis,
        String cumulativeAxis,
        String breakdownAxis,
        String monthColumn) {

    /** A column heading short enough for a narrow column, and the full name for its tooltip. */
    public record Heading(String text, String fullText) {
    }

    public ResultsTexts {
        headings = Map.copyOf(new EnumMap<>(headings));
    }

    public Heading heading(ResultColumn column) {
        return headings.get(column);
    }
}
