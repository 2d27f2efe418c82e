package com.computetco.ui.fields;

import static com.computetco.ui.fields.FieldKind.BOOLEAN;
import static com.computetco.ui.fields.FieldKind.CHOICE;
import static com.computetco.ui.fields.FieldKind.CURRENCY;
import static com.computetco.ui.fields.FieldKind.DATE;
import static com.computetco.ui.fields.FieldKind.DECIMAL;
import static com.computetco.ui.fields.FieldKind.INTEGER;
import static com.computetco.ui.fields.FieldKind.OPTIONAL_TEXT;
import static com.computetco.ui.fields.FieldKind.TEXT;

import java.util.List;

/** Every editable field of methodology section 1, in the order the window shows them. */
public final class FieldSpecs {
    private FieldSpecs() {
    }

    /** The assumptions form: scenario-wide fields, grouped. */
    public static final List<FieldSpec> SCENARIO = List.of(
            FieldSpec.of("general", "name", TEXT),
            FieldSpec.of("general", "nameZh", OPTIONAL_TEXT),
            FieldSpec.of("general", "currency", CURRENCY),
            FieldSpec.of("general", "horizonMonths", INTEGER),
            FieldSpec.of("general", "discountRatePct", DECIMAL),
            FieldSpec.of("general", "demandPflops", DECIMAL),
            FieldSpec.of("general", "bridgeWithRental", BOOLEAN),
            FieldSpec.of("electricity", "electricity.pricePerKwh", DECIMAL),
            FieldSpec.of("electricity", "electricity.pue", DECIMAL),
            FieldSpec.of("electricity", "electricity.loadFactorPct", DECIMAL),
            FieldSpec.of("electricity", "electricity.subsidyPct", DECIMAL),
            FieldSpec.of("electricity", "electricity.annualPriceChangePct", DECIMAL),
            FieldSpec.of("staff", "staff.engineers", INTEGER),
            FieldSpec.of("staff", "staff.monthlyCostPerEngineer", DECIMAL),
            FieldSpec.of("staff", "staff.annualCostChangePct", DECIMAL),
            FieldSpec.of("staff", "colocationPerKwMonth", DECIMAL),
            // Methodology section 13; the group has an on/off switch that adds or removes the whole block.
            FieldSpec.of("tax", "tax.incomeTaxRatePct", DECIMAL),
            FieldSpec.of("tax", "tax.vatRecoverable", BOOLEAN),
            FieldSpec.of("tax", "tax.vatRecoveryLagMonths", INTEGER),
            FieldSpec.of("tax", "tax.electricityVatRatePct", DECIMAL),
            FieldSpec.of("tax", "tax.colocationVatRatePct", DECIMAL),
            FieldSpec.of("tax", "tax.depreciationYears", INTEGER),
            FieldSpec.of("tax", "tax.immediateExpensingLimit", DECIMAL),
            FieldSpec.of("uncertainty", "uncertainty.electricityPricePerKwh.min", DECIMAL),
            FieldSpec.of("uncertainty", "uncertainty.electricityPricePerKwh.likely", DECIMAL),
            FieldSpec.of("uncertainty", "uncertainty.electricityPricePerKwh.max", DECIMAL),
            FieldSpec.of("uncertainty", "uncertainty.rentAnnualPriceChangePct.min", DECIMAL),
            FieldSpec.of("uncertainty", "uncertainty.rentAnnualPriceChangePct.max", DECIMAL));

    /** The comparison sheet: option and quote fields, relative to {@code options[i]}. */
    public static final List<FieldSpec> OPTION = List.of(
            FieldSpec.of("option", "label", TEXT),
            FieldSpec.of("option", "labelZh", OPTIONAL_TEXT),
            FieldSpec.of("option", "efficiencyPct", DECIMAL),
            FieldSpec.of("option", "operationsFte", DECIMAL),
            FieldSpec.build("option", "residualValuePct", DECIMAL),
            FieldSpec.build("option", "supplierDefaultPct", DECIMAL),
            FieldSpec.build("option", "electricitySubsidyPct", DECIMAL),
            FieldSpec.of("retraining", "retraining.months", DECIMAL),
            FieldSpec.of("retraining", "retraining.productivityLossPct", DECIMAL),
            FieldSpec.of("retraining", "retraining.monthsRange.min", DECIMAL),
            FieldSpec.of("retraining", "retraining.monthsRange.max", DECIMAL),
            FieldSpec.build("quote", "quote.vendor", TEXT),
            FieldSpec.rent("quote", "quote.provider", TEXT),
            FieldSpec.build("quote", "quote.model", TEXT),
            FieldSpec.of("quote", "quote.accelerator", OPTIONAL_TEXT),
            FieldSpec.build("quote", "quote.acceleratorsPerServer", INTEGER),
            FieldSpec.build("quote", "quote.peakPflopsPerServer", DECIMAL),
            FieldSpec.of("quote", "quote.pflopsBasis", CHOICE).choices("dense", "sparse"),
            FieldSpec.build("quote", "quote.unitPrice.amount", DECIMAL),
            FieldSpec.build("quote", "quote.unitPrice.currency", CURRENCY),
            FieldSpec.rent("quote", "quote.pricePerPflopsYear.amount", DECIMAL),
            FieldSpec.rent("quote", "quote.pricePerPflopsYear.currency", CURRENCY),
            FieldSpec.rent("quote", "quote.pricePerAcceleratorHour.amount", DECIMAL),
            FieldSpec.rent("quote", "quote.pricePerAcceleratorHour.currency", CURRENCY),
            FieldSpec.rent("quote", "quote.pflopsPerAccelerator", DECIMAL),
            FieldSpec.of("quote", "quote.pricesIncludeVat", BOOLEAN),
            FieldSpec.of("quote", "quote.vatRatePct", DECIMAL),
            FieldSpec.rent("quote", "quote.annualPriceChangePct", DECIMAL),
            FieldSpec.rent("quote", "quote.minimumPflops", DECIMAL),
            FieldSpec.rent("quote", "quote.voucherPct", DECIMAL),
            FieldSpec.build("quote", "quote.powerKwPerServer", DECIMAL),
            FieldSpec.of("delivery", "quote.leadTimeMonths.min", DECIMAL),
            FieldSpec.of("delivery", "quote.leadTimeMonths.likely", DECIMAL),
            FieldSpec.of("delivery", "quote.leadTimeMonths.max", DECIMAL),
            FieldSpec.build("delivery", "quote.installMonths", DECIMAL),
            FieldSpec.build("delivery", "quote.lateDeliveryPenalty", BOOLEAN),
            FieldSpec.build("delivery", "supplyRisk.probabilityPct", DECIMAL),
            FieldSpec.build("delivery", "supplyRisk.extraDelayMonths.min", DECIMAL),
            FieldSpec.build("delivery", "supplyRisk.extraDelayMonths.max", DECIMAL),
            FieldSpec.build("terms", "quote.prepaymentPct", DECIMAL),
            FieldSpec.build("terms", "quote.networkingPct", DECIMAL),
            FieldSpec.build("terms", "quote.installationCost.amount", DECIMAL),
            FieldSpec.build("terms", "quote.installationCost.currency", CURRENCY),
            FieldSpec.rent("terms", "quote.setupFee.amount", DECIMAL),
            FieldSpec.rent("terms", "quote.setupFee.currency", CURRENCY),
            FieldSpec.build("terms", "quote.warrantyMonths", INTEGER),
            FieldSpec.build("terms", "quote.supportPctPerYear", DECIMAL),
            FieldSpec.of("source", "quote.quoteDate", DATE),
            FieldSpec.of("source", "quote.validUntil", DATE),
            FieldSpec.of("source", "quote.source", OPTIONAL_TEXT));

    /** Group keys in display order; their titles are {@code group.KEY}. */
    public static final List<String> SCENARIO_GROUPS = List.of("general", "electricity", "staff", "tax",
            "uncertainty");
    public static final List<String> OPTION_GROUPS = List.of("option", "retraining", "quote", "delivery", "terms",
            "source");
}
