package com.computetco.rules;

import com.computetco.domain.Electricity;
import com.computetco.domain.Financing;
import com.computetco.domain.MinMax;
import com.computetco.domain.Money;
import com.computetco.domain.Option;
import com.computetco.domain.OptionType;
import com.computetco.domain.PaymentEntry;
import com.computetco.domain.Quote;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.Retraining;
import com.computetco.domain.Scenario;
import com.computetco.domain.ServerQuote;
import com.computetco.domain.Staff;
import com.computetco.domain.SupplyRisk;
import com.computetco.domain.Tax;
import com.computetco.domain.Triangular;
import com.computetco.domain.Uncertainty;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of section 1 of the methodology stated on the domain objects: what a scenario built in memory (an
 * edit in the window, a preset applied) must satisfy, reported at the field paths a file would have
 * ({@code options[1].quote.unitPrice.currency}) and in the order its reader reports them. The JSON readers apply
 * the same {@link Limits} value by value, so that a file with a wrong type in one place still hears about a
 * value out of range in another; what only the file can get wrong (syntax, types, unknown fields, versions) stays
 * with them.
 */
public final class ScenarioRules {
    private final List<Problem> problems = new ArrayList<>();
    private final LocalDate today;

    private ScenarioRules(LocalDate today) {
        this.today = today;
    }

    /** @param today quotes valid until before this day get an expiry warning */
    public static List<Problem> check(Scenario scenario, LocalDate today) {
        ScenarioRules rules = new ScenarioRules(today);
        rules.scenario(scenario);
        return List.copyOf(rules.problems);
    }

    /** A quote on its own (a quote file): its currencies can be checked for form only, there is no base. */
    public static List<Problem> checkQuote(Quote quote, String path, LocalDate today) {
        ScenarioRules rules = new ScenarioRules(today);
        rules.quote(quote, path, null);
        return List.copyOf(rules.problems);
    }

    private void scenario(Scenario s) {
        text("name", s.name());
        text("nameZh", s.nameZh());
        boolean baseValid = currencyCode("currency", s.currency());
        Map<String, BigDecimal> rates = s.exchangeRates();
        for (Map.Entry<String, BigDecimal> e : rates.entrySet()) {
            String path = FieldPath.child("exchangeRates", e.getKey());
            if (!Limits.isCurrencyCode(e.getKey())) {
                error(path, ProblemCode.CURRENCY_CODE, FieldPath.quote(e.getKey()));
                continue;
            }
            if (range(path, Limits.EXCHANGE_RATE, e.getValue()) && e.getKey().equals(s.currency())
                    && e.getValue().compareTo(BigDecimal.ONE) != 0) {
                error(path, ProblemCode.BASE_RATE, DecimalText.format(e.getValue()));
            }
        }
        Currencies currencies = baseValid ? new Currencies(s.currency(), rates.keySet()) : null;
        range("horizonMonths", Limits.HORIZON, s.horizonMonths());
        range("discountRatePct", Limits.DISCOUNT_RATE, s.discountRatePct());
        range("demandPflops", Limits.DEMAND, s.demandPflops());
        electricity(s.electricity());
        staff(s.staff());
        range("colocationPerKwMonth", NumberRange.AMOUNT, s.colocationPerKwMonth());
        text("baselineOptionId", s.baselineOptionId());
        options(s, currencies);
        uncertainty(s.uncertainty());
        tax(s.tax());
    }

    private void electricity(Electricity e) {
        if (e == null) {
            error("electricity", ProblemCode.REQUIRED);
            return;
        }
        range("electricity.pricePerKwh", NumberRange.AMOUNT, e.pricePerKwh());
        range("electricity.pue", Limits.PUE, e.pue());
        range("electricity.loadFactorPct", NumberRange.PERCENT, e.loadFactorPct());
        range("electricity.subsidyPct", NumberRange.PERCENT, e.subsidyPct());
        range("electricity.annualPriceChangePct", Limits.PRICE_CHANGE, e.annualPriceChangePctValue());
    }

    private void staff(Staff staff) {
        if (staff == null) {
            return;
        }
        range("staff.engineers", Limits.ENGINEERS, staff.engineers());
        range("staff.monthlyCostPerEngineer", NumberRange.AMOUNT, staff.monthlyCostPerEngineer());
        range("staff.annualCostChangePct", Limits.PRICE_CHANGE, staff.annualCostChangePctValue());
    }

    private void options(Scenario s, Currencies currencies) {
        List<Option> options = s.options();
        if (options.isEmpty() || options.size() > Limits.MAX_OPTIONS) {
            error("options", ProblemCode.OPTION_COUNT, String.valueOf(Limits.MAX_OPTIONS),
                    String.valueOf(options.size()));
        }
        Map<String, String> firstPathOfId = new HashMap<>();
        Map<String, OptionType> typeOfId = new HashMap<>();
        boolean everyIdValid = true;
        int checked = Math.min(options.size(), Limits.MAX_OPTIONS);
        for (int i = 0; i < checked; i++) {
            String path = FieldPath.index("options", i);
            Option option = options.get(i);
            boolean idValid = option(option, path, currencies);
            everyIdValid &= idValid;
            if (idValid) {
                String first = firstPathOfId.putIfAbsent(option.id(), path);
                if (first != null) {
                    error(path + ".id", ProblemCode.DUPLICATE_ID, FieldPath.quote(option.id()), first);
                } else {
                    typeOfId.put(option.id(), option.type());
                }
            }
        }
        // The baseline may be the very option whose id is broken: saying it does not exist would mislead.
        if (everyIdValid && !options.isEmpty() && options.size() <= Limits.MAX_OPTIONS) {
            baseline(s.baselineOptionId(), firstPathOfId, typeOfId);
        }
    }

    private void baseline(String id, Map<String, String> firstPathOfId, Map<String, OptionType> typeOfId) {
        if (id == null || id.length() > Limits.maxLength("baselineOptionId")) {
            return;
        }
        if (!firstPathOfId.containsKey(id)) {
            error("baselineOptionId", ProblemCode.BASELINE_UNKNOWN, FieldPath.quote(id));
        } else if (typeOfId.get(id) == OptionType.BUILD) {
            error("baselineOptionId", ProblemCode.BASELINE_RENT, FieldPath.quote(id), firstPathOfId.get(id));
        }
    }

    /** Returns whether the option's id is valid, for the uniqueness and baseline rules. */
    private boolean option(Option o, String path, Currencies currencies) {
        boolean idValid = text(path + ".id", o.id());
        if (idValid && !Limits.ID.matcher(o.id()).matches()) {
            error(path + ".id", ProblemCode.ID, FieldPath.quote(o.id()));
            idValid = false;
        }
        text(path + ".label", o.label());
        text(path + ".labelZh", o.labelZh());
        boolean rent = o.type() == OptionType.RENT;
        range(path + ".efficiencyPct", Limits.EFFICIENCY, o.efficiencyPct());
        range(path + ".operationsFte", Limits.FTE, o.operationsFte());
        buildOnly(path + ".residualValuePct", rent && o.residualValuePct().signum() != 0);
        range(path + ".residualValuePct", NumberRange.PERCENT, o.residualValuePct());
        buildOnly(path + ".supplierDefaultPct", rent && o.supplierDefaultPct().signum() != 0);
        range(path + ".supplierDefaultPct", NumberRange.PERCENT, o.supplierDefaultPct());
        retraining(o.retraining(), path + ".retraining");
        buildOnly(path + ".financing", rent && o.financing() != null);
        financing(o.financing(), path + ".financing");
        buildOnly(path + ".electricitySubsidyPct", rent && o.electricitySubsidyPctValue() != null);
        range(path + ".electricitySubsidyPct", NumberRange.PERCENT, o.electricitySubsidyPctValue());
        buildOnly(path + ".supplyRisk", rent && o.supplyRisk() != null);
        supplyRisk(o.supplyRisk(), path + ".supplyRisk");
        if (o.quote() == null) {
            error(path + ".quote", ProblemCode.REQUIRED);
        } else {
            String expected = o.type() == OptionType.BUILD ? "server" : "rental";
            if (!o.quote().kind().equals(expected)) {
                error(path + ".quote.kind", ProblemCode.QUOTE_KIND, expected, o.type().jsonName(),
                        FieldPath.quote(o.quote().kind()));
            } else {
                quote(o.quote(), path + ".quote", currencies);
            }
        }
        return idValid;
    }

    private void buildOnly(String path, boolean given) {
        if (given) {
            problems.add(Problem.warning(path, ProblemCode.BUILD_ONLY));
        }
    }

    private void financing(Financing f, String path) {
        if (f == null) {
            return;
        }
        range(path + ".financedPct", Limits.FINANCED_PCT, f.financedPct());
        range(path + ".annualRatePct", Limits.BELOW_HUNDRED, f.annualRatePct());
        range(path + ".termMonths", Limits.TERM_MONTHS, f.termMonths());
        range(path + ".balloonPct", Limits.BELOW_HUNDRED, f.balloonPctValue());
    }

    private void supplyRisk(SupplyRisk r, String path) {
        if (r == null) {
            return;
        }
        range(path + ".probabilityPct", NumberRange.PERCENT, r.probabilityPct());
        minMax(path + ".extraDelayMonths", r.extraDelayMonths(), Limits.EXTRA_DELAY);
    }

    private void retraining(Retraining r, String path) {
        if (r == null) {
            return;
        }
        range(path + ".months", Limits.RETRAINING_MONTHS, r.months());
        range(path + ".productivityLossPct", NumberRange.PERCENT, r.productivityLossPct());
        minMax(path + ".monthsRange", r.monthsRange(), Limits.RETRAINING_MONTHS);
    }

    private void quote(Quote quote, String path, Currencies currencies) {
        if (quote instanceof ServerQuote q) {
            server(q, path, currencies);
        } else if (quote instanceof RentalQuote q) {
            rental(q, path, currencies);
        }
        LocalDate validUntil = quote.validUntil().orElse(null);
        if (validUntil != null && validUntil.isBefore(today)) {
            problems.add(Problem.warning(path + ".validUntil", ProblemCode.EXPIRED, validUntil.toString()));
        }
    }

    private void server(ServerQuote q, String path, Currencies currencies) {
        requiredText(path + ".vendor", q.vendor());
        requiredText(path + ".model", q.model());
        text(path + ".accelerator", q.accelerator());
        range(path + ".acceleratorsPerServer", Limits.ACCELERATORS, q.acceleratorsPerServer());
        range(path + ".peakPflopsPerServer", Limits.PEAK_PFLOPS, q.peakPflopsPerServer());
        money(path + ".unitPrice", q.unitPrice(), currencies);
        range(path + ".powerKwPerServer", Limits.POWER_KW, q.powerKwPerServer());
        triangular(path + ".leadTimeMonths", q.leadTimeMonths(), Limits.LEAD_TIME);
        range(path + ".installMonths", NumberRange.NON_NEGATIVE, q.installMonths());
        range(path + ".prepaymentPct", NumberRange.PERCENT, q.prepaymentPct());
        range(path + ".vatRatePct", NumberRange.PERCENT, q.vatRatePctValue());
        paymentSchedule(path + ".paymentSchedule", q.paymentSchedule());
        range(path + ".networkingPct", NumberRange.NON_NEGATIVE, q.networkingPct());
        money(path + ".installationCost", q.installationCost(), currencies);
        range(path + ".warrantyMonths", NumberRange.NON_NEGATIVE, q.warrantyMonths());
        range(path + ".supportPctPerYear", NumberRange.NON_NEGATIVE, q.supportPctPerYear());
        provenance(path, q.sourceValue(), q.referenceValue(), q.contactValue());
    }

    private void rental(RentalQuote q, String path, Currencies currencies) {
        requiredText(path + ".provider", q.provider());
        text(path + ".accelerator", q.accelerator());
        money(path + ".pricePerPflopsYear", q.pricePerPflopsYear(), currencies);
        money(path + ".pricePerAcceleratorHour", q.pricePerAcceleratorHour(), currencies);
        range(path + ".pflopsPerAccelerator", Limits.PFLOPS_PER_ACCELERATOR, q.pflopsPerAccelerator());
        priceForm(path, q);
        range(path + ".vatRatePct", NumberRange.PERCENT, q.vatRatePctValue());
        range(path + ".annualPriceChangePct", Limits.PRICE_CHANGE, q.annualPriceChangePct());
        range(path + ".minimumPflops", Limits.PFLOPS_CAPACITY, q.minimumPflops());
        triangular(path + ".leadTimeMonths", q.leadTimeMonths(), Limits.LEAD_TIME);
        money(path + ".setupFee", q.setupFee(), currencies);
        range(path + ".voucherPct", NumberRange.PERCENT, q.voucherPct());
        provenance(path, q.sourceValue(), q.referenceValue(), q.contactValue());
    }

    /**
     * Section 9: exactly one of the two prices, and pflopsPerAccelerator with (and only with) the hourly one. One
     * problem per mistake, at the field to change.
     */
    private void priceForm(String path, RentalQuote q) {
        boolean yearly = q.pricePerPflopsYear() != null;
        boolean hourly = q.pricePerAcceleratorHour() != null;
        boolean perAccelerator = q.pflopsPerAccelerator() != null;
        if (!yearly && !hourly) {
            error(path + ".pricePerPflopsYear", ProblemCode.PRICE_REQUIRED);
        } else if (yearly && hourly) {
            error(path + ".pricePerAcceleratorHour", ProblemCode.ONE_PRICE);
        } else if (hourly && !perAccelerator) {
            error(path + ".pflopsPerAccelerator", ProblemCode.PER_ACCELERATOR_REQUIRED);
        } else if (yearly && perAccelerator) {
            error(path + ".pflopsPerAccelerator", ProblemCode.PER_ACCELERATOR_ONLY_HOURLY);
        }
    }

    /** Section 10: 1 to 10 payments whose percentages add up to 100. */
    private void paymentSchedule(String path, List<PaymentEntry> schedule) {
        if (schedule == null) {
            return;
        }
        int before = errorCount();
        if (schedule.isEmpty() || schedule.size() > Limits.MAX_PAYMENTS) {
            error(path, ProblemCode.PAYMENT_COUNT, String.valueOf(Limits.MAX_PAYMENTS),
                    String.valueOf(schedule.size()));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < Math.min(schedule.size(), Limits.MAX_PAYMENTS); i++) {
            PaymentEntry entry = schedule.get(i);
            String entryPath = FieldPath.index(path, i);
            if (entry.pct() == null) {
                error(entryPath + ".pct", ProblemCode.REQUIRED);
                continue;
            }
            range(entryPath + ".pct", Limits.PAYMENT_PCT, entry.pct());
            if (entry.at() == null) {
                error(entryPath + ".at", ProblemCode.REQUIRED);
            }
            range(entryPath + ".afterMonths", Limits.AFTER_MONTHS, entry.afterMonthsValue());
            // Rounded to 34 digits: an exact sum of 1e-999999999 and 60 would need a billion digits.
            sum = sum.add(entry.pct(), MathContext.DECIMAL128);
        }
        if (errorCount() == before && sum.subtract(Limits.HUNDRED).abs().compareTo(Limits.SUM_TOLERANCE) > 0) {
            error(path, ProblemCode.PAYMENT_SUM, DecimalText.format(sum));
        }
    }

    private void provenance(String path, String source, String reference, String contact) {
        text(path + ".source", source);
        text(path + ".reference", reference);
        text(path + ".contact", contact);
    }

    private void uncertainty(Uncertainty u) {
        if (u == null) {
            return;
        }
        triangular("uncertainty.electricityPricePerKwh", u.electricityPricePerKwh(), NumberRange.AMOUNT);
        minMax("uncertainty.rentAnnualPriceChangePct", u.rentAnnualPriceChangePct(), Limits.PRICE_CHANGE);
    }

    private void tax(Tax t) {
        if (t == null) {
            return;
        }
        range("tax.incomeTaxRatePct", NumberRange.PERCENT, t.incomeTaxRatePct());
        range("tax.vatRecoveryLagMonths", Limits.VAT_LAG, t.vatRecoveryLagMonths());
        range("tax.electricityVatRatePct", NumberRange.PERCENT, t.electricityVatRatePct());
        range("tax.colocationVatRatePct", NumberRange.PERCENT, t.colocationVatRatePct());
        range("tax.depreciationYears", Limits.DEPRECIATION_YEARS, t.depreciationYears());
        range("tax.immediateExpensingLimit", NumberRange.AMOUNT, t.immediateExpensingLimit());
    }

    // --- values ---

    private void money(String path, Money money, Currencies currencies) {
        if (money == null) {
            return;
        }
        range(path + ".amount", NumberRange.AMOUNT, money.amount());
        if (currencyCode(path + ".currency", money.currency()) && currencies != null
                && !currencies.canConvert(money.currency())) {
            error(path + ".currency", ProblemCode.NO_RATE, FieldPath.quote(money.currency()));
        }
    }

    /** {@code min <= likely <= max}, each in {@code range}. */
    private void triangular(String path, Triangular t, NumberRange range) {
        if (t == null) {
            return;
        }
        boolean min = range(path + ".min", range, t.min());
        boolean likely = range(path + ".likely", range, t.likely());
        boolean max = range(path + ".max", range, t.max());
        notBelow(path, "likely", likely ? t.likely() : null, "min", min ? t.min() : null);
        notBelow(path, "max", max ? t.max() : null, "likely", likely ? t.likely() : null);
    }

    private void minMax(String path, MinMax m, NumberRange range) {
        if (m == null) {
            return;
        }
        boolean min = range(path + ".min", range, m.min());
        boolean max = range(path + ".max", range, m.max());
        notBelow(path, "max", max ? m.max() : null, "min", min ? m.min() : null);
    }

    private void notBelow(String path, String key, BigDecimal value, String lowerKey, BigDecimal lower) {
        if (value != null && lower != null && value.compareTo(lower) < 0) {
            error(path + "." + key, ProblemCode.NOT_BELOW, lowerKey, DecimalText.format(lower),
                    DecimalText.format(value));
        }
    }

    /** Whether the value is absent or in range; a value out of range is recorded. */
    private boolean range(String path, NumberRange range, BigDecimal value) {
        if (value == null || range.contains(value)) {
            return true;
        }
        problems.add(range.violation(path, value));
        return false;
    }

    private boolean range(String path, NumberRange range, int value) {
        return range(path, range, BigDecimal.valueOf(value));
    }

    private boolean range(String path, NumberRange range, Integer value) {
        return value == null || range(path, range, value.intValue());
    }

    private boolean currencyCode(String path, String code) {
        if (code == null) {
            error(path, ProblemCode.REQUIRED);
            return false;
        }
        if (!text(path, code)) {
            return false;
        }
        if (!Limits.isCurrencyCode(code)) {
            error(path, ProblemCode.CURRENCY_CODE, FieldPath.quote(code));
            return false;
        }
        return true;
    }

    /** A required text with something besides blanks (vendor, model, provider). */
    private void requiredText(String path, String text) {
        if (text == null) {
            error(path, ProblemCode.REQUIRED);
        } else if (text(path, text) && text.isBlank()) {
            error(path, ProblemCode.NOT_EMPTY);
        }
    }

    /** Whether an optional text is absent or short enough; a long one is recorded. */
    private boolean text(String path, String text) {
        int max = Limits.maxLength(path.substring(path.lastIndexOf('.') + 1));
        if (text != null && text.length() > max) {
            error(path, ProblemCode.TOO_LONG, String.valueOf(text.length()), String.valueOf(max));
            return false;
        }
        return true;
    }

    private void error(String path, ProblemCode code, Object... args) {
        problems.add(Problem.error(path, code, args));
    }

    private int errorCount() {
        return (int) problems.stream().filter(Problem::isError).count();
    }

    /**
     * What an amount may be priced in: the base currency or one with a rate (even an invalid rate, so that one bad
     * rate is not reported again at every amount priced in it).
     */
    private record Currencies(String base, Set<String> rated) {
        boolean canConvert(String code) {
            return base.equals(code) || rated.contains(code);
        }
    }
}
