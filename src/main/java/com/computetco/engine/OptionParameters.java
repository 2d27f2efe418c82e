package com.computetco.engine;

/**
 * One option's derived parameters exactly as the engine computes with them: amounts in the base currency and net
 * of VAT (sections 1, 9 and 10), so that a writer of formula inputs (the report) shows the engine's figures
 * instead of deriving them a second time. Zero where the option's kind has no such parameter.
 *
 * @param densePeakPerServer a server's peak in dense PFLOPS (build)
 * @param unitPrice a server's price, net of VAT (build)
 * @param installationCost the one-off installation, net of VAT (build)
 * @param signingShare the share of the capex due at signing, whenever due (build)
 * @param subsidyShare the power subsidy that applies: the option's own where given, else the scenario's (build)
 * @param densePricePerPflopsYear the price per dense PFLOPS-year, net of VAT, of any quoting basis (rent)
 * @param setupFee the one-off setup fee, net of VAT (rent)
 */
public record OptionParameters(
        double densePeakPerServer,
        double unitPrice,
        double installationCost,
        double signingShare,
        double subsidyShare,
        double densePricePerPflopsYear,
        double setupFee) {
}
