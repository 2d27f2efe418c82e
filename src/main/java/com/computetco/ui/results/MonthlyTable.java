package com.computetco.ui.results;

import com.computetco.i18n.AmountFormat;
import java.util.List;
import java.util.Locale;

/**
 * The monthly cash flows of every option, formatted only when a cell asks: a 240-month, 50-option scenario is
 * 12,000 figures, and a virtualised table shows a few hundred of them at a time.
 */
public final class MonthlyTable {
    private static final MonthlyTable EMPTY = new MonthlyTable(List.of(), new double[0][],
            new AmountFormat(Locale.ENGLISH, false));
    private final List<String> optionLabels;
    private final double[][] flows;
    private final int months;
    private final AmountFormat format;

    /** @param flows one array per option, all of one length; kept, not copied (the caller hands them over) */
    MonthlyTable(List<String> optionLabels, double[][] flows, AmountFormat format) {
        this.optionLabels = List.copyOf(optionLabels);
        this.flows = flows;
        this.months = flows.length == 0 ? 0 : flows[0].length;
        this.format = format;
    }

    static MonthlyTable empty() {
        return EMPTY;
    }

    public int months() {
        return months;
    }

    public int optionCount() {
        return optionLabels.size();
    }

    public List<String> optionLabels() {
        return optionLabels;
    }

    public double flow(int option, int month) {
        return flows[option][month];
    }

    /** The flow of an option in a month (both zero-based), formatted in the current units. */
    public String value(int option, int month) {
        return format.amount(flows[option][month]);
    }

    /** The month's number as shown: the methodology's month index, the one "in service (month)" uses. */
    public String monthText(int month) {
        return Integer.toString(month);
    }
}
