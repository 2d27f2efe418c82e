package com.computetco.ui.terms;

import com.computetco.engine.OptionSchedule;
import com.computetco.i18n.AmountFormat;
import com.computetco.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One option's month-by-month schedule as the table shows it: a heading and a column of figures per item,
 * formatted when a cell asks. Without a tax block only the pre-tax columns are there.
 */
public final class ScheduleTable {
    private static final ScheduleTable EMPTY = new ScheduleTable(List.of(), List.of(), 0,
            new AmountFormat(Locale.ENGLISH, false));
    private final List<String> headings;
    private final List<double[]> columns;
    private final int months;
    private final AmountFormat format;

    private ScheduleTable(List<String> headings, List<double[]> columns, int months, AmountFormat format) {
        this.headings = List.copyOf(headings);
        this.columns = List.copyOf(columns);
        this.months = months;
        this.format = format;
    }

    static ScheduleTable empty() {
        return EMPTY;
    }

    static ScheduleTable of(OptionSchedule s, Messages messages, AmountFormat format) {
        List<String> headings = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        add(headings, columns, messages.get("terms.table.hardware"), s.hardware());
        add(headings, columns, messages.get("terms.table.loan"), s.loan());
        add(headings, columns, messages.get("terms.table.interest"), s.interest());
        add(headings, columns, messages.get("terms.table.otherCosts"), s.otherCosts());
        add(headings, columns, messages.get("terms.table.preTax"), s.preTax());
        if (s.hasTax()) {
            add(headings, columns, messages.get("terms.table.vatPaid"), s.vatPaid());
            add(headings, columns, messages.get("terms.table.vatCredited"), s.vatCredited());
            add(headings, columns, messages.get("terms.table.depreciation"), s.depreciation());
            add(headings, columns, messages.get("terms.table.incomeTax"), s.incomeTax());
            add(headings, columns, messages.get("terms.table.afterTax"), s.afterTax());
        }
        return new ScheduleTable(headings, columns, s.horizon(), format);
    }

    private static void add(List<String> headings, List<double[]> columns, String heading, double[] values) {
        headings.add(heading);
        columns.add(values);
    }

    public List<String> headings() {
        return headings;
    }

    public int columnCount() {
        return headings.size();
    }

    /** Rows: one per month, then the totals row. */
    public int rowCount() {
        return months == 0 ? 0 : months + 1;
    }

    public int months() {
        return months;
    }

    /** The figure in a row (a month, or the totals row at index {@link #months()}). */
    public double value(int column, int row) {
        double[] values = columns.get(column);
        if (row < months) {
            return values[row];
        }
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    public String text(int column, int row) {
        double v = value(column, row);
        // A blank for nothing keeps the months that matter readable; an exact zero is nothing happening.
        return v == 0 ? "" : format.amount(v);
    }

    public boolean isTotalRow(int row) {
        return row == months;
    }
}
