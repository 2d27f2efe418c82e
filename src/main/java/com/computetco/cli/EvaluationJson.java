package com.computetco.cli;

import com.computetco.engine.AfterTaxResult;
import com.computetco.engine.CostComponent;
import com.computetco.engine.Evaluation;
import com.computetco.engine.OptionResult;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;

/** The {@code evaluate --format json} document: the keys of methodology section 6, with
 * section 9's price as quoted and section 13's after-tax figures (null without a tax block); null where undefined. */
final class EvaluationJson {
    private EvaluationJson() {
    }

    static String write(Evaluation evaluation) {
        return JsonDocument.write(json -> {
            json.beginObject();
            json.name("scenario").value(evaluation.scenarioName());
            json.name("currency").value(evaluation.currency());
            json.name("horizonMonths").value(evaluation.horizonMonths());
            json.name("baselineOptionId").value(evaluation.baselineOptionId());
            json.name("options").beginArray();
            for (OptionResult option : evaluation.options()) {
                option(json, option);
            }
            json.endArray();
            json.endObject();
        });
    }

    private static void option(JsonWriter json, OptionResult o) throws IOException {
        json.beginObject();
        json.name("id").value(o.id());
        json.name("servers").value(o.servers());
        json.name("rentedPflops");
        JsonDocument.number(json, o.rentedPflops());
        json.name("inServiceMonth").value(o.inServiceMonth());
        json.name("capacityGapMonths").value(o.capacityGapMonths());
        json.name("totalCost");
        JsonDocument.number(json, o.totalCost());
        json.name("presentValue");
        JsonDocument.number(json, o.presentValue());
        json.name("costPerPflopsYear");
        JsonDocument.number(json, o.costPerPflopsYear());
        json.name("components").beginObject();
        for (CostComponent c : CostComponent.values()) {
            json.name(c.key());
            JsonDocument.number(json, o.componentTotal(c));
        }
        json.endObject();
        json.name("paybackMonths");
        JsonDocument.number(json, o.paybackMonths());
        json.name("discountedPaybackMonths");
        JsonDocument.number(json, o.discountedPaybackMonths());
        json.name("irrPct");
        JsonDocument.number(json, o.irrPct());
        json.name("breakEvenRentPricePerPflopsYear");
        JsonDocument.number(json, o.breakEvenRentPricePerPflopsYear());
        json.name("breakEvenRentPriceAsQuoted");
        JsonDocument.number(json, o.breakEvenRentPriceAsQuoted());
        json.name("afterTax");
        afterTax(json, o.afterTax().orElse(null));
        json.name("monthly").beginArray();
        for (int m = 0; m < o.horizon(); m++) {
            JsonDocument.number(json, o.monthly(m));
        }
        json.endArray();
        json.endObject();
    }

    /** Section 13's after-tax figures, or null without a tax block. */
    private static void afterTax(JsonWriter json, AfterTaxResult a) throws IOException {
        if (a == null) {
            json.nullValue();
            return;
        }
        json.beginObject();
        json.name("totalCost");
        JsonDocument.number(json, a.totalCost());
        json.name("presentValue");
        JsonDocument.number(json, a.presentValue());
        json.name("paybackMonths");
        JsonDocument.number(json, a.paybackMonths());
        json.name("discountedPaybackMonths");
        JsonDocument.number(json, a.discountedPaybackMonths());
        json.name("irrPct");
        JsonDocument.number(json, a.irrPct());
        json.name("vat");
        JsonDocument.number(json, a.vat());
        json.name("incomeTax");
        JsonDocument.number(json, a.incomeTax());
        json.name("depreciation");
        JsonDocument.number(json, a.depreciation());
        json.name("monthly").beginArray();
        for (double v : a.monthly()) {
            JsonDocument.number(json, v);
        }
        json.endArray();
        json.endObject();
    }
}
