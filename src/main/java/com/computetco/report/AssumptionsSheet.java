package com.computetco.report;

import com.computetco.domain.Hours;
import com.computetco.domain.MinMax;
import com.computetco.domain.Scenario;
import com.computetco.domain.Tax;
import com.computetco.domain.Triangular;
import com.computetco.i18n.Messages;
import com.computetco.report.ReportStyles.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every scenario input as a labelled cell with its unit and a defined name, which the formulas of the other
 * sheets use: change one here and the whole workbook follows. Percentages are stored as fractions (8% = 0.08).
 */
final class AssumptionsSheet {
    static final String SCENARIO_NAME = "ScenarioName";
    static final String BASE_CURRENCY = "BaseCurrency";
    static final String HORIZON = "HorizonMonths";
    static final String DISCOUNT_RATE = "DiscountRatePct";
    static final String DEMAND = "DemandPflops";
    static final String BRIDGE = "BridgeWithRental";
    static final String BASELINE = "BaselineOption";
    static final String ELECTRICITY_PRICE = "ElectricityPricePerKwh";
    static final String PUE = "Pue";
    static final String LOAD_FACTOR = "LoadFactorPct";
    static final String SUBSIDY = "SubsidyPct";
    static final String ENGINEERS = "Engineers";
    static final String ENGINEER_COST = "MonthlyCostPerEngineer";
    static final String COLOCATION = "ColocationPerKwMonth";
    static final String MONTHLY_RATE = "MonthlyDiscountRate";
    static final String HOURS = "HoursPerMonth";
    // v2: escalation (section 12), always present (0 % a year by default).
    static final String ELECTRICITY_CHANGE = "ElectricityAnnualChangePct";
    static final String STAFF_CHANGE = "StaffAnnualCostChangePct";
    // v2: the tax block (section 13), only in a report of a scenario that has one.
    static final String INCOME_TAX_RATE = "IncomeTaxRatePct";
    static final String VAT_RECOVERABLE = "VatRecoverable";
    static final String VAT_LAG = "VatRecoveryLagMonths";
    static final String ELECTRICITY_VAT = "ElectricityVatRatePct";
    static final String COLOCATION_VAT = "ColocationVatRatePct";
    static final String DEPRECIATION_YEARS = "DepreciationYears";
    static final String EXPENSING_LIMIT = "ImmediateExpensingLimit";
    /** Hours in a year, the hourly rent's conversion to a yearly price (section 9). */
    static final String HOURS_PER_YEAR = "HoursPerYear";
    /** The report's date: quotes valid until before it are flagged as expired. */
    static final String REPORT_DATE = "ReportDate";

    static final int COL_LABEL = 0;
    static final int COL_VALUE = 1;
    static final int COL_UNIT = 2;
    static final int COL_NAME = 3;
    static final int COL_NOTE = 4;
    /** The register: where each input comes from. */
    static final int COL_SOURCE = 5;
    /** The note column's width: notes wrap, their rows grow to fit. */
    static final int NOTE_WIDTH = 40;

    private final SheetWriter out;
    private final ReportStyles styles;
    private final Messages text;
    private final XSSFWorkbook workbook;
    private final Scenario scenario;
    private LocalDate reportDate = LocalDate.now();
    /** Defined name to its cell's row. */
    private final Map<String, Integer> rows = new LinkedHashMap<>();
    private int row;
    private int horizonRow;
    private int firstRateRow;
    private int lastRateRow;

    AssumptionsSheet(XSSFWorkbook workbook, SheetWriter out, ReportStyles styles, Messages text, Scenario scenario) {
        this.workbook = workbook;
        this.out = out;
        this.styles = styles;
        this.text = text;
        this.scenario = scenario;
    }

    /** The date of the report, before {@link #write}. */
    AssumptionsSheet reportDate(LocalDate date) {
        this.reportDate = date;
        return this;
    }

    LocalDate reportDate() {
        return reportDate;
    }

    /** The defined name of an exchange rate: Rate_USD. */
    static String rateName(String currency) {
        return "Rate_" + currency;
    }

    void write(String baselineLabel) {
        String cur = scenario.currency();
        out.text(0, 0, text.get("report.assumptions.title"), styles.title(), false);
        out.text(1, 0, text.get("report.assumptions.note"), styles.wrapped(), false);
        out.sheet().addMergedRegion(new CellRangeAddress(1, 1, 0, COL_NOTE));
        out.row(1).setHeightInPoints(45);
        int header = 2;
        out.text(header, COL_LABEL, text.get("report.column.item"), styles.header());
        out.text(header, COL_VALUE, text.get("report.column.value"), styles.header());
        out.text(header, COL_UNIT, text.get("report.column.unit"), styles.header());
        out.text(header, COL_NAME, text.get("report.column.name"), styles.header());
        out.text(header, COL_NOTE, text.get("report.column.note"), styles.header());
        out.text(header, COL_SOURCE, text.get("report.column.source"), styles.header());
        row = header + 1;

        section("group.general");
        textItem("field.name.label", SCENARIO_NAME, scenario.name());
        textItem("field.currency.label", BASE_CURRENCY, cur);
        label("report.summary.date", "", REPORT_DATE, text.get("report.assumptions.reportDateNote"));
        out.date(row, COL_VALUE, reportDate, styles.value(Kind.DATE, true));
        define(REPORT_DATE);
        row++;
        horizonRow = row;
        number("field.horizonMonths.label", text.get("field.horizonMonths.unit"), HORIZON,
                BigDecimal.valueOf(scenario.horizonMonths()), text.get("report.assumptions.horizonNote"));
        horizonRule(horizonRow);
        percent("field.discountRatePct.label", text.get("field.discountRatePct.unit"), DISCOUNT_RATE,
                scenario.discountRatePct(), null);
        number("field.demandPflops.label", text.get("field.demandPflops.unit"), DEMAND,
                scenario.demandPflops(), null);
        label("field.bridgeWithRental.label", "", BRIDGE, text.get("report.assumptions.bridgeNote"));
        out.bool(row, COL_VALUE, scenario.bridgeWithRental(), styles.value(Kind.BOOLEAN, true));
        define(BRIDGE);
        row++;
        label("report.assumptions.baseline", "", BASELINE, text.get("report.assumptions.baselineNote"));
        out.text(row, COL_VALUE, baselineLabel, styles.value(Kind.TEXT, false));
        define(BASELINE);
        row++;

        section("group.electricity");
        money("field.electricity.pricePerKwh.label", "field.electricity.pricePerKwh.unit", ELECTRICITY_PRICE,
                scenario.electricity().pricePerKwh());
        number("field.electricity.pue.label", "", PUE, scenario.electricity().pue(), null);
        percent("field.electricity.loadFactorPct.label", "", LOAD_FACTOR, scenario.electricity().loadFactorPct(),
                null);
        percent("field.electricity.subsidyPct.label", "", SUBSIDY, scenario.electricity().subsidyPct(), null);
        percent("report.assumptions.electricityChange", text.get("report.assumptions.perYear"), ELECTRICITY_CHANGE,
                scenario.electricity().annualPriceChangePct(), text.get("report.assumptions.escalationNote"));

        section("group.staff");
        number("field.staff.engineers.label", text.get("field.staff.engineers.unit"), ENGINEERS,
                BigDecimal.valueOf(scenario.staff().engineers()), null);
        money("field.staff.monthlyCostPerEngineer.label", "field.staff.monthlyCostPerEngineer.unit", ENGINEER_COST,
                scenario.staff().monthlyCostPerEngineer());
        percent("report.assumptions.staffChange", text.get("report.assumptions.perYear"), STAFF_CHANGE,
                scenario.staff().annualCostChangePct(), text.get("report.assumptions.escalationNote"));
        money("field.colocationPerKwMonth.label", "field.colocationPerKwMonth.unit", COLOCATION,
                scenario.colocationPerKwMonth());

        scenario.taxBlock().ifPresent(this::tax);

        section("report.assumptions.rates");
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        rates.put(cur, BigDecimal.ONE);
        scenario.exchangeRates().forEach(rates::putIfAbsent);
        firstRateRow = row;
        lastRateRow = row + rates.size() - 1;
        for (Map.Entry<String, BigDecimal> rate : rates.entrySet()) {
            String name = rateName(rate.getKey());
            boolean base = rate.getKey().equals(cur);
            out.text(row, COL_LABEL, text.format("report.assumptions.rate", rate.getKey(), cur), null);
            out.number(row, COL_VALUE, rate.getValue().doubleValue(), base ? styles.value(Kind.INTEGER, false)
                    : styles.input(Kind.NUMBER, rate.getValue()), SheetWriter.NUMBER_WIDTH);
            out.text(row, COL_UNIT, text.format("report.assumptions.rateUnit", cur, rate.getKey()), null);
            out.text(row, COL_NAME, name, null);
            if (base) {
                out.text(row, COL_NOTE, text.get("report.assumptions.baseRateNote"), null);
            }
            define(name);
            row++;
        }

        int derived = row;
        section("report.assumptions.derived");
        label("report.assumptions.monthlyRate", "", MONTHLY_RATE, "(1 + DiscountRatePct)^(1/12) - 1");
        out.formula(row, COL_VALUE, "(1+" + DISCOUNT_RATE + ")^(1/12)-1", monthlyRate(scenario),
                styles.value(Kind.FACTOR, false), SheetWriter.NUMBER_WIDTH);
        define(MONTHLY_RATE);
        row++;
        label("report.assumptions.hours", text.get("report.assumptions.hoursUnit"), HOURS, null);
        out.number(row, COL_VALUE, Hours.PER_MONTH, styles.value(Kind.INTEGER, false), SheetWriter.NUMBER_WIDTH);
        define(HOURS);
        row++;
        label("report.assumptions.hoursPerYear", text.get("report.assumptions.hoursUnit"), HOURS_PER_YEAR, null);
        out.number(row, COL_VALUE, Hours.PER_YEAR, styles.value(Kind.INTEGER, false), SheetWriter.NUMBER_WIDTH);
        define(HOURS_PER_YEAR);
        row++;

        scenario.uncertaintyRanges().ifPresent(u -> {
            section("report.assumptions.uncertainty");
            u.electricityPrice().ifPresent(t -> triangular(t, cur));
            u.rentAnnualPriceChange().ifPresent(this::rentRange);
        });

        register(header + 1, derived);
        row++;
        out.text(row, COL_LABEL, text.get("report.assumptions.quoteSources"), null, false);
        row++;

        out.sheet().createFreezePane(0, header + 1);
        // Fixed widths, so that the register prints one page wide at 85 % or more; long names run over.
        out.widths(30, 14, 18, 22, NOTE_WIDTH, 16);
        out.repeatColumns(1);
        out.repeatRows(header, header);
    }

    /** Section 13's inputs, each under its defined name: change one and every after-tax figure follows. */
    private void tax(Tax tax) {
        section("report.assumptions.tax");
        percent("report.assumptions.incomeTaxRate", "", INCOME_TAX_RATE, tax.incomeTaxRatePct(), null);
        label("report.assumptions.vatRecoverable", "", VAT_RECOVERABLE, text.get("report.assumptions.vatRecoverableNote"));
        out.bool(row, COL_VALUE, tax.vatRecoverable(), styles.value(Kind.BOOLEAN, true));
        define(VAT_RECOVERABLE);
        row++;
        number("report.assumptions.vatLag", text.get("field.horizonMonths.unit"), VAT_LAG,
                BigDecimal.valueOf(tax.vatRecoveryLagMonths()), null);
        percent("report.assumptions.electricityVat", "", ELECTRICITY_VAT, tax.electricityVatRatePct(), null);
        percent("report.assumptions.colocationVat", "", COLOCATION_VAT, tax.colocationVatRatePct(), null);
        number("report.assumptions.depreciationYears", text.get("report.assumptions.years"), DEPRECIATION_YEARS,
                BigDecimal.valueOf(tax.depreciationYears()), null);
        label("report.assumptions.expensingLimit", scenario.currency(), EXPENSING_LIMIT,
                text.get("report.assumptions.expensingLimitNote"));
        out.number(row, COL_VALUE, tax.immediateExpensingLimit().doubleValue(),
                styles.input(Kind.NUMBER, tax.immediateExpensingLimit()), SheetWriter.NUMBER_WIDTH);
        define(EXPENSING_LIMIT);
        row++;
    }

    int lastRow() {
        return row - 1;
    }

    /**
     * The register column: every input's source. The scenario gives no source or date per input, so its inputs
     * name the scenario; the report date is the export's; the derived values name the methodology. Each quote's
     * source, date, valid-until, reference and contact are on the Quotes sheet, row by row.
     */
    private void register(int first, int derived) {
        String scenarioSource = text.get("report.assumptions.sourceScenario");
        for (int r = first; r < row; r++) {
            var line = out.sheet().getRow(r);
            if (line == null || line.getCell(COL_VALUE) == null) {
                continue;
            }
            String source = r == rows.getOrDefault(REPORT_DATE, -1) ? text.get("report.assumptions.sourceExport")
                    : r > derived && r <= rows.getOrDefault(HOURS, -1) ? text.get("report.assumptions.sourceDerived")
                    : scenarioSource;
            out.text(r, COL_SOURCE, source, styles.wrappedBottom(), false);
        }
    }

    /**
     * The horizon accepts only whole months from 1 to the month rows exported, with a message saying so (72 in a
     * 60-month report silently gave a wrong IRR; 36.5 was accepted). A value pasted past the check is flagged in the
     * note beside it.
     */
    private void horizonRule(int r) {
        int rows = scenario.horizonMonths();
        DataValidationHelper helper = out.sheet().getDataValidationHelper();
        DataValidation rule = helper.createValidation(helper.createIntegerConstraint(
                DataValidationConstraint.OperatorType.BETWEEN, "1", String.valueOf(rows)),
                new CellRangeAddressList(r, r, COL_VALUE, COL_VALUE));
        rule.setErrorStyle(DataValidation.ErrorStyle.STOP);
        rule.setShowErrorBox(true);
        rule.createErrorBox(text.get("report.assumptions.horizonTitle"),
                text.format("report.assumptions.horizonRule", String.valueOf(rows)));
        rule.setShowPromptBox(true);
        rule.createPromptBox(text.get("report.assumptions.horizonTitle"),
                text.format("report.assumptions.horizonRule", String.valueOf(rows)));
        out.sheet().addValidationData(rule);
        String h = ReportLayout.abs(COL_VALUE, r);
        out.formula(r, COL_NOTE, "IF(OR(" + h + "<>INT(" + h + ")," + h + "<1," + h + ">" + rows + "),"
                + VerdictFormula.literal(text.format("report.assumptions.horizonWarning", String.valueOf(rows)))
                + "," + VerdictFormula.literal(text.get("report.assumptions.horizonNote")) + ")",
                text.get("report.assumptions.horizonNote"), styles.wrapped(), 0);
    }

    /** A row tall enough for its wrapped note (POI cannot measure text; about 1.1 characters per digit width). */
    private void fitHeight(int r, String note) {
        int lines = (int) Math.ceil(SheetWriter.displayWidth(note) / (NOTE_WIDTH * 1.1));
        if (lines > 1) {
            out.row(r).setHeightInPoints(14.5f * lines);
        }
    }

    /** The exchange rates' values and defined names ("Rate_USD"), for a lookup by currency code. */
    String rateValues() {
        return ReportLayout.sheet(out.name()) + ReportLayout.column(COL_VALUE, firstRateRow, lastRateRow);
    }

    String rateNames() {
        return ReportLayout.sheet(out.name()) + ReportLayout.column(COL_NAME, firstRateRow, lastRateRow);
    }

    /** The currencies with a rate, the base first. */
    List<String> currencies() {
        List<String> codes = new ArrayList<>();
        codes.add(scenario.currency());
        scenario.exchangeRates().keySet().stream().filter(c -> !codes.contains(c)).forEach(codes::add);
        return codes;
    }

    private void triangular(Triangular t, String cur) {
        String unit = withCurrency(text.get("field.uncertainty.electricityPricePerKwh.min.unit"), cur);
        String[] keys = {"min", "likely", "max"};
        BigDecimal[] values = {t.min(), t.likely(), t.max()};
        for (int i = 0; i < 3; i++) {
            out.text(row, COL_LABEL, text.get("field.uncertainty.electricityPricePerKwh." + keys[i] + ".label"), null);
            out.number(row, COL_VALUE, values[i].doubleValue(), styles.input(Kind.NUMBER, values[i]),
                    SheetWriter.NUMBER_WIDTH);
            out.text(row, COL_UNIT, unit, null);
            row++;
        }
    }

    private void rentRange(MinMax range) {
        String[] keys = {"min", "max"};
        BigDecimal[] values = {range.min(), range.max()};
        for (int i = 0; i < 2; i++) {
            out.text(row, COL_LABEL, text.get("field.uncertainty.rentAnnualPriceChangePct." + keys[i] + ".label"),
                    null);
            out.number(row, COL_VALUE, fraction(values[i]), styles.input(Kind.PERCENT, values[i]),
                    SheetWriter.NUMBER_WIDTH);
            out.text(row, COL_UNIT, text.get("field.uncertainty.rentAnnualPriceChangePct.min.unit"), null);
            row++;
        }
    }

    /** r_m as the workbook computes it, for the cached values. */
    static double monthlyRate(Scenario scenario) {
        return Math.pow(1 + fraction(scenario.discountRatePct()), 1.0 / 12.0) - 1;
    }

    /** A percentage as Excel keeps it: 8 % is 0.08. */
    static double fraction(BigDecimal pct) {
        return pct.movePointLeft(2).doubleValue();
    }

    private void section(String key) {
        row++;
        out.text(row, COL_LABEL, text.get(key), styles.heading(), false);
        row++;
    }

    private void label(String labelKey, String unit, String name, String note) {
        out.text(row, COL_LABEL, text.get(labelKey), null);
        if (!unit.isEmpty()) {
            out.text(row, COL_UNIT, unit, null);
        }
        out.text(row, COL_NAME, name, null);
        if (note != null) {
            out.text(row, COL_NOTE, note, styles.wrapped(), false);
            fitHeight(row, note);
        }
    }

    private void textItem(String labelKey, String name, String value) {
        label(labelKey, "", name, null);
        out.text(row, COL_VALUE, value, styles.value(Kind.TEXT, false));
        define(name);
        row++;
    }

    private void number(String labelKey, String unit, String name, BigDecimal value, String note) {
        label(labelKey, unit, name, note);
        out.number(row, COL_VALUE, value.doubleValue(), styles.input(Kind.NUMBER, value), SheetWriter.NUMBER_WIDTH);
        define(name);
        row++;
    }

    private void percent(String labelKey, String unit, String name, BigDecimal pct, String note) {
        label(labelKey, unit, name, note);
        out.number(row, COL_VALUE, fraction(pct), styles.input(Kind.PERCENT, pct), SheetWriter.NUMBER_WIDTH);
        define(name);
        row++;
    }

    private void money(String labelKey, String unitKey, String name, BigDecimal value) {
        // The unit column names the currency ("CNY per kWh"): the value's format does not repeat it.
        label(labelKey, withCurrency(text.get(unitKey), scenario.currency()), name, null);
        out.number(row, COL_VALUE, value.doubleValue(), styles.input(Kind.NUMBER, value), SheetWriter.NUMBER_WIDTH);
        define(name);
        row++;
    }

    /** The window's units name the currency where it goes ("{currency} per kWh"); the workbook gives the code. */
    static String withCurrency(String unit, String currency) {
        return unit.contains("{currency}") ? unit.replace("{currency}", currency) : currency + " " + unit;
    }

    private void define(String name) {
        Name defined = workbook.createName();
        defined.setNameName(name);
        defined.setRefersToFormula(ReportLayout.sheet(out.name()) + ReportLayout.abs(COL_VALUE, row));
        rows.put(name, row);
    }

    /** The row of a defined name's cell (for tests and the summary). */
    Map<String, Integer> rows() {
        return rows;
    }
}
