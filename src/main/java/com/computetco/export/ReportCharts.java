package com.computetco.export;

import static com.computetco.export.ReportLayout.COL_CUMULATIVE;
import static com.computetco.export.ReportLayout.COL_MONTH;
import static com.computetco.export.ReportLayout.CF_FIRST_MONTH_ROW;

import com.computetco.engine.CostComponent;
import com.computetco.engine.Evaluation;
import com.computetco.i18n.Messages;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
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
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;

/**
 * The Summary's native Excel charts: cumulative cost per option (lines, from each cash-flow sheet's cumulative
 * column) and cost breakdown by component (stacked bars, from the Summary's breakdown table). Made after the
 * formulas are evaluated, because POI copies the cells' cached values into the chart's own cache.
 */
final class ReportCharts {
    static final int CHART_HEIGHT_ROWS = 24;

    private ReportCharts() {
    }

    static void add(XSSFSheet summary, SummarySheet table, List<CashFlowSheet> sheets,
            Evaluation evaluation, Messages text, String currency) {
        XSSFDrawing drawing = summary.createDrawingPatriarch();
        int top = table.chartRow();
        cumulative(drawing, top, sheets, table, evaluation, text, currency);
        breakdown(drawing, top, summary, table, evaluation, text, currency);
    }

    private static void cumulative(XSSFDrawing drawing, int top, List<CashFlowSheet> sheets,
            SummarySheet table, Evaluation evaluation, Messages text, String currency) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, 6, top + CHART_HEIGHT_ROWS);
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
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, months, cost);
        data.setVaryColors(false);
        int color = 0;
        for (int k : table.order()) {
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
            XDDFLineProperties line = new XDDFLineProperties(solid(color++));
            line.setWidth(2.0);
            series.setLineProperties(line);
        }
        chart.plot(data);
    }

    private static void breakdown(XSSFDrawing drawing, int top, XSSFSheet summary, SummarySheet table,
            Evaluation evaluation, Messages text, String currency) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 6, top, SummarySheet.LAST_COL + 1,
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
        XDDFChartData chartData = chart.createData(ChartTypes.BAR, options, cost);
        XDDFBarChartData data = (XDDFBarChartData) chartData;
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.STACKED);
        data.setVaryColors(false);
        int header = table.breakdownHeaderRow();
        int first = header + 1;
        int last = header + table.order().size();
        String[] labels = table.order().stream().map(i -> evaluation.options().get(i).label()).toArray(String[]::new);
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromArray(labels,
                area(summary.getSheetName(), SummarySheet.COL_OPTION, first, last));
        for (CostComponent c : CostComponent.values()) {
            boolean used = evaluation.options().stream().anyMatch(o -> o.componentTotal(c) != 0);
            if (!used) {
                continue;
            }
            int column = SummarySheet.COL_OPTION + 1 + c.ordinal();
            Double[] totals = table.order().stream().map(i -> evaluation.options().get(i).componentTotal(c))
                    .toArray(Double[]::new);
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(totals,
                    area(summary.getSheetName(), column, first, last));
            XDDFChartData.Series series = data.addSeries(names, values);
            series.setTitle(text.get("component." + c.key()), new CellReference(summary.getSheetName(), header, column,
                    true, true));
            series.setFillProperties(solid(c.ordinal()));
        }
        chart.plot(data);
        overlapFully(chart);
    }

    /** Explicit colours: LibreOffice draws series without shape properties invisibly. */
    private static final String[] PALETTE = {"4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478",
        "9E480E", "636363", "997300", "255E91", "43682B"};

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
