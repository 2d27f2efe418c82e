package com.computetco.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.computetco.domain.Scenario;
import com.computetco.engine.CostComponent;
import com.computetco.engine.Evaluation;
import com.computetco.engine.OptionResult;
import com.computetco.engine.TcoEngine;
import com.computetco.i18n.AmountFormat;
import com.computetco.i18n.Messages;
import com.computetco.text.Verdict;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A rendered report read back and recomputed by a fresh POI formula evaluator (caches cleared), so that every
 * figure read from it comes from the workbook's formulas, not from the values the writer cached.
 */
final class RecomputedReport implements AutoCloseable {
    static final Clock FIXED = Clock.fixed(Instant.parse("2026-03-31T10:00:00Z"), ZoneOffset.UTC);

    final byte[] bytes;
    final XSSFWorkbook workbook;
    final Messages messages;
    private XSSFFormulaEvaluator evaluator;

    private RecomputedReport(byte[] bytes, Messages messages) {
        this.bytes = bytes;
        this.messages = messages;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * With the fixed clock a rendering is a function of the scenario and the language, so each is rendered once per
     * test JVM: the report tests read the same few scenarios dozens of times. Readers get their own workbook.
     */
    private static final Map<List<Object>, byte[]> RENDERED = new ConcurrentHashMap<>();

    static byte[] render(Scenario scenario, Messages messages) {
        return RENDERED.computeIfAbsent(List.of(scenario, messages.locale()),
                key -> new ReportWriter(FIXED).render(scenario, new TcoEngine().evaluate(scenario), messages));
    }

    /** Reads back a workbook rendered elsewhere (with a simulation, say); does not recompute yet. */
    static RecomputedReport of(byte[] bytes, Messages messages) {
        return new RecomputedReport(bytes, messages);
    }

    /** Renders in English, reads back and does not recompute yet (see {@link #recompute()}). */
    static RecomputedReport read(Scenario scenario) {
        return read(scenario, Messages.forLocale(Locale.ENGLISH));
    }

    static RecomputedReport read(Scenario scenario, Messages messages) {
        return new RecomputedReport(render(scenario, messages), messages);
    }

    /**
     * Recomputed workbooks, saved once recomputed: the values a fresh evaluator gave are then the cached ones, so a
     * second reader of the same scenario reads them without evaluating some 10,000 formulas again.
     */
    private static final Map<List<Object>, byte[]> RECOMPUTED = new ConcurrentHashMap<>();

    static RecomputedReport recomputed(Scenario scenario) {
        Messages english = Messages.forLocale(Locale.ENGLISH);
        byte[] bytes = RECOMPUTED.computeIfAbsent(List.of(scenario, english.locale()), key -> {
            try (RecomputedReport report = read(scenario, english)) {
                report.recompute();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                report.workbook.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new RecomputedReport(bytes, english);
    }

    /** Clears every cached result and evaluates every formula of the workbook afresh. */
    RecomputedReport recompute() {
        evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        evaluator.clearAllCachedResultValues();
        evaluator.evaluateAll();
        return this;
    }

    /**
     * One cell evaluated afresh with everything it depends on (caches cleared), for a test about one formula: much
     * cheaper than {@link #recompute()}, which evaluates every formula of the workbook.
     */
    Object evaluate(XSSFSheet sheet, int row, int column) {
        XSSFFormulaEvaluator fresh = workbook.getCreationHelper().createFormulaEvaluator();
        fresh.clearAllCachedResultValues();
        Cell cell = sheet.getRow(row).getCell(column);
        fresh.evaluateFormulaCell(cell);
        return value(cell);
    }

    XSSFSheet cashFlows(int option) {
        XSSFSheet sheet = workbook.getSheet(messages.format("report.sheet.cashFlows", String.valueOf(option + 1)));
        assertNotNull(sheet, "cash-flow sheet of option " + (option + 1));
        return sheet;
    }

    /** A cell's value as the workbook holds it now: a Double, a String, a Boolean, or null when empty. */
    static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> cell.getNumericCellValue();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            case BLANK -> null;
            case ERROR -> "#ERROR " + cell.getErrorCellValue() + " in " + cell.getAddress() + ": "
                    + (cell.getCellType() == CellType.FORMULA ? cell.getCellFormula() : "");
            default -> throw new IllegalStateException(String.valueOf(type));
        };
    }

    Object value(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row) == null ? null : value(sheet.getRow(row).getCell(column));
    }

    /** The cell a defined name refers to. */
    Cell named(String name) {
        Name defined = workbook.getName(name);
        assertNotNull(defined, "defined name " + name);
        CellReference ref = new AreaReference(defined.getRefersToFormula(), workbook.getSpreadsheetVersion())
                .getFirstCell();
        return workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    static void assertClose(double expected, Object actual, String what) {
        if (!(actual instanceof Double a)) {
            fail(what + ": expected " + expected + " but the cell holds " + actual);
            return;
        }
        double tolerance = Math.max(1e-9 * Math.max(Math.abs(expected), Math.abs(a)), 1e-6);
        assertEquals(expected, a, tolerance, what);
    }

    static void assertClose(Double expected, Object actual, String what, double relative) {
        if (expected == null) {
            assertEquals(CashFlowSheet.NONE, actual, what + " is undefined");
            return;
        }
        if (!(actual instanceof Double a)) {
            fail(what + ": expected " + expected + " but the cell holds " + actual);
            return;
        }
        double tolerance = Math.max(relative * Math.max(Math.abs(expected), Math.abs(a)), 1e-6);
        assertEquals(expected, a, tolerance, what);
    }

    /** Every figure of every option equals the engine's: 1e-9 relative (abs 1e-6); the IRR to {@code irrRelative}. */
    void assertMatches(Evaluation evaluation, double irrRelative) {
        for (int i = 0; i < evaluation.options().size(); i++) {
            OptionResult r = evaluation.options().get(i);
            XSSFSheet sheet = cashFlows(i);
            String id = r.id() + ": ";
            int row = ReportLayout.CF_RESULT_ROW;
            assertClose(r.totalCost(), value(sheet, row, ReportLayout.RESULT_TOTAL), id + "totalCost");
            assertClose(r.presentValue(), value(sheet, row, ReportLayout.RESULT_PRESENT_VALUE), id + "presentValue");
            assertClose(r.costPerPflopsYear(), value(sheet, row, ReportLayout.RESULT_COST_PER_PFLOPS_YEAR),
                    id + "costPerPflopsYear");
            assertClose(r.paybackMonths(), value(sheet, row, ReportLayout.RESULT_PAYBACK), id + "paybackMonths", 1e-9);
            assertClose(r.discountedPaybackMonths(), value(sheet, row, ReportLayout.RESULT_DISCOUNTED_PAYBACK),
                    id + "discountedPaybackMonths", 1e-9);
            Object irr = value(sheet, row, ReportLayout.RESULT_IRR);
            assertClose(r.irrPct(), irr instanceof Double d ? (Object) (d * 100) : irr, id + "irrPct", irrRelative);
            assertClose(r.breakEvenRentPricePerPflopsYear(), value(sheet, row, ReportLayout.RESULT_BREAK_EVEN),
                    id + "breakEven", 1e-9);
            double size = r.isBuild() ? r.servers() : r.rentedPflops();
            assertClose(size, value(sheet, ReportLayout.CF_PARAM_ROW, ReportLayout.PARAM_SIZE), id + "size");
            assertClose(r.inServiceMonth(), value(sheet, ReportLayout.CF_PARAM_ROW, ReportLayout.PARAM_IN_SERVICE),
                    id + "inServiceMonth");
            for (CostComponent c : CostComponent.values()) {
                int column = ReportLayout.COL_FIRST_COMPONENT + c.ordinal();
                assertClose(r.componentTotal(c), value(sheet, ReportLayout.CF_TOTAL_ROW, column), id + c.key());
                for (int m = 0; m < r.horizon(); m++) {
                    assertClose(r.componentMonthly(c, m), value(sheet, ReportLayout.monthRow(m), column),
                            id + c.key() + " month " + m);
                }
            }
            for (int m = 0; m < r.horizon(); m++) {
                assertClose(r.monthly(m), value(sheet, ReportLayout.monthRow(m), ReportLayout.COL_TOTAL),
                        id + "monthly " + m);
            }
        }
        // The Summary ranks by the default view: after tax where the scenario has a tax block.
        assertSummaryMatches(evaluation.afterTaxView().orElse(evaluation), irrRelative);
    }

    /**
     * Every after-tax figure of every option equals the engine's (section 13): total, present value, payback,
     * discounted payback, IRR, VAT, income tax, depreciation and each month's after-tax flow; and the break-even
     * rent as quoted (section 9).
     */
    void assertAfterTaxMatches(Evaluation evaluation, double irrRelative) {
        for (int i = 0; i < evaluation.options().size(); i++) {
            OptionResult r = evaluation.options().get(i);
            XSSFSheet sheet = cashFlows(i);
            String id = r.id() + " after tax: ";
            int row = ReportLayout.CF_RESULT_ROW;
            assertClose(r.breakEvenRentPriceAsQuoted(), value(sheet, row, ReportLayout.RESULT_BREAK_EVEN_AS_QUOTED),
                    r.id() + ": breakEvenAsQuoted", 1e-9);
            var at = r.afterTax().orElseThrow();
            assertClose(at.totalCost(), value(sheet, row, ReportLayout.RESULT_AT_TOTAL), id + "totalCost");
            assertClose(at.presentValue(), value(sheet, row, ReportLayout.RESULT_AT_PRESENT_VALUE), id + "PV");
            assertClose(at.vat(), value(sheet, row, ReportLayout.RESULT_AT_VAT), id + "vat");
            assertClose(at.incomeTax(), value(sheet, row, ReportLayout.RESULT_AT_INCOME_TAX), id + "incomeTax");
            assertClose(at.depreciation(), value(sheet, row, ReportLayout.RESULT_AT_DEPRECIATION), id + "depreciation");
            assertClose(at.paybackMonths(), value(sheet, row, ReportLayout.RESULT_AT_PAYBACK), id + "payback", 1e-9);
            assertClose(at.discountedPaybackMonths(), value(sheet, row, ReportLayout.RESULT_AT_DISCOUNTED_PAYBACK),
                    id + "discountedPayback", 1e-9);
            Object irr = value(sheet, row, ReportLayout.RESULT_AT_IRR);
            assertClose(at.irrPct(), irr instanceof Double d ? (Object) (d * 100) : irr, id + "irrPct", irrRelative);
            for (int m = 0; m < r.horizon(); m++) {
                assertClose(at.monthly(m), value(sheet, ReportLayout.monthRow(m), ReportLayout.COL_AFTER_TAX),
                        id + "month " + m);
            }
        }
    }

    /**
     * The Summary's ranking table shows the same figures (it refers to the cash-flow sheets), in the scenario's
     * order, with the rank the ranking rule gives, and the verdict sentence (a formula) reads as the window's
     * verdict of the same figures.
     */
    void assertSummaryMatches(Evaluation evaluation, double irrRelative) {
        XSSFSheet summary = workbook.getSheet(messages.get("report.sheet.summary"));
        int rows = evaluation.options().size();
        for (int k = 0; k < rows; k++) {
            int row = SummarySheet.RANK_FIRST_ROW + k;
            String label = (String) value(summary, row, SummarySheet.COL_OPTION);
            OptionResult r = evaluation.options().get(k);
            assertTrue(label.startsWith(r.label()), "row " + k + " keeps the export order: " + label);
            assertClose(r.totalCost(), value(summary, row, SummarySheet.COL_TOTAL), "summary total " + r.id());
            assertClose(r.presentValue(), value(summary, row, SummarySheet.COL_PRESENT_VALUE), "summary PV " + r.id());
            assertClose(r.paybackMonths(), value(summary, row, SummarySheet.COL_PAYBACK), "summary payback", 1e-9);
            Object irr = value(summary, row, SummarySheet.COL_IRR);
            assertClose(r.irrPct(), irr instanceof Double d ? (Object) (d * 100) : irr, "summary IRR", irrRelative);
            assertEquals((double) r.capacityGapMonths(), value(summary, row, SummarySheet.COL_CAPACITY_GAP),
                    "capacity gap of " + r.id());
            Object rank = value(summary, row, SummarySheet.COL_RANK);
            assertTrue(rank instanceof Double d && Math.abs(d - SummarySheet.rank(evaluation, k)) < 0.5
                    || rowsTie(evaluation, r), "rank of " + r.id() + ": " + rank);
        }
        String expected = new Verdict(messages, new AmountFormat(messages.locale(), messages.isChinese()))
                .describe(ReportWriter.inService(evaluation));
        Object verdict = value(summary, SummarySheet.VERDICT_ROW, 0);
        if (!expected.equals(verdict)) {
            // Figures that agree to 1e-9 may still round apart when one lies on a half (24.4999999 and 24.5000001
            // CNY): the same sentence with a number one unit apart in its last digit is the same verdict.
            assertTrue(verdict instanceof String text && sameButForRoundingAtAHalf(expected, text),
                    "the verdict follows the figures: expected <" + expected + "> but was <" + verdict + ">");
        }
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d[\\d,]*(\\.\\d+)?");

    /** The same words and numbers, but for numbers one unit apart in their last shown digit. */
    static boolean sameButForRoundingAtAHalf(String expected, String actual) {
        java.util.regex.Matcher a = NUMBER.matcher(expected);
        java.util.regex.Matcher b = NUMBER.matcher(actual);
        int fromA = 0;
        int fromB = 0;
        while (a.find()) {
            if (!b.find() || !expected.substring(fromA, a.start()).equals(actual.substring(fromB, b.start()))) {
                return false;
            }
            java.math.BigDecimal x = new java.math.BigDecimal(a.group().replace(",", ""));
            java.math.BigDecimal y = new java.math.BigDecimal(b.group().replace(",", ""));
            java.math.BigDecimal unit = java.math.BigDecimal.ONE.movePointLeft(Math.max(x.scale(), y.scale()));
            if (x.subtract(y).abs().compareTo(unit) > 0) {
                return false;
            }
            fromA = a.end();
            fromB = b.end();
        }
        return !b.find() && expected.substring(fromA).equals(actual.substring(fromB));
    }

    /**
     * Every formula's value as the writer cached it (the report as rendered for {@code scenario}) equals the value a
     * fresh evaluator computes in {@code recomputed}, and none is an error. Returns how many formulas were compared.
     */
    static int assertCachedValuesAreRecomputed(Scenario scenario, RecomputedReport recomputed) throws IOException {
        int formulas = 0;
        try (RecomputedReport cached = read(scenario)) {
            for (Sheet sheet : cached.workbook) {
                Sheet other = recomputed.workbook.getSheet(sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        formulas++;
                        Object before = value(cell);
                        Object after = value(other.getRow(cell.getRowIndex()).getCell(cell.getColumnIndex()));
                        String where = sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellFormula();
                        assertFalse(after instanceof String s && s.startsWith("#ERROR"), where + ": " + after);
                        if (after instanceof Double d) {
                            assertClose(d, before, where);
                        } else {
                            assertEquals(after, before, where);
                        }
                    }
                }
            }
        }
        return formulas;
    }

    private static boolean rowsTie(Evaluation evaluation, OptionResult r) {
        return evaluation.options().stream().anyMatch(o -> o != r
                && Math.abs(o.totalCost() - r.totalCost()) <= 1e-9 * Math.abs(r.totalCost()));
    }

    static void assertUndefined(Object value, String what) {
        assertNull(value instanceof String s && s.equals(CashFlowSheet.NONE) ? null : value, what);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
