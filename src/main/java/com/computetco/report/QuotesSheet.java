package com.computetco.report;

import static com.computetco.report.AssumptionsSheet.fraction;

import com.computetco.domain.Money;
import com.computetco.domain.Option;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.Retraining;
import com.computetco.domain.Scenario;
import com.computetco.domain.ServerQuote;
import com.computetco.domain.Triangular;
import com.computetco.i18n.Messages;
import com.computetco.report.ReportStyles.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * One row per option: its quote as entered (prices in their own currency and, by formula, in the base
 * currency) and every other option input that the cash-flow formulas use.
 */
final class QuotesSheet {
    /** The columns, in order. Labels come from the field texts of the window, or report.quotes.*. */
    enum Column {
        NUMBER, OPTION, ID, TYPE, SUPPLIER, QUOTE_DATE, VALID_UNTIL, EXPIRED, REFERENCE, SOURCE, CONTACT, MODEL,
        ACCELERATOR, PRICE, PRICE_CURRENCY, PRICE_BASE, PEAK, BASIS, KW, LEAD_MIN, LEAD_LIKELY, LEAD_MAX, PREPAYMENT,
        WARRANTY, SUPPORT, ACCELERATORS, INSTALL_MONTHS, NETWORKING, INSTALL_COST, INSTALL_CURRENCY, INSTALL_BASE, PENALTY,
        ANNUAL_CHANGE, MINIMUM, SETUP, SETUP_CURRENCY, SETUP_BASE, VOUCHER, EFFICIENCY, OPERATIONS, RESIDUAL,
        SUPPLIER_DEFAULT, RETRAINING_MONTHS, RETRAINING_LOSS, RETRAINING_MIN, RETRAINING_MAX,
        // v2 (sections 9, 3 and 11), after the version-1 columns so that those keep their places.
        VAT_INCLUDED, VAT_RATE, PRICE_NET, INSTALL_NET, SETUP_NET, PFLOPS_PER_ACCELERATOR, OPTION_SUBSIDY,
        FIN_KIND, FIN_PCT, FIN_RATE, FIN_TERM, FIN_BALLOON;

        int index() {
            return ordinal();
        }
    }

    static final int HEADER_ROW = 2;
    /** The source column's width; a longer source wraps and its row grows. */
    static final int SOURCE_WIDTH = 30;
    static final int FIRST_ROW = 3;

    /** Columns of the payment-schedule table below the options (section 10): one row per entry. */
    static final int SCHEDULE_OPTION = 0;
    static final int SCHEDULE_LABEL = 1;
    static final int SCHEDULE_PCT = 2;
    static final int SCHEDULE_AT = 3;
    static final int SCHEDULE_AFTER = 4;

    /** A build option's schedule entries: rows first .. first + count - 1 of the table. */
    record ScheduleRows(int first, int count) {
    }

    private final java.util.Map<Integer, ScheduleRows> schedules = new java.util.HashMap<>();

    private final SheetWriter out;
    private final ReportStyles styles;
    private final Messages text;
    private final Scenario scenario;

    /** The exchange rates by currency, on the Assumptions sheet: a quote's currency cell picks its rate. */
    private final AssumptionsSheet rates;

    QuotesSheet(SheetWriter out, ReportStyles styles, Messages text, Scenario scenario, AssumptionsSheet rates) {
        this.rates = rates;
        this.out = out;
        this.styles = styles;
        this.text = text;
        this.scenario = scenario;
    }

    /** An absolute reference to an option's cell, from another sheet: 'Quotes'!$L$5. */
    String ref(int option, Column column) {
        return ReportLayout.sheet(out.name()) + ReportLayout.abs(column.index(), FIRST_ROW + option);
    }

    void write() {
        out.text(0, 0, text.get("report.quotes.title"), styles.title(), false);
        out.text(1, 0, text.get("report.quotes.note"), null, false);
        for (Column c : Column.values()) {
            String label = SheetWriter.header(header(c));
            out.text(HEADER_ROW, c.index(), label, styles.header(), false);
            out.widen(c.index(), Math.min(16, SheetWriter.displayWidth(label)));
        }
        out.row(HEADER_ROW).setHeightInPoints(60);
        List<Option> options = scenario.options();
        for (int i = 0; i < options.size(); i++) {
            writeOption(i, options.get(i));
        }
        int last = FIRST_ROW + Math.max(options.size(), 1) - 1;
        DataValidationHelper helper = out.sheet().getDataValidationHelper();
        DataValidation basis = helper.createValidation(helper.createExplicitListConstraint(
                new String[] {"dense", "sparse"}), new CellRangeAddressList(FIRST_ROW, last, Column.BASIS.index(),
                Column.BASIS.index()));
        basis.setShowErrorBox(true);
        out.sheet().addValidationData(basis);
        DataValidation events = helper.createValidation(helper.createExplicitListConstraint(
                new String[] {"signing", "delivery", "acceptance"}), new CellRangeAddressList(last + 1,
                        Math.max(last + 1, scheduleTable(last + 2)), SCHEDULE_AT, SCHEDULE_AT));
        events.setShowErrorBox(true);
        out.sheet().addValidationData(events);
        // A currency cell takes only the currencies the Assumptions give a rate for; its conversion follows it.
        List<String> currencies = rates.currencies();
        for (Column currency : List.of(Column.PRICE_CURRENCY, Column.INSTALL_CURRENCY, Column.SETUP_CURRENCY)) {
            DataValidation rule = helper.createValidation(helper.createExplicitListConstraint(
                    currencies.toArray(String[]::new)), new CellRangeAddressList(FIRST_ROW, last, currency.index(),
                    currency.index()));
            rule.setShowErrorBox(true);
            rule.createErrorBox(text.get("report.quotes.currency"), text.format("report.quotes.currencyRule",
                    String.join(", ", currencies)));
            out.sheet().addValidationData(rule);
        }
        out.sheet().setAutoFilter(new CellRangeAddress(HEADER_ROW, last, 0, Column.values().length - 1));
        out.sheet().createFreezePane(Column.ID.index(), HEADER_ROW + 1);
        out.fitColumns(5, 40);
        out.width(Column.SOURCE.index(), SOURCE_WIDTH);
        out.width(Column.CONTACT.index(), 24);
        out.repeatColumns(Column.OPTION.index() + 1);
        out.repeatRows(HEADER_ROW, HEADER_ROW);
    }

    /** A build option's schedule rows in the table below the options. */
    ScheduleRows scheduleRows(int option) {
        return schedules.get(option);
    }

    /** An absolute reference to a cell of the schedule table, from another sheet. */
    String scheduleRef(int column, int row) {
        return ReportLayout.sheet(out.name()) + ReportLayout.abs(column, row);
    }

    /** The range of one column of an option's schedule entries, from another sheet. */
    String scheduleRange(int option, int column) {
        ScheduleRows rows = schedules.get(option);
        return ReportLayout.sheet(out.name()) + ReportLayout.column(column, rows.first(), rows.first() + rows.count()
                - 1);
    }

    /**
     * Every build option's payment schedule, one row per entry: the share (an input), the event and the months
     * after it. A version-1 quote's implicit schedule (the prepayment at signing, the rest at acceptance) refers to
     * the prepayment column, so editing that still works. Returns the last row written.
     */
    private int scheduleTable(int start) {
        int r = start;
        out.text(r++, 0, text.get("report.quotes.schedule"), styles.heading(), false);
        out.text(r, SCHEDULE_OPTION, "#", styles.header(), false);
        out.text(r, SCHEDULE_LABEL, text.get("field.options.label.label"), styles.header(), false);
        out.text(r, SCHEDULE_PCT, text.get("report.quotes.schedulePct"), styles.header(), false);
        out.text(r, SCHEDULE_AT, text.get("report.quotes.scheduleAt"), styles.header(), false);
        out.text(r, SCHEDULE_AFTER, text.get("report.quotes.scheduleAfter"), styles.header(), false);
        r++;
        List<Option> options = scenario.options();
        for (int i = 0; i < options.size(); i++) {
            if (!(options.get(i).quote() instanceof ServerQuote q)) {
                continue;
            }
            int first = r;
            List<com.computetco.domain.PaymentEntry> entries = q.schedule().orElse(null);
            if (entries == null) {
                String prepayment = ReportLayout.abs(Column.PREPAYMENT.index(), FIRST_ROW + i);
                double share = fraction(q.prepaymentPct());
                scheduleRow(r++, i, options.get(i).label(), prepayment, share, null, "signing", 0);
                scheduleRow(r++, i, options.get(i).label(), "1-" + prepayment, 1 - share, null, "acceptance", 0);
            } else {
                for (com.computetco.domain.PaymentEntry e : entries) {
                    scheduleRow(r++, i, options.get(i).label(), null, fraction(e.pct()), e.pct(), e.at().jsonName(),
                            e.afterMonths());
                }
            }
            schedules.put(i, new ScheduleRows(first, r - first));
        }
        return r - 1;
    }

    private void scheduleRow(int r, int option, String label, String formula, double share, BigDecimal pct,
            String at, int afterMonths) {
        out.number(r, SCHEDULE_OPTION, option + 1, styles.value(Kind.INTEGER, false), 3);
        out.text(r, SCHEDULE_LABEL, label, null);
        if (formula == null) {
            out.number(r, SCHEDULE_PCT, share, styles.input(Kind.PERCENT, pct), SheetWriter.NUMBER_WIDTH);
        } else {
            out.formula(r, SCHEDULE_PCT, formula, share, styles.value(Kind.PERCENT, false), SheetWriter.NUMBER_WIDTH);
        }
        out.text(r, SCHEDULE_AT, at, styles.value(Kind.TEXT, true));
        out.number(r, SCHEDULE_AFTER, afterMonths, styles.value(Kind.INTEGER, true), SheetWriter.NUMBER_WIDTH);
    }

    private String header(Column c) {
        String cur = scenario.currency();
        return switch (c) {
            case NUMBER -> "#";
            case OPTION -> text.get("field.options.label.label");
            case ID -> text.get("report.quotes.id");
            case TYPE -> text.get("result.type");
            case SUPPLIER -> text.get("report.quotes.supplier");
            case MODEL -> text.get("field.options.quote.model.label");
            case ACCELERATOR -> text.get("field.options.quote.accelerator.label");
            case PRICE -> text.get("report.quotes.price");
            case PRICE_CURRENCY -> text.get("report.quotes.currency");
            case PRICE_BASE -> text.format("report.quotes.inBase", text.get("report.quotes.priceShort"), cur);
            case PEAK -> field("peakPflopsPerServer");
            case BASIS -> text.get("field.options.quote.pflopsBasis.label") + " (dense / sparse)";
            case KW -> field("powerKwPerServer");
            case LEAD_MIN -> field("leadTimeMonths.min");
            case LEAD_LIKELY -> field("leadTimeMonths.likely");
            case LEAD_MAX -> field("leadTimeMonths.max");
            case PREPAYMENT -> field("prepaymentPct");
            case WARRANTY -> field("warrantyMonths");
            case SUPPORT -> field("supportPctPerYear");
            case QUOTE_DATE -> field("quoteDate");
            case VALID_UNTIL -> field("validUntil");
            case SOURCE -> field("source");
            case EXPIRED -> text.get("report.quotes.expiredHeader");
            case REFERENCE -> text.get("report.quotes.reference");
            case CONTACT -> text.get("report.quotes.contact");
            case ACCELERATORS -> field("acceleratorsPerServer");
            case INSTALL_MONTHS -> field("installMonths");
            case NETWORKING -> field("networkingPct");
            case INSTALL_COST -> field("installationCost.amount");
            case INSTALL_CURRENCY -> text.get("field.options.quote.installationCost.currency.label");
            case INSTALL_BASE -> text.format("report.quotes.inBase",
                    text.get("field.options.quote.installationCost.amount.label"), cur);
            case PENALTY -> field("lateDeliveryPenalty");
            case ANNUAL_CHANGE -> field("annualPriceChangePct");
            case MINIMUM -> field("minimumPflops");
            case SETUP -> field("setupFee.amount");
            case SETUP_CURRENCY -> text.get("field.options.quote.setupFee.currency.label");
            case SETUP_BASE -> text.format("report.quotes.inBase", text.get("field.options.quote.setupFee.amount.label"),
                    cur);
            case VOUCHER -> field("voucherPct");
            case EFFICIENCY -> option("efficiencyPct");
            case OPERATIONS -> option("operationsFte");
            case RESIDUAL -> option("residualValuePct");
            case SUPPLIER_DEFAULT -> option("supplierDefaultPct");
            case RETRAINING_MONTHS -> option("retraining.months");
            case RETRAINING_LOSS -> option("retraining.productivityLossPct");
            case RETRAINING_MIN -> option("retraining.monthsRange.min");
            case RETRAINING_MAX -> option("retraining.monthsRange.max");
            case VAT_INCLUDED -> text.get("report.quotes.vatIncluded");
            case VAT_RATE -> text.get("report.quotes.vatRate");
            case PRICE_NET -> text.format("report.quotes.net", text.get("report.quotes.priceShort"), cur);
            case INSTALL_NET -> text.format("report.quotes.net",
                    text.get("field.options.quote.installationCost.amount.label"), cur);
            case SETUP_NET -> text.format("report.quotes.net", text.get("field.options.quote.setupFee.amount.label"),
                    cur);
            case PFLOPS_PER_ACCELERATOR -> text.get("report.quotes.pflopsPerAccelerator");
            case OPTION_SUBSIDY -> text.get("report.quotes.optionSubsidy");
            case FIN_KIND -> text.get("report.quotes.financing");
            case FIN_PCT -> text.get("report.quotes.financedPct");
            case FIN_RATE -> text.get("report.quotes.loanRate");
            case FIN_TERM -> text.get("report.quotes.loanTerm");
            case FIN_BALLOON -> text.get("report.quotes.balloon");
        };
    }

    private String field(String key) {
        return labelWithUnit("field.options.quote." + key);
    }

    private String option(String key) {
        return labelWithUnit("field.options." + key);
    }

    private String labelWithUnit(String prefix) {
        String label = text.get(prefix + ".label");
        String unit = text.has(prefix + ".unit") ? text.get(prefix + ".unit") : "";
        return unit.isEmpty() || "%".equals(unit) ? label : label + " (" + unit + ")";
    }

    private void writeOption(int index, Option option) {
        int r = FIRST_ROW + index;
        out.number(r, Column.NUMBER.index(), index + 1, styles.value(Kind.INTEGER, false), 3);
        out.text(r, Column.OPTION.index(), option.label(), null);
        out.text(r, Column.ID.index(), option.id(), null);
        out.text(r, Column.TYPE.index(), text.get("option.type." + option.type().jsonName()), null);
        out.text(r, Column.SUPPLIER.index(), option.quote().supplier(), null);
        percent(r, Column.EFFICIENCY, option.efficiencyPct());
        number(r, Column.OPERATIONS, option.operationsFte(), Kind.NUMBER);
        Retraining retraining = option.retrainingPlan().orElse(Retraining.none());
        number(r, Column.RETRAINING_MONTHS, retraining.months(), Kind.MONTHS);
        percent(r, Column.RETRAINING_LOSS, retraining.productivityLossPct());
        retraining.range().ifPresent(range -> {
            out.number(r, Column.RETRAINING_MIN.index(), range.min().doubleValue(), styles.value(Kind.MONTHS, false),
                    SheetWriter.NUMBER_WIDTH);
            out.number(r, Column.RETRAINING_MAX.index(), range.max().doubleValue(), styles.value(Kind.MONTHS, false),
                    SheetWriter.NUMBER_WIDTH);
        });
        option.quote().quoteDate().ifPresent(d -> date(r, Column.QUOTE_DATE, d));
        option.quote().validUntil().ifPresent(d -> date(r, Column.VALID_UNTIL, d));
        option.quote().source().ifPresent(s -> {
            out.text(r, Column.SOURCE.index(), s, styles.wrappedBottom(), false);
            int lines = (int) Math.ceil(SheetWriter.displayWidth(s) / (SOURCE_WIDTH * 1.1));
            out.row(r).setHeightInPoints(14.5f * Math.max(1, Math.min(lines, 6)));
        });
        option.quote().reference().ifPresent(s -> out.text(r, Column.REFERENCE.index(), s, null));
        option.quote().contact().ifPresent(s -> out.text(r, Column.CONTACT.index(), s, styles.wrappedBottom(), false));
        // Flagged as the window flags it: valid until a day before the report date (a reviewer may change that date
        // on the Assumptions sheet to check the quotes on another day).
        String until = ReportLayout.ref(Column.VALID_UNTIL.index(), r);
        LocalDate reportDate = rates.reportDate();
        out.formula(r, Column.EXPIRED.index(), "IF(AND(ISNUMBER(" + until + ")," + until + "<"
                + AssumptionsSheet.REPORT_DATE + ")," + VerdictFormula.literal(text.get("report.quotes.expired"))
                + ",\"\")", option.quote().isExpiredOn(reportDate) ? text.get("report.quotes.expired") : "",
                styles.warning(), 8);

        if (option.quote() instanceof ServerQuote q) {
            out.text(r, Column.MODEL.index(), q.model(), null);
            q.acceleratorName().ifPresent(a -> out.text(r, Column.ACCELERATOR.index(), a, null));
            money(r, Column.PRICE, Column.PRICE_CURRENCY, Column.PRICE_BASE, q.unitPrice());
            number(r, Column.PEAK, q.peakPflopsPerServer(), Kind.NUMBER);
            out.text(r, Column.BASIS.index(), q.pflopsBasis().jsonName(), styles.value(Kind.TEXT, true));
            number(r, Column.KW, q.powerKwPerServer(), Kind.NUMBER);
            lead(r, q.leadTimeMonths());
            percent(r, Column.PREPAYMENT, q.prepaymentPct());
            out.number(r, Column.WARRANTY.index(), q.warrantyMonths(), styles.value(Kind.INTEGER, true),
                    SheetWriter.NUMBER_WIDTH);
            percent(r, Column.SUPPORT, q.supportPctPerYear());
            out.number(r, Column.ACCELERATORS.index(), q.acceleratorsPerServer(), styles.value(Kind.INTEGER, false),
                    SheetWriter.NUMBER_WIDTH);
            number(r, Column.INSTALL_MONTHS, q.installMonths(), Kind.MONTHS);
            percent(r, Column.NETWORKING, q.networkingPct());
            money(r, Column.INSTALL_COST, Column.INSTALL_CURRENCY, Column.INSTALL_BASE,
                    q.installationCostMoney().orElse(Money.zero(scenario.currency())));
            out.bool(r, Column.PENALTY.index(), q.lateDeliveryPenalty(), styles.value(Kind.BOOLEAN, false));
            percent(r, Column.RESIDUAL, option.residualValuePct());
            percent(r, Column.SUPPLIER_DEFAULT, option.supplierDefaultPct());
            vat(r, q.pricesIncludeVat(), q.vatRatePct());
            net(r, Column.PRICE_BASE, Column.PRICE_NET, q.unitPrice().inBase(scenario.rates()),
                    q.pricesIncludeVat(), q.vatRatePct());
            net(r, Column.INSTALL_BASE, Column.INSTALL_NET,
                    q.installationCostMoney().orElse(Money.zero(scenario.currency())).inBase(scenario.rates()),
                    q.pricesIncludeVat(),
                    q.vatRatePct());
            if (option.electricitySubsidyPctValue() != null) {
                percent(r, Column.OPTION_SUBSIDY, option.electricitySubsidyPctValue());
            } else {
                // The scenario's subsidy, by formula: changing it on the Assumptions sheet still reaches this option.
                out.formula(r, Column.OPTION_SUBSIDY.index(), AssumptionsSheet.SUBSIDY,
                        fraction(scenario.electricity().subsidyPct()), styles.value(Kind.PERCENT, false),
                        SheetWriter.NUMBER_WIDTH);
            }
            option.financingPlan().ifPresent(f -> {
                out.text(r, Column.FIN_KIND.index(), text.get("report.quotes.financing." + f.kind().name()), null);
                percent(r, Column.FIN_PCT, f.financedPct());
                percent(r, Column.FIN_RATE, f.annualRatePct());
                out.number(r, Column.FIN_TERM.index(), f.termMonths(), styles.value(Kind.INTEGER, true),
                        SheetWriter.NUMBER_WIDTH);
                percent(r, Column.FIN_BALLOON, f.balloonPct());
            });
        } else {
            RentalQuote q = (RentalQuote) option.quote();
            q.acceleratorName().ifPresent(a -> out.text(r, Column.ACCELERATOR.index(), a, null));
            money(r, Column.PRICE, Column.PRICE_CURRENCY, Column.PRICE_BASE, q.quotedPrice());
            out.text(r, Column.BASIS.index(), q.pflopsBasis().jsonName(), styles.value(Kind.TEXT, true));
            lead(r, q.leadTime().orElse(Triangular.point(BigDecimal.ZERO)));
            percent(r, Column.ANNUAL_CHANGE, q.annualPriceChangePct());
            number(r, Column.MINIMUM, q.minimumPflops(), Kind.NUMBER);
            money(r, Column.SETUP, Column.SETUP_CURRENCY, Column.SETUP_BASE,
                    q.setupFeeMoney().orElse(Money.zero(scenario.currency())));
            percent(r, Column.VOUCHER, q.voucherPct());
            vat(r, q.pricesIncludeVat(), q.vatRatePct());
            net(r, Column.PRICE_BASE, Column.PRICE_NET, q.quotedPrice().inBase(scenario.rates()),
                    q.pricesIncludeVat(), q.vatRatePct());
            net(r, Column.SETUP_BASE, Column.SETUP_NET,
                    q.setupFeeMoney().orElse(Money.zero(scenario.currency())).inBase(scenario.rates()),
                    q.pricesIncludeVat(), q.vatRatePct());
            if (q.hourly()) {
                number(r, Column.PFLOPS_PER_ACCELERATOR, q.pflopsPerAccelerator(), Kind.NUMBER);
            }
        }
    }

    private void vat(int r, boolean included, BigDecimal rate) {
        out.bool(r, Column.VAT_INCLUDED.index(), included, styles.value(Kind.BOOLEAN, true));
        percent(r, Column.VAT_RATE, rate);
    }

    /** Section 9: an amount in the base currency net of VAT, amount / (1 + rate) where the quote includes VAT. */
    private void net(int r, Column base, Column net, double inBase, boolean included, BigDecimal rate) {
        out.formula(r, net.index(), ReportLayout.ref(base.index(), r) + "/IF(" + ReportLayout.ref(
                Column.VAT_INCLUDED.index(), r) + ",1+" + ReportLayout.ref(Column.VAT_RATE.index(), r) + ",1)",
                included ? inBase / (1 + fraction(rate)) : inBase, styles.value(Kind.AMOUNT, false),
                SheetWriter.MONEY_WIDTH);
    }

    private void lead(int r, Triangular lead) {
        number(r, Column.LEAD_MIN, lead.min(), Kind.MONTHS);
        number(r, Column.LEAD_LIKELY, lead.likely(), Kind.MONTHS);
        number(r, Column.LEAD_MAX, lead.max(), Kind.MONTHS);
    }

    private void number(int r, Column c, BigDecimal value, Kind kind) {
        out.number(r, c.index(), value.doubleValue(), styles.input(kind, value), SheetWriter.NUMBER_WIDTH);
    }

    private void percent(int r, Column c, BigDecimal pct) {
        out.number(r, c.index(), fraction(pct), styles.input(Kind.PERCENT, pct), SheetWriter.NUMBER_WIDTH);
    }

    private void date(int r, Column c, LocalDate day) {
        out.date(r, c.index(), day, styles.value(Kind.DATE, false));
    }

    /** The amount in its own currency (an input) and, by formula, in the base currency: amount × Rate_XXX. */
    private void money(int r, Column amount, Column currency, Column base, Money money) {
        // The next column names the currency, and the header of the converted one the base currency.
        out.number(r, amount.index(), money.amount().doubleValue(), styles.input(Kind.NUMBER, money.amount()),
                SheetWriter.MONEY_WIDTH);
        out.text(r, currency.index(), money.currency(), styles.value(Kind.TEXT, true));
        // The rate named by the currency cell: changing "USD" to "CNY" changes the conversion (or shows #N/A for a
        // currency without a rate), rather than a fixed Rate_USD that ignored the cell.
        out.formula(r, base.index(), ReportLayout.ref(amount.index(), r) + "*INDEX(" + rates.rateValues() + ",MATCH(\""
                + "Rate_\"&" + ReportLayout.ref(currency.index(), r) + "," + rates.rateNames() + ",0))",
                money.inBase(scenario.rates()), styles.value(Kind.AMOUNT, false), SheetWriter.MONEY_WIDTH);
    }
}
