package com.computetco.io;

import com.computetco.domain.Electricity;
import com.computetco.domain.Financing;
import com.computetco.domain.Option;
import com.computetco.domain.OptionType;
import com.computetco.domain.Retraining;
import com.computetco.domain.Scenario;
import com.computetco.domain.Staff;
import com.computetco.domain.SupplyRisk;
import com.computetco.domain.Tax;
import com.computetco.domain.Uncertainty;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a scenario file in the canonical form: the methodology's field order, as worked-example.json shows, always
 * in the newest schema version (a version 1 file read and saved becomes version 2: the app saves version 2).
 */
public final class ScenarioWriter {

    private ScenarioWriter() {
    }

    public static String toJson(Scenario s) {
        return JsonOutput.render(out -> {
            out.beginObject()
                    .integer("schemaVersion", Scenario.SCHEMA_VERSION)
                    .string("name", s.name());
            optionalText(out, "nameZh", s.nameZh());
            out.string("currency", s.currency())
                    .beginObject("exchangeRates");
            for (Map.Entry<String, BigDecimal> rate : s.exchangeRates().entrySet()) {
                out.number(rate.getKey(), rate.getValue());
            }
            out.endObject()
                    .integer("horizonMonths", s.horizonMonths())
                    .number("discountRatePct", s.discountRatePct())
                    .number("demandPflops", s.demandPflops());
            electricity(out, s.electricity());
            staff(out, s.staff());
            out.number("colocationPerKwMonth", s.colocationPerKwMonth())
                    .bool("bridgeWithRental", s.bridgeWithRental())
                    .string("baselineOptionId", s.baselineOptionId());
            tax(out, s.tax());
            out.beginArray("options");
            for (Option option : s.options()) {
                option(out, option);
            }
            out.endArray();
            uncertainty(out, s.uncertainty());
            out.endObject();
        });
    }

    public static byte[] toBytes(Scenario scenario) {
        return JsonOutput.utf8(toJson(scenario));
    }

    /**
     * Saves atomically, keeping the version it replaces as {@code NAME.bak} beside it (see
     * {@link AtomicFiles#write(Path, byte[], boolean)}): on failure the previous file is left as it was.
     */
    public static void write(Scenario scenario, Path file) throws IOException {
        AtomicFiles.write(file, toBytes(scenario), true);
    }

    /** A Chinese name is optional: absent from the file when empty, so files without one read back the same. */
    private static void optionalText(JsonOutput out, String name, String value) throws IOException {
        if (!value.isEmpty()) {
            out.string(name, value);
        }
    }

    private static void electricity(JsonOutput out, Electricity e) throws IOException {
        out.beginObject("electricity")
                .number("pricePerKwh", e.pricePerKwh())
                .number("pue", e.pue())
                .number("loadFactorPct", e.loadFactorPct())
                .number("subsidyPct", e.subsidyPct())
                .optionalNumber("annualPriceChangePct", e.annualPriceChangePctValue())
                .endObject();
    }

    private static void staff(JsonOutput out, Staff staff) throws IOException {
        out.beginObject("staff")
                .integer("engineers", staff.engineers())
                .number("monthlyCostPerEngineer", staff.monthlyCostPerEngineer())
                .optionalNumber("annualCostChangePct", staff.annualCostChangePctValue())
                .endObject();
    }

    private static void option(JsonOutput out, Option o) throws IOException {
        out.beginObject()
                .string("id", o.id())
                .string("label", o.label());
        optionalText(out, "labelZh", o.labelZh());
        out.string("type", o.type().jsonName())
                .number("efficiencyPct", o.efficiencyPct())
                .number("operationsFte", o.operationsFte());
        buildOnly(out, o, "residualValuePct", o.residualValuePct());
        buildOnly(out, o, "supplierDefaultPct", o.supplierDefaultPct());
        out.optionalNumber("electricitySubsidyPct", o.electricitySubsidyPctValue());
        financing(out, o.financing());
        supplyRisk(out, o.supplyRisk());
        retraining(out, o.retraining());
        out.beginObject("quote");
        QuoteJson.write(out, o.quote());
        out.endObject().endObject();
    }

    /** A rent option ignores these; zero is their default, so writing it would only invite a warning. */
    private static void buildOnly(JsonOutput out, Option o, String name, BigDecimal value) throws IOException {
        if (o.type() == OptionType.BUILD || value.signum() != 0) {
            out.number(name, value);
        }
    }

    private static void financing(JsonOutput out, Financing f) throws IOException {
        if (f == null) {
            return;
        }
        out.beginObject("financing")
                .string("kind", f.kind().jsonName())
                .number("financedPct", f.financedPct())
                .number("annualRatePct", f.annualRatePct())
                .integer("termMonths", f.termMonths())
                .optionalNumber("balloonPct", f.balloonPctValue())
                .endObject();
    }

    private static void supplyRisk(JsonOutput out, SupplyRisk r) throws IOException {
        if (r == null) {
            return;
        }
        out.beginObject("supplyRisk")
                .number("probabilityPct", r.probabilityPct())
                .minMax("extraDelayMonths", r.extraDelayMonths())
                .endObject();
    }

    private static void tax(JsonOutput out, Tax t) throws IOException {
        if (t == null) {
            return;
        }
        out.beginObject("tax")
                .number("incomeTaxRatePct", t.incomeTaxRatePct())
                .bool("vatRecoverable", t.vatRecoverable())
                .integer("vatRecoveryLagMonths", t.vatRecoveryLagMonths())
                .number("electricityVatRatePct", t.electricityVatRatePct())
                .number("colocationVatRatePct", t.colocationVatRatePct())
                .integer("depreciationYears", t.depreciationYears())
                .number("immediateExpensingLimit", t.immediateExpensingLimit())
                .endObject();
    }

    private static void retraining(JsonOutput out, Retraining r) throws IOException {
        if (r == null) {
            return;
        }
        out.beginObject("retraining")
                .number("months", r.months())
                .number("productivityLossPct", r.productivityLossPct())
                .minMax("monthsRange", r.monthsRange())
                .endObject();
    }

    private static void uncertainty(JsonOutput out, Uncertainty u) throws IOException {
        if (u == null) {
            return;
        }
        out.beginObject("uncertainty")
                .triangular("electricityPricePerKwh", u.electricityPricePerKwh())
                .minMax("rentAnnualPriceChangePct", u.rentAnnualPriceChangePct())
                .endObject();
    }
}
