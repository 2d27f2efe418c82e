package com.computetco.io;

import com.computetco.rules.Limits;
import com.computetco.rules.ProblemCode;
import com.computetco.rules.FieldPath;
import com.computetco.rules.NumberRange;
import com.computetco.rules.DecimalText;
import com.computetco.domain.Money;
import com.computetco.domain.OptionType;
import com.computetco.domain.PaymentEntry;
import com.computetco.domain.PaymentEvent;
import com.computetco.domain.PflopsBasis;
import com.computetco.domain.Quote;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.ServerQuote;
import com.computetco.domain.Triangular;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks one ServerQuote or RentalQuote object, wherever it sits: the root of a quote file or an option's
 * {@code quote}. The same rules therefore apply to both, reported at the paths of each.
 */
final class QuoteValidator {
    static final String SERVER = "server";
    static final String RENTAL = "rental";

    private static final int DEFAULT_ACCELERATORS = 8;
    private static final int DEFAULT_WARRANTY_MONTHS = 36;

    private final LocalDate today;

    /** @param today quotes valid until before this day get an expiry warning */
    QuoteValidator(LocalDate today) {
        this.today = today;
    }

    /**
     * The quote at {@code path}, or null after recording why not.
     *
     * @param expected the option type the quote must suit, or null when any kind will do (a quote file)
     */
    Quote validate(JsonElement element, String path, Currencies currencies, OptionType expected, ProblemLog log) {
        JsonFields fields = JsonFields.of(element, path, log);
        if (fields == null) {
            return null;
        }
        String kind = kind(fields, expected);
        if (kind == null) {
            return null;
        }
        int before = log.errorCount();
        Quote quote = SERVER.equals(kind) ? server(fields, currencies) : rental(fields, currencies);
        fields.has(QuoteProvenance.KEY); // an imported quote's origin: read by QuoteProvenance, not a quote field
        fields.warnUnknownFields();
        warnIfExpired(fields);
        return log.errorCount() > before ? null : quote;
    }

    /**
     * The kind whose rules apply, or null when none can (recorded). A kind contradicting the option's type is a
     * single error: the rest of such a quote was written for another kind, so checking it would only add noise.
     */
    private static String kind(JsonFields fields, OptionType expected) {
        String expectedKind = expected == null ? null : kindFor(expected);
        if (!fields.has("kind")) {
            fields.log().error(fields.path("kind"), ProblemCode.REQUIRED);
            return expectedKind;
        }
        if (expectedKind == null) {
            return fields.choice("kind", new String[] {SERVER, RENTAL}, k -> k, null);
        }
        String kind = fields.requiredString("kind");
        if (kind != null && !kind.equals(expectedKind)) {
            fields.log().error(fields.path("kind"), ProblemCode.QUOTE_KIND, expectedKind, expected.jsonName(),
                    FieldPath.quote(kind));
            return null;
        }
        return kind;
    }

    static String kindFor(OptionType type) {
        return type == OptionType.BUILD ? SERVER : RENTAL;
    }

    private static ServerQuote server(JsonFields f, Currencies currencies) {
        String vendor = f.requiredText("vendor");
        String model = f.requiredText("model");
        String accelerator = f.optionalString("accelerator", null);
        Integer accelerators = f.optionalInteger("acceleratorsPerServer", Limits.ACCELERATORS, DEFAULT_ACCELERATORS);
        BigDecimal peak = f.requiredNumber("peakPflopsPerServer", Limits.PEAK_PFLOPS);
        PflopsBasis basis = pflopsBasis(f);
        Money unitPrice = ValueFields.money(f, "unitPrice", true, currencies);
        BigDecimal power = f.requiredNumber("powerKwPerServer", Limits.POWER_KW);
        Triangular leadTime = ValueFields.triangular(f, "leadTimeMonths", true, Limits.LEAD_TIME);
        BigDecimal installMonths = f.optionalNumber("installMonths", NumberRange.NON_NEGATIVE, BigDecimal.ZERO);
        BigDecimal prepayment = f.optionalNumber("prepaymentPct", NumberRange.PERCENT, BigDecimal.ZERO);
        int beforeV2 = f.log().errorCount();
        Boolean includesVat = optionalFlag(f, "pricesIncludeVat");
        BigDecimal vatRate = f.optionalNumber("vatRatePct", NumberRange.PERCENT, null);
        List<PaymentEntry> schedule = paymentSchedule(f);
        if (f.has("paymentSchedule") && f.has("prepaymentPct")) {
            f.log().error(f.path("prepaymentPct"), ProblemCode.PREPAYMENT_OR_SCHEDULE);
        }
        boolean v2Valid = f.log().errorCount() == beforeV2;
        BigDecimal networking = f.optionalNumber("networkingPct", NumberRange.NON_NEGATIVE, BigDecimal.ZERO);
        Money installation = ValueFields.money(f, "installationCost", false, currencies);
        Integer warranty = f.optionalInteger("warrantyMonths", NumberRange.NON_NEGATIVE, DEFAULT_WARRANTY_MONTHS);
        BigDecimal support = f.optionalNumber("supportPctPerYear", NumberRange.NON_NEGATIVE, BigDecimal.ZERO);
        Boolean penalty = f.optionalBoolean("lateDeliveryPenalty", false);
        LocalDate quoteDate = f.optionalDate("quoteDate");
        LocalDate validUntil = f.optionalDate("validUntil");
        String source = f.optionalString("source", null);
        String reference = f.optionalString("reference", null);
        String contact = f.optionalString("contact", null);
        if (vendor == null || model == null || accelerators == null || peak == null || basis == null
                || unitPrice == null || power == null || leadTime == null || installMonths == null
                || prepayment == null || networking == null || warranty == null || support == null
                || penalty == null || !v2Valid) {
            return null;
        }
        return new ServerQuote(vendor, model, accelerator, accelerators, peak, basis, unitPrice, power, leadTime,
                installMonths, prepayment, networking, installation, warranty, support, penalty, quoteDate, validUntil,
                source, includesVat, vatRate, schedule, reference, contact);
    }

    private static RentalQuote rental(JsonFields f, Currencies currencies) {
        String provider = f.requiredText("provider");
        String accelerator = f.optionalString("accelerator", null);
        int beforePrice = f.log().errorCount();
        Money price = ValueFields.money(f, "pricePerPflopsYear", false, currencies);
        Money hourly = ValueFields.money(f, "pricePerAcceleratorHour", false, currencies);
        BigDecimal perAccelerator = f.optionalNumber("pflopsPerAccelerator", Limits.PFLOPS_PER_ACCELERATOR, null);
        checkPriceForm(f);
        Boolean includesVat = optionalFlag(f, "pricesIncludeVat");
        BigDecimal vatRate = f.optionalNumber("vatRatePct", NumberRange.PERCENT, null);
        boolean priceValid = f.log().errorCount() == beforePrice;
        PflopsBasis basis = pflopsBasis(f);
        BigDecimal priceChange = f.optionalNumber("annualPriceChangePct", Limits.PRICE_CHANGE, BigDecimal.ZERO);
        BigDecimal minimum = f.optionalNumber("minimumPflops", Limits.PFLOPS_CAPACITY, BigDecimal.ZERO);
        Triangular leadTime = ValueFields.triangular(f, "leadTimeMonths", false, Limits.LEAD_TIME);
        Money setupFee = ValueFields.money(f, "setupFee", false, currencies);
        BigDecimal voucher = f.optionalNumber("voucherPct", NumberRange.PERCENT, BigDecimal.ZERO);
        LocalDate quoteDate = f.optionalDate("quoteDate");
        LocalDate validUntil = f.optionalDate("validUntil");
        String source = f.optionalString("source", null);
        String reference = f.optionalString("reference", null);
        String contact = f.optionalString("contact", null);
        if (provider == null || !priceValid || basis == null || priceChange == null || minimum == null
                || voucher == null) {
            return null;
        }
        return new RentalQuote(provider, accelerator, price, basis, priceChange, minimum, leadTime, setupFee, voucher,
                quoteDate, validUntil, source, hourly, perAccelerator, includesVat, vatRate, reference, contact);
    }

    /**
     * Section 9: exactly one of the two prices, and pflopsPerAccelerator with (and only with) the hourly one. One
     * message per problem, at the field to change.
     */
    private static void checkPriceForm(JsonFields f) {
        boolean yearly = f.has("pricePerPflopsYear");
        boolean hourly = f.has("pricePerAcceleratorHour");
        boolean perAccelerator = f.has("pflopsPerAccelerator");
        if (!yearly && !hourly) {
            f.log().error(f.path("pricePerPflopsYear"), ProblemCode.PRICE_REQUIRED);
        } else if (yearly && hourly) {
            f.log().error(f.path("pricePerAcceleratorHour"), ProblemCode.ONE_PRICE);
        } else if (hourly && !perAccelerator) {
            f.log().error(f.path("pflopsPerAccelerator"), ProblemCode.PER_ACCELERATOR_REQUIRED);
        } else if (yearly && perAccelerator) {
            f.log().error(f.path("pflopsPerAccelerator"), ProblemCode.PER_ACCELERATOR_ONLY_HOURLY);
        }
    }

    /** A version 2 flag: null when absent, so that the file writes back as it was read. */
    private static Boolean optionalFlag(JsonFields f, String key) {
        return f.has(key) ? f.optionalBoolean(key, false) : null;
    }

    /**
     * Section 10: 1 to 10 entries {pct, at, afterMonths}, the percentages adding up to 100; null when absent or
     * invalid (recorded).
     */
    private static List<PaymentEntry> paymentSchedule(JsonFields f) {
        if (!f.has("paymentSchedule")) {
            return null;
        }
        JsonArray array = f.requiredArray("paymentSchedule");
        if (array == null) {
            return null;
        }
        String path = f.path("paymentSchedule");
        int before = f.log().errorCount();
        if (array.isEmpty() || array.size() > Limits.MAX_PAYMENTS) {
            f.log().error(path, ProblemCode.PAYMENT_COUNT, String.valueOf(Limits.MAX_PAYMENTS),
                    String.valueOf(array.size()));
        }
        List<PaymentEntry> entries = new ArrayList<>();
        for (int i = 0; i < Math.min(array.size(), Limits.MAX_PAYMENTS); i++) {
            JsonFields e = JsonFields.of(array.get(i), FieldPath.index(path, i), f.log());
            if (e == null) {
                continue;
            }
            int beforeEntry = f.log().errorCount();
            BigDecimal pct = e.requiredNumber("pct", Limits.PAYMENT_PCT);
            PaymentEvent at = e.choice("at", PaymentEvent.values(), PaymentEvent::jsonName, null);
            Integer after = e.has("afterMonths") ? e.optionalInteger("afterMonths", Limits.AFTER_MONTHS, 0) : null;
            e.warnUnknownFields();
            if (f.log().errorCount() == beforeEntry) {
                entries.add(new PaymentEntry(pct, at, after));
            }
        }
        if (f.log().errorCount() > before) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (PaymentEntry entry : entries) {
            // Rounded to 34 digits: an exact sum of 1e-999999999 and 60 would need a billion digits (the fuzzer).
            sum = sum.add(entry.pct(), java.math.MathContext.DECIMAL128);
        }
        if (sum.subtract(Limits.HUNDRED).abs().compareTo(Limits.SUM_TOLERANCE) > 0) {
            f.log().error(path, ProblemCode.PAYMENT_SUM, DecimalText.format(sum));
            return null;
        }
        return entries;
    }

    private static PflopsBasis pflopsBasis(JsonFields f) {
        return f.choice("pflopsBasis", PflopsBasis.values(), PflopsBasis::jsonName, PflopsBasis.DENSE);
    }

    /** Reads validUntil a second time on purpose: the warning is due even when other fields are wrong. */
    private void warnIfExpired(JsonFields f) {
        JsonElement element = f.get("validUntil");
        if (element == null || !element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
            return;
        }
        try {
            LocalDate validUntil = LocalDate.parse(element.getAsString());
            if (validUntil.isBefore(today)) {
                f.log().warning(f.path("validUntil"), ProblemCode.EXPIRED, validUntil.toString());
            }
        } catch (java.time.format.DateTimeParseException e) {
            // Already reported as an invalid date.
        }
    }
}
