package com.computetco.io;

import com.computetco.domain.PaymentEntry;
import com.computetco.domain.Quote;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.ServerQuote;
import java.io.IOException;

/** Writes a quote object in canonical key order; shared by quote files and scenarios, which embed quotes. */
final class QuoteJson {

    private QuoteJson() {
    }

    static void write(JsonOutput out, Quote quote) throws IOException {
        if (quote instanceof ServerQuote server) {
            server(out, server);
        } else {
            rental(out, (RentalQuote) quote);
        }
    }

    private static void server(JsonOutput out, ServerQuote q) throws IOException {
        out.string("kind", q.kind())
                .string("vendor", q.vendor())
                .string("model", q.model())
                .optionalString("accelerator", q.accelerator())
                .integer("acceleratorsPerServer", q.acceleratorsPerServer())
                .number("peakPflopsPerServer", q.peakPflopsPerServer())
                .string("pflopsBasis", q.pflopsBasis().jsonName())
                .money("unitPrice", q.unitPrice())
                .optionalBool("pricesIncludeVat", q.pricesIncludeVatValue())
                .optionalNumber("vatRatePct", q.vatRatePctValue())
                .number("powerKwPerServer", q.powerKwPerServer())
                .triangular("leadTimeMonths", q.leadTimeMonths())
                .number("installMonths", q.installMonths());
        if (q.paymentSchedule() == null) {
            out.number("prepaymentPct", q.prepaymentPct());
        } else {
            // A quote gives one or the other; writing both would make the file invalid.
            out.beginArray("paymentSchedule");
            for (PaymentEntry entry : q.paymentSchedule()) {
                out.beginObject().number("pct", entry.pct()).string("at", entry.at().jsonName());
                if (entry.afterMonthsValue() != null) {
                    out.integer("afterMonths", entry.afterMonthsValue());
                }
                out.endObject();
            }
            out.endArray();
        }
        out.number("networkingPct", q.networkingPct())
                .optionalMoney("installationCost", q.installationCost())
                .integer("warrantyMonths", q.warrantyMonths())
                .number("supportPctPerYear", q.supportPctPerYear())
                .bool("lateDeliveryPenalty", q.lateDeliveryPenalty())
                .optionalDate("quoteDate", q.quoteDateValue())
                .optionalDate("validUntil", q.validUntilValue())
                .optionalString("source", q.sourceValue())
                .optionalString("reference", q.referenceValue())
                .optionalString("contact", q.contactValue());
    }

    private static void rental(JsonOutput out, RentalQuote q) throws IOException {
        out.string("kind", q.kind())
                .string("provider", q.provider())
                .optionalString("accelerator", q.accelerator())
                .optionalMoney("pricePerPflopsYear", q.pricePerPflopsYear())
                .optionalMoney("pricePerAcceleratorHour", q.pricePerAcceleratorHour())
                .optionalNumber("pflopsPerAccelerator", q.pflopsPerAccelerator())
                .string("pflopsBasis", q.pflopsBasis().jsonName())
                .optionalBool("pricesIncludeVat", q.pricesIncludeVatValue())
                .optionalNumber("vatRatePct", q.vatRatePctValue())
                .number("annualPriceChangePct", q.annualPriceChangePct())
                .number("minimumPflops", q.minimumPflops())
                .triangular("leadTimeMonths", q.leadTimeMonths())
                .optionalMoney("setupFee", q.setupFee())
                .number("voucherPct", q.voucherPct())
                .optionalDate("quoteDate", q.quoteDateValue())
                .optionalDate("validUntil", q.validUntilValue())
                .optionalString("source", q.sourceValue())
                .optionalString("reference", q.referenceValue())
                .optionalString("contact", q.contactValue());
    }
}
