package com.computetco.report;

import com.computetco.domain.Option;
import com.computetco.domain.Scenario;
import com.computetco.engine.risk.Input;
import com.computetco.engine.risk.OptionStatistics;
import com.computetco.engine.risk.PaybackStatistics;
import com.computetco.engine.risk.SimulationResult;
import com.computetco.engine.risk.TornadoBar;
import com.computetco.engine.risk.TornadoResult;
import com.computetco.i18n.AmountFormat;
import com.computetco.i18n.Messages;
import com.computetco.report.ReportStyles.Kind;
import com.computetco.text.RiskTexts;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * The Risk sheet, present when a Monte Carlo run accompanies the report: the run's heading (iterations, seed, what
 * was varied), one row per option with the total cost's mean and percentiles, the probability of being the cheapest
 * and the payback distribution, the one-sentence summary; then, for every option other than the baseline, its
 * tornado against the baseline (total cost) as a table and a native horizontal bar chart.
 *
 * <p>Unlike the rest of the workbook these are values, not formulas: a note on the sheet says so, since changing an
 * assumption does not move them.
 */
final class RiskSheet {
    static final int TITLE_ROW = 0;
    static final int NOTE_ROW = 1;
    static final int ITERATIONS_ROW = 2;
    static final int SEED_ROW = 3;
    static final int VARIED_ROW = 4;
    static final int HEADER_ROW = 6;
    /** Option i of the scenario (its order) is on row FIRST_ROW + i. */
    static final int FIRST_ROW = 7;

    static final int COL_OPTION = 0;
    static final int COL_MEAN = 1;
    static final int COL_P10 = 2;
    static final int COL_P50 = 3;
    static final int COL_P90 = 4;
    static final int COL_CHEAPEST = 5;
    static final int COL_PAYBACK_P10 = 6;
    static final int COL_PAYBACK_P50 = 7;
    static final int COL_PAYBACK_P90 = 8;
    static final int COL_NEVER = 9;
    static final int LAST_COL = 9;

    /** Tornado table columns. */
    static final int T_INPUT = 0;
    static final int T_VALUE = 1;
    static final int T_LOW = 2;
    static final int T_HIGH = 3;
    static final int T_EFFECT_LOW = 4;
    static final int T_EFFECT_HIGH = 5;
    static final int T_FLIPS = 6;
    static final int T_LAST_COL = 6;

    static final int CHART_HEIGHT_ROWS = 20;
    /** Replaces {0} of a value pattern, to split it into the text before and after the number. */
    private static final String MARK = "\uE000";

    private final SheetWriter out;
    private final ReportStyles styles;
    private final Messages text;
    private final RiskTexts texts;
    private final Scenario scenario;
    private final SimulationResult simulation;
    private final List<TornadoResult> tornadoes;
    /** Per tornado: the row of its table header, and the row its chart starts on. */
    private final List<int[]> blocks = new ArrayList<>();

    /**
     * @param tornadoes the tornado of each option other than the baseline, in the scenario's order
     */
    RiskSheet(SheetWriter out, ReportStyles styles, Messages text, Scenario scenario, SimulationResult simulation,
            List<TornadoResult> tornadoes) {
        this.out = out;
        this.styles = styles;
        this.text = text;
        this.texts = new RiskTexts(text, new AmountFormat(text.locale(), false));
        this.scenario = scenario;
        this.simulation = simulation;
        this.tornadoes = List.copyOf(tornadoes);
    }

    void write() {
        heading();
        int next = options();
        for (TornadoResult tornado : tornadoes) {
            // Each sensitivity block (table, note and chart) starts a printed page of its own.
            out.sheet().setRowBreak(next - 1);
            next = tornado(tornado, next);
        }
        out.sheet().createFreezePane(0, FIRST_ROW);
        out.fitColumns(10, 40);
        charts();
    }

    private void heading() {
        out.text(TITLE_ROW, 0, text.get("report.risk.title"), styles.title(), false);
        String iterations = new AmountFormat(text.locale(), false).decimals(simulation.iterations(), 0);
        out.text(NOTE_ROW, 0, text.format("report.risk.note", iterations, String.valueOf(simulation.seed())), null,
                false);
        out.text(ITERATIONS_ROW, 0, text.get("report.risk.iterations"), styles.boldText());
        out.number(ITERATIONS_ROW, 1, simulation.iterations(), styles.format("#,##0"), SheetWriter.NUMBER_WIDTH);
        out.text(SEED_ROW, 0, text.get("report.risk.seed"), styles.boldText());
        long seed = simulation.seed();
        if (Math.abs(seed) <= (1L << 53)) {
            out.number(SEED_ROW, 1, seed, styles.value(Kind.INTEGER, false), SheetWriter.NUMBER_WIDTH);
        } else {
            // Beyond 2^53 a spreadsheet number would not hold the seed exactly.
            out.text(SEED_ROW, 1, String.valueOf(seed), styles.value(Kind.INTEGER, false), false);
        }
        out.text(VARIED_ROW, 0, text.get("report.risk.varied"), styles.wrappedBold());
        String varied = varied();
        out.text(VARIED_ROW, 1, varied, styles.wrapped(), false);
        out.sheet().addMergedRegion(new CellRangeAddress(VARIED_ROW, VARIED_ROW, 1, LAST_COL));
        out.row(VARIED_ROW).setHeightInPoints(15 * Math.max(1, Math.min(4, 1 + SheetWriter.displayWidth(varied)
                / 130)));
    }

    /** What the run varied, in words: "Electricity price; Annual rent change; Lead time of H100 cluster". */
    String varied() {
        if (simulation.variedInputs().isEmpty()) {
            return text.get("risk.simulate.noRanges");
        }
        List<String> names = new ArrayList<>();
        for (String key : simulation.variedInputs()) {
            int colon = key.indexOf(':');
            String kind = colon < 0 ? key : key.substring(0, colon);
            String messageKey = "report.risk.varied." + kind;
            if (!text.has(messageKey)) {
                names.add(key);
            } else if (colon < 0) {
                names.add(text.get(messageKey));
            } else {
                String id = key.substring(colon + 1);
                names.add(text.format(messageKey, scenario.option(id).map(Option::label).orElse(id)));
            }
        }
        return String.join(text.get("report.risk.separator"), names);
    }

    /** The option table and the summary sentence; returns the first free row after them. */
    private int options() {
        CellStyle h = styles.header();
        String[] headers = {text.get("risk.column.option"), text.get("risk.column.mean"), text.get("risk.column.p10"),
            text.get("risk.column.p50"), text.get("risk.column.p90"), text.get("risk.column.cheapest"),
            text.get("risk.column.paybackP10"), text.get("risk.column.paybackP50"),
            text.get("risk.column.paybackP90"), text.get("risk.column.neverPaysBack")};
        for (int c = 0; c < headers.length; c++) {
            out.text(HEADER_ROW, c, headers[c], h, false);
            out.widen(c, Math.min(16, SheetWriter.displayWidth(headers[c])));
        }
        out.row(HEADER_ROW).setHeightInPoints(32);
        CellStyle money = styles.value(Kind.MONEY, simulation.currency(), false);
        CellStyle percent = styles.value(Kind.PERCENT, false);
        CellStyle months = styles.value(Kind.MONTHS, false);
        List<OptionStatistics> options = simulation.options();
        for (int i = 0; i < options.size(); i++) {
            OptionStatistics o = options.get(i);
            int r = FIRST_ROW + i;
            out.text(r, COL_OPTION, o.baseline() ? text.format("risk.label.baseline", o.label()) : o.label(), null);
            out.number(r, COL_MEAN, o.mean(), money, SheetWriter.MONEY_WIDTH);
            out.number(r, COL_P10, o.p10(), money, SheetWriter.MONEY_WIDTH);
            out.number(r, COL_P50, o.p50(), money, SheetWriter.MONEY_WIDTH);
            out.number(r, COL_P90, o.p90(), money, SheetWriter.MONEY_WIDTH);
            out.number(r, COL_CHEAPEST, o.probabilityCheapest(), percent, SheetWriter.NUMBER_WIDTH);
            PaybackStatistics p = o.payback();
            months(r, COL_PAYBACK_P10, p == null ? null : p.p10(), months);
            months(r, COL_PAYBACK_P50, p == null ? null : p.p50(), months);
            months(r, COL_PAYBACK_P90, p == null ? null : p.p90(), months);
            if (p == null) {
                out.text(r, COL_NEVER, CashFlowSheet.NONE, percent, false);
            } else {
                out.number(r, COL_NEVER, p.neverShare(), percent, SheetWriter.NUMBER_WIDTH);
            }
        }
        int sentence = FIRST_ROW + options.size() + 1;
        OptionStatistics best = simulation.mostOftenCheapest();
        out.text(sentence, 0, text.format("risk.simulate.cheapest", best.label(),
                texts.percent(best.probabilityCheapest())), styles.boldText(), false);
        return sentence + 2;
    }

    private void months(int row, int column, Double value, CellStyle style) {
        if (value == null) {
            out.text(row, column, CashFlowSheet.NONE, style, false);
        } else {
            out.number(row, column, value, style, SheetWriter.NUMBER_WIDTH);
        }
    }

    /** One option's tornado table and notes from {@code top}; returns the first free row after its chart. */
    private int tornado(TornadoResult t, int top) {
        String currency = t.currency();
        out.text(top, 0, text.format("risk.tornado.heading", t.optionLabel(), t.baselineLabel(),
                text.get("risk.measure." + t.measure().key()), currency), styles.heading(), false);
        double difference = t.difference();
        AmountFormat amounts = new AmountFormat(text.locale(), false);
        out.text(top + 1, 0, text.format(difference < 0 ? "risk.tornado.cheaper" : "risk.tornado.dearer",
                t.optionLabel(), amounts.amount(Math.abs(difference)), currency, t.baselineLabel()), null, false);
        int header = top + 2;
        CellStyle h = styles.header();
        String[] headers = {text.get("risk.column.input"), text.get("risk.column.value"), text.get("risk.column.low"),
            text.get("risk.column.high"), text.get("risk.column.effectLow"), text.get("risk.column.effectHigh"),
            text.get("risk.column.flips")};
        for (int c = 0; c < headers.length; c++) {
            out.text(header, c, headers[c], h, false);
            out.widen(c, Math.min(16, SheetWriter.displayWidth(headers[c])));
        }
        CellStyle effect = styles.format(signedMoneyFormat(currency));
        boolean anyFlip = false;
        int r = header + 1;
        for (TornadoBar bar : t.bars()) {
            anyFlip |= bar.flips();
            out.text(r, T_INPUT, inputLabel(bar), null);
            CellStyle value = styles.format(valueFormat(bar.input(), currency));
            out.number(r, T_VALUE, bar.value(), value, SheetWriter.MONEY_WIDTH);
            out.number(r, T_LOW, bar.low(), value, SheetWriter.MONEY_WIDTH);
            out.number(r, T_HIGH, bar.high(), value, SheetWriter.MONEY_WIDTH);
            out.number(r, T_EFFECT_LOW, bar.effectLow(), effect, SheetWriter.MONEY_WIDTH);
            out.number(r, T_EFFECT_HIGH, bar.effectHigh(), effect, SheetWriter.MONEY_WIDTH);
            out.text(r, T_FLIPS, bar.flips() ? text.get("risk.tornado.flipMark") : "", styles.value(Kind.BOOLEAN,
                    false));
            r++;
        }
        out.text(r, 0, text.format("risk.tornado.note", t.optionLabel(), t.baselineLabel()), null, false);
        r++;
        if (anyFlip) {
            out.text(r, 0, text.get("risk.tornado.flipNote"), null, false);
            r++;
        }
        int chart = r + 1;
        blocks.add(new int[] {header, chart});
        return t.bars().isEmpty() ? chart : chart + CHART_HEIGHT_ROWS + 1;
    }

    /** The input's name, with " *" where its low and high come from the scenario's range (the note explains). */
    String inputLabel(TornadoBar bar) {
        return texts.inputName(bar.input()) + (bar.rangeGiven() ? " *" : "");
    }

    /** The number format of an input's values, with its unit as the risk texts write it: 0.450 CNY/kWh. */
    String valueFormat(Input input, String currency) {
        return switch (input.unit()) {
            case MONEY -> affixed("risk.value.money", "#,##0", currency);
            case MONEY_PER_KWH -> affixed("risk.value.perKwh", "0.000", currency);
            case MONEY_PER_PFLOPS_YEAR -> affixed("risk.value.perPflopsYear", "#,##0", currency);
            case PERCENT -> affixed("risk.value.percent", "0.0", currency);
            case MONTHS -> affixed("risk.value.months", "0.0", currency);
            case NUMBER -> "0.00";
            case PFLOPS -> affixed("risk.value.pflops", "#,##0.0", currency);
            case YEARS -> affixed("risk.value.years", "0", currency);
            case YES_NO -> "[=1]" + literal(texts.yesNo(1)) + ";" + literal(texts.yesNo(0));
        };
    }

    /** Money with its sign, without cents (the figures are thousands and more): +1,234 CNY, -1,234 CNY. */
    static String signedMoneyFormat(String currency) {
        String unit = literal(" " + currency);
        return "+#,##0" + unit + ";-#,##0" + unit + ";0" + unit;
    }

    /** The pattern's text around {0} as quoted literals about {@code number}: a "%" in quotes does not scale. */
    private String affixed(String key, String number, String currency) {
        String sample = text.format(key, MARK, currency);
        int at = sample.indexOf(MARK);
        return literal(sample.substring(0, at)) + number + literal(sample.substring(at + MARK.length()));
    }

    private static String literal(String s) {
        return s.isEmpty() ? "" : "\"" + s.replace("\"", "\\\"") + "\"";
    }

    /** One horizontal bar chart per tornado: the effects at the low and the high value, largest bar on top. */
    private void charts() {
        if (blocks.isEmpty()) {
            return;
        }
        XSSFDrawing drawing = out.sheet().createDrawingPatriarch();
        String sheet = out.name();
        for (int k = 0; k < tornadoes.size(); k++) {
            TornadoResult t = tornadoes.get(k);
            if (t.bars().isEmpty()) {
                continue;
            }
            int header = blocks.get(k)[0];
            int top = blocks.get(k)[1];
            int first = header + 1;
            int last = header + t.bars().size();
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, T_LAST_COL + 1,
                    top + CHART_HEIGHT_ROWS);
            XSSFChart chart = drawing.createChart(anchor);
            chart.setTitleText(text.format("report.risk.chartTitle", t.optionLabel(), t.baselineLabel(),
                    t.currency()));
            chart.setTitleOverlay(false);
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
            XDDFCategoryAxis inputs = chart.createCategoryAxis(AxisPosition.LEFT);
            // The largest bar on top, as tornado charts read; labels at the left edge, clear of negative bars.
            inputs.setOrientation(AxisOrientation.MAX_MIN);
            inputs.setTickLabelPosition(AxisTickLabelPosition.LOW);
            XDDFValueAxis effect = chart.createValueAxis(AxisPosition.BOTTOM);
            effect.setCrosses(AxisCrosses.MAX);
            effect.setCrossBetween(AxisCrossBetween.BETWEEN);
            effect.setNumberFormat("#,##0");
            XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, inputs, effect);
            data.setBarDirection(BarDirection.BAR);
            data.setBarGrouping(BarGrouping.CLUSTERED);
            data.setVaryColors(false);
            String[] labels = t.bars().stream().map(this::inputLabel).toArray(String[]::new);
            XDDFDataSource<String> names = XDDFDataSourcesFactory.fromArray(labels,
                    area(sheet, T_INPUT, first, last));
            series(data, names, t.bars().stream().map(TornadoBar::effectLow).toArray(Double[]::new), sheet,
                    header, T_EFFECT_LOW, 0);
            series(data, names, t.bars().stream().map(TornadoBar::effectHigh).toArray(Double[]::new), sheet,
                    header, T_EFFECT_HIGH, 1);
            chart.plot(data);
        }
    }

    private void series(XDDFBarChartData data, XDDFDataSource<String> names, Double[] values, String sheet,
            int header, int column, int color) {
        XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromArray(values,
                area(sheet, column, header + 1, header + values.length));
        XDDFChartData.Series series = data.addSeries(names, numbers);
        series.setTitle(text.get(column == T_EFFECT_LOW ? "risk.column.effectLow" : "risk.column.effectHigh"),
                new CellReference(sheet, header, column, true, true));
        series.setFillProperties(ReportCharts.solid(color));
    }

    private static String area(String sheet, int column, int firstRow, int lastRow) {
        return ReportLayout.sheet(sheet) + ReportLayout.column(column, firstRow, lastRow);
    }

    /** Per tornado, in order: the row of its table header. */
    List<Integer> tornadoHeaderRows() {
        return blocks.stream().map(b -> b[0]).toList();
    }
}
