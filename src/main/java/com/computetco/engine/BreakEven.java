package com.computetco.engine;

/**
 * Section 6's break-even rent price: totals are linear in the baseline's price p (only the baseline's rental
 * and the build options' bridge rental depend on it), so the tie is solved exactly from the totals at one
 * reference price P.
 */
final class BreakEven {
    private final FlowBuffer[] atReference;
    private final double referencePrice;
    private final int baselineIndex;

    BreakEven(ScenarioModel model, Draw draw, FlowBuffer[] flows) {
        baselineIndex = model.baselineIndex;
        double current = model.options[baselineIndex].densePricePerPflopsYear;
        if (current != 0) {
            referencePrice = current;
            atReference = flows;
        } else {
            referencePrice = TcoEngine.FALLBACK_REFERENCE_PRICE;
            Draw priced = draw.copy();
            priced.baselineDensePricePerPflopsYear = referencePrice;
            atReference = new FlowBuffer[flows.length];
            for (int i = 0; i < flows.length; i++) {
                atReference[i] = new FlowBuffer(model.horizon);
                model.evaluateFlows(i, priced, atReference[i]);
            }
        }
    }

    /** The baseline price per dense PFLOPS-year at which the option ties the baseline; null if none. */
    Double priceFor(int index) {
        FlowBuffer option = atReference[index];
        FlowBuffer base = atReference[baselineIndex];
        double depB = base.componentTotal(CostComponent.RENTAL.ordinal());
        double depO = option.componentTotal(CostComponent.BRIDGE_RENTAL.ordinal());
        double restB = total(base) - depB;
        double restO = total(option) - depO;
        if (Math.abs(depO - depB) <= 1e-9 * (Math.abs(depO) + Math.abs(depB))) {
            return null;
        }
        double a = restO - restB;
        double b = (depO - depB) / referencePrice;
        double price = -a / b;
        // A tie at a price of zero comes out as floating-point dust of either sign; the workbook's formula
        // applies the same snap, so both report 0 rather than one of them "none".
        if (Math.abs(price) <= 1e-9 * (Math.abs(total(option)) + Math.abs(total(base))) / Math.abs(b)) {
            return 0.0;
        }
        if (price < 0) {
            return null;
        }
        return price;
    }

    private static double total(FlowBuffer flows) {
        double sum = 0;
        for (int m = 0; m < flows.horizon(); m++) {
            sum += flows.monthly(m);
        }
        return sum;
    }
}
