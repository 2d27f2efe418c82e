package com.computetco.ui.comparison;

import com.computetco.domain.Quote;
import com.computetco.io.QuoteReader;
import com.computetco.io.ReadResult;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The quote a new option starts from (New option…): every field present, with the reference figures' typical
 * values for the platform, in the scenario's currency, dated today and valid for three months. The user then
 * types the vendor's figures over them in the new column; the file reader checks the template as it checks a file.
 */
public final class QuoteTemplates {
    /** The kinds of quote a new option can start from. */
    public enum Kind {
        NVIDIA_SERVER, ASCEND_SERVER, RENTAL, ASCEND_RENTAL
    }

    private QuoteTemplates() {
    }

    public static Quote of(Kind kind, String name, String currency, LocalDate today) {
        String json = switch (kind) {
            case NVIDIA_SERVER -> server(name, "NVIDIA HGX H100", "H100 SXM5", "7.9", "2700000", "10.2", "2", "4", "8",
                    currency, today);
            case ASCEND_SERVER -> server(name, "Atlas 800T A2", "Ascend 910B", "2.8", "1650000", "5.5", "2", "2", "3",
                    currency, today);
            case RENTAL -> rental(name, "H800", currency, today);
            case ASCEND_RENTAL -> rental(name, "Ascend 910B", currency, today);
        };
        // Read as of TODAY, the day the template is dated: the check depends on nothing but the arguments.
        Clock asOfToday = Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        ReadResult<Quote> read = new QuoteReader(asOfToday).read(json.getBytes(StandardCharsets.UTF_8));
        if (!read.isValid()) {
            throw new IllegalStateException("quote template " + kind + " is invalid: " + read.problems());
        }
        return read.value();
    }

    private static String server(String vendor, String model, String accelerator, String pflops, String price,
            String kw, String leadMin, String leadLikely, String leadMax, String currency, LocalDate today) {
        return """
                {"kind": "server", "vendor": %s, "model": %s, "accelerator": %s, "acceleratorsPerServer": 8,
                 "peakPflopsPerServer": %s, "pflopsBasis": "dense", "unitPrice": {"amount": %s, "currency": %s},
                 "powerKwPerServer": %s, "leadTimeMonths": {"min": %s, "likely": %s, "max": %s},
                 "installMonths": 0.5, "prepaymentPct": 30, "networkingPct": 10, "warrantyMonths": 36,
                 "supportPctPerYear": 8, "lateDeliveryPenalty": false, "quoteDate": "%s", "validUntil": "%s",
                 "source": ""}
                """.formatted(quoted(vendor), quoted(model), quoted(accelerator), pflops, price, quoted(currency), kw,
                leadMin, leadLikely, leadMax, today, today.plusMonths(3));
    }

    private static String rental(String provider, String accelerator, String currency, LocalDate today) {
        return """
                {"kind": "rental", "provider": %s, "accelerator": %s,
                 "pricePerPflopsYear": {"amount": 120000, "currency": %s}, "pflopsBasis": "dense",
                 "annualPriceChangePct": 0, "minimumPflops": 0, "leadTimeMonths": {"min": 0, "likely": 0.5, "max": 1},
                 "setupFee": {"amount": 0, "currency": %s}, "voucherPct": 0, "quoteDate": "%s", "validUntil": "%s",
                 "source": ""}
                """.formatted(quoted(provider), quoted(accelerator), quoted(currency), quoted(currency), today,
                today.plusMonths(3));
    }

    private static String quoted(String text) {
        return new com.google.gson.JsonPrimitive(text).toString();
    }
}
