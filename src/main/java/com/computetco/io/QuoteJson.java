package com.computetco.io;

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
                .number("powerKwPerServer", q.powerKwPerServer())
                .triangular("leadTimeMonths", q.leadTimeMonths())
                .number("installMonths", q.installMonths())
                .number("prepaymentPct", q.prepaymentPct())
                .number("networkingPct", q.networkingPct())
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
                .money("pricePerPflopsYear", q.pricePerPflopsYear())
                .string("pflopsBasis", q.pflopsBasis().jsonName())
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
