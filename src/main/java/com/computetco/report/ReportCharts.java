package com.computetco.report;

import static com.computetco.report.ReportLayout.CF_FIRST_MONTH_ROW;
import static com.computetco.report.ReportLayout.COL_CUMULATIVE;
import static com.computetco.report.ReportLayout.COL_MONTH;

import com.computetco.engine.CostComponent;
import com.computetco.engine.Evaluation;
import com.computetco.i18n.Messages;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;

/**
 * The native Excel charts of the breakdown sheet: cumulative cost per option (lines, from each cash-flow sheet's
 * cumulative column) and cost breakdown by component (stacked bars, from the breakdown table). The residual value
 * (a resale, negative) is not stacked below zero, which made each bar's top overshoot the total: the bars show the
 * costs, and a marker on each bar shows the net total after resale. Made after the formulas are written, because
 * POI copies the cells' cached values into the chart's own cache.
 */
final class ReportCharts {
    static final int CHART_HEIGHT_ROWS = 24;
    /** Whole units on the value axes: no cents. */
    static final String AXIS_FORMAT = "#,##0";

    private ReportCharts() {
    }

    static void add(XSSFSheet sheet, List<CashFlowSheet> sheets, Evaluation evaluation, Messages text,
            String currency) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int top = BreakdownSheet.chartRow();
        cumulative(drawing, top, sheets, evaluation, text, currency);
        breakdown(drawing, top, sheet, evaluation, text, currency);
    }

    private static void cumulative(XSSFDrawing drawing, int top, List<CashFlowSheet> sheets, Evaluation evaluation,
            Messages text, String currency) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, 4, top + CHART_HEIGHT_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(text.get("results.tab.cumulative"));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis months = chart.createCategoryAxis(AxisPosition.BOTTOM);
        months.setTitle(text.get("results.axis.month"));
        XDDFValueAxis cost = chart.createValueAxis(AxisPosition.LEFT);
        cost.setTitle(text.get("report.chart.cost") + " (" + currency + ")");
        cost.setCrosses(AxisCrosses.AUTO_ZERO);
        cost.setCrossBetween(AxisCrossBetween.MIDPOINT_CATEGORY);
        cost.setNumberFormat(AXIS_FORMAT);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, months, cost);
        data.setVaryColors(false);
        for (int k = 0; k < sheets.size(); k++) {
            CashFlowSheet cf = sheets.get(k);
            int last = cf.lastMonthRow();
            // From arrays with the cells' address: POI's cell-range sources would evaluate every formula again.
            XDDFDataSource<Double> x = XDDFDataSourcesFactory.fromArray(months(cf.horizon()),
                    range(cf.name(), COL_MONTH, last));
            XDDFNumericalDataSource<Double> y = XDDFDataSourcesFactory.fromArray(boxed(cf.cumulative()),
                    range(cf.name(), COL_CUMULATIVE, last));
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(x, y);
            series.setTitle(evaluation.options().get(k).label(), null);
            series.setSmooth(false);
            series.setMarkerStyle(MarkerStyle.NONE);
            XDDFLineProperties line = new XDDFLineProperties(solid(k));
            line.setWidth(2.0);
            series.setLineProperties(line);
        }
        chart.plot(data);
    }

    /** Every component but the residual value is a stacked series, even where it is zero at export. */
    static boolean stacked(CostComponent c) {
        return c != CostComponent.RESIDUAL_VALUE;
    }

    private static void breakdown(XSSFDrawing drawing, int top, XSSFSheet sheet, Evaluation evaluation,
            Messages text, String currency) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 4, top, BreakdownSheet.CHART_COLUMNS,
                top + CHART_HEIGHT_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(text.get("results.tab.breakdown"));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis options = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis cost = chart.createValueAxis(AxisPosition.LEFT);
        cost.setTitle(text.get("report.chart.cost") + " (" + currency + ")");
        cost.setCrosses(AxisCrosses.AUTO_ZERO);
        cost.setCrossBetween(AxisCrossBetween.BETWEEN);
        cost.setNumberFormat(AXIS_FORMAT);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, options, cost);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.STACKED);
        data.setVaryColors(false);
        int n = evaluation.options().size();
        int firstColumn = BreakdownSheet.COL_FIRST_OPTION;
        int lastColumn = firstColumn + n - 1;
        String[] labels = evaluation.options().stream().map(o -> o.label()).toArray(String[]::new);
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromArray(labels,
                row(sheet.getSheetName(), BreakdownSheet.HEADER_ROW, firstColumn, lastColumn));
        for (CostComponent c : CostComponent.values()) {
            if (!stacked(c)) {
                continue;
            }
            int r = BreakdownSheet.componentRow(c);
            Double[] totals = evaluation.options().stream().map(o -> o.componentTotal(c)).toArray(Double[]::new);
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(totals,
                    row(sheet.getSheetName(), r, firstColumn, lastColumn));
            XDDFChartData.Series series = data.addSeries(names, values);
            series.setTitle(text.get("component." + c.key()), new CellReference(sheet.getSheetName(), r,
                    BreakdownSheet.COL_COMPONENT, true, true));
            series.setFillProperties(solid(c.ordinal()));
        }
        chart.plot(data);
        overlapFully(chart);

        // The net total after resale, as a marker on each bar (a line chart on the same axes, without the line).
        XDDFLineChartData net = (XDDFLineChartData) chart.createData(ChartTypes.LINE, options, cost);
        net.setVaryColors(false);
        int totalRow = BreakdownSheet.totalRow();
        Double[] totals = evaluation.options().stream().map(o -> o.totalCost()).toArray(Double[]::new);
        XDDFLineChartData.Series series = (XDDFLineChartData.Series) net.addSeries(names,
                XDDFDataSourcesFactory.fromArray(totals, row(sheet.getSheetName(), totalRow, firstColumn,
                        lastColumn)));
        series.setTitle(text.get("report.breakdown.netTotal"), new CellReference(sheet.getSheetName(), totalRow,
                BreakdownSheet.COL_COMPONENT, true, true));
        series.setSmooth(false);
        series.setMarkerStyle(MarkerStyle.DIAMOND);
        XDDFLineProperties none = new XDDFLineProperties(new XDDFNoFillProperties());
        series.setLineProperties(none);
        XDDFShapeProperties marker = new XDDFShapeProperties();
        marker.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] {0, 0, 0})));
        series.getCTLineSer().getMarker().setSpPr(marker.getXmlObject());
        chart.plot(net);
    }

    /** Explicit colours: LibreOffice draws series without shape properties invisibly. */
    private static final String[] PALETTE = {"4E79A7", "F28E2B", "E15759", "76B7B2", "59A14F", "EDC948", "B07AA1",
        "FF9DA7", "9C755F", "BAB0AC", "17BECF", "393B79"};

    static XDDFSolidFillProperties solid(int index) {
        String hex = PALETTE[index % PALETTE.length];
        byte[] rgb = {(byte) Integer.parseInt(hex.substring(0, 2), 16), (byte) Integer.parseInt(hex.substring(2, 4), 16),
            (byte) Integer.parseInt(hex.substring(4, 6), 16)};
        return new XDDFSolidFillProperties(XDDFColor.from(rgb));
    }

    private static String range(String sheet, int column, int lastRow) {
        return area(sheet, column, CF_FIRST_MONTH_ROW, lastRow);
    }

    private static String area(String sheet, int column, int firstRow, int lastRow) {
        return ReportLayout.sheet(sheet) + ReportLayout.column(column, firstRow, lastRow);
    }

    /** "'Breakdown'!$B$4:$E$4": one row of the breakdown table. */
    private static String row(String sheet, int row, int firstColumn, int lastColumn) {
        return ReportLayout.sheet(sheet) + ReportLayout.abs(firstColumn, row) + ":" + ReportLayout.abs(lastColumn, row);
    }

    private static Double[] months(int horizon) {
        Double[] months = new Double[horizon];
        for (int m = 0; m < horizon; m++) {
            months[m] = (double) m;
        }
        return months;
    }

    private static Double[] boxed(double[] values) {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }

    /**
     * Stacked bars need an overlap of 100%, or Excel draws each series beside the previous one. POI's setOverlap
     * needs a schema type that poi-ooxml-lite does not ship, so the element is added to the XML directly.
     */
    private static void overlapFully(XSSFChart chart) {
        if (chart.getCTChart().getPlotArea().sizeOfBarChartArray() == 0) {
            return;
        }
        String ns = "http://schemas.openxmlformats.org/drawingml/2006/chart";
        try (XmlCursor cursor = chart.getCTChart().getPlotArea().getBarChartArray(0).newCursor()) {
            if (cursor.toChild(new QName(ns, "axId"))) {
                cursor.beginElement(new QName(ns, "overlap", "c"));
                cursor.insertAttributeWithValue("val", "100");
            }
        }
    }
}
