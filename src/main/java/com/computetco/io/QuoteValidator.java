package com.computetco.io;

import com.computetco.domain.Money;
import com.computetco.domain.OptionType;
import com.computetco.domain.PflopsBasis;
import com.computetco.domain.Quote;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.ServerQuote;
import com.computetco.domain.Triangular;
import com.google.gson.JsonElement;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Checks one ServerQuote or RentalQuote object, wherever it sits: the root of a quote file or an option's
 * {@code quote}. The same rules therefore apply to both, reported at the paths of each.
 */
final class QuoteValidator {
    static final String SERVER = "server";
    static final String RENTAL = "rental";

    private static final NumberRange PEAK_PFLOPS = NumberRange.between("0.001", "10000");
    private static final NumberRange POWER_KW = NumberRange.aboveAndAtMost("0", "1000");
    private static final NumberRange LEAD_TIME = NumberRange.between("0", "60");
    private static final NumberRange ACCELERATORS = NumberRange.between("1", "1024");
    private static final NumberRange PRICE_CHANGE = NumberRange.between("-100", "100");
    private static final NumberRange PFLOPS_CAPACITY = NumberRange.between("0", "1e7");
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
            fields.log().error(fields.path("kind"), "is required");
            return expectedKind;
        }
        if (expectedKind == null) {
            return fields.choice("kind", new String[] {SERVER, RENTAL}, k -> k, null);
        }
        String kind = fields.requiredString("kind");
        if (kind != null && !kind.equals(expectedKind)) {
            fields.log().error(fields.path("kind"), "must be \"" + expectedKind + "\" for a " + expected.jsonName()
                    + " option, got " + FieldPath.quote(kind));
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
        Integer accelerators = f.optionalInteger("acceleratorsPerServer", ACCELERATORS, DEFAULT_ACCELERATORS);
        BigDecimal peak = f.requiredNumber("peakPflopsPerServer", PEAK_PFLOPS);
        PflopsBasis basis = pflopsBasis(f);
        Money unitPrice = ValueFields.money(f, "unitPrice", true, currencies);
        BigDecimal power = f.requiredNumber("powerKwPerServer", POWER_KW);
        Triangular leadTime = ValueFields.triangular(f, "leadTimeMonths", true, LEAD_TIME);
        BigDecimal installMonths = f.optionalNumber("installMonths", NumberRange.NON_NEGATIVE, BigDecimal.ZERO);
        BigDecimal prepayment = f.optionalNumber("prepaymentPct", NumberRange.PERCENT, BigDecimal.ZERO);
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
                || penalty == null) {
            return null;
        }
        return new ServerQuote(vendor, model, accelerator, accelerators, peak, basis, unitPrice, power, leadTime,
                installMonths, prepayment, networking, installation, warranty, support, penalty, quoteDate, validUntil,
                source, reference, contact);
    }

    private static RentalQuote rental(JsonFields f, Currencies currencies) {
        String provider = f.requiredText("provider");
        String accelerator = f.optionalString("accelerator", null);
        Money price = ValueFields.money(f, "pricePerPflopsYear", true, currencies);
        PflopsBasis basis = pflopsBasis(f);
        BigDecimal priceChange = f.optionalNumber("annualPriceChangePct", PRICE_CHANGE, BigDecimal.ZERO);
        BigDecimal minimum = f.optionalNumber("minimumPflops", PFLOPS_CAPACITY, BigDecimal.ZERO);
        Triangular leadTime = ValueFields.triangular(f, "leadTimeMonths", false, LEAD_TIME);
        Money setupFee = ValueFields.money(f, "setupFee", false, currencies);
        BigDecimal voucher = f.optionalNumber("voucherPct", NumberRange.PERCENT, BigDecimal.ZERO);
        LocalDate quoteDate = f.optionalDate("quoteDate");
        LocalDate validUntil = f.optionalDate("validUntil");
        String source = f.optionalString("source", null);
        String reference = f.optionalString("reference", null);
        String contact = f.optionalString("contact", null);
        if (provider == null || price == null || basis == null || priceChange == null || minimum == null
                || voucher == null) {
            return null;
        }
        return new RentalQuote(provider, accelerator, price, basis, priceChange, minimum, leadTime, setupFee, voucher,
                quoteDate, validUntil, source, reference, contact);
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
                f.log().warning(f.path("validUntil"), "quote expired on " + validUntil);
            }
        } catch (java.time.format.DateTimeParseException e) {
            // Already reported as an invalid date.
        }
    }
}
