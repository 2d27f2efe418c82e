package com.computetco.cli;

import com.computetco.engine.CostComponent;
import com.computetco.engine.Evaluation;
import com.computetco.engine.OptionResult;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/** The {@code evaluate --format json} document: exactly the keys of methodology section 6, null where undefined. */
final class EvaluationJson {
    private EvaluationJson() {
    }

    static String write(Evaluation evaluation) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setIndent("  ");
            json.setSerializeNulls(true);
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void option(JsonWriter json, OptionResult o) throws IOException {
        json.beginObject();
        json.name("id").value(o.id());
        json.name("servers").value(o.servers());
        json.name("rentedPflops");
        number(json, o.rentedPflops());
        json.name("inServiceMonth").value(o.inServiceMonth());
        json.name("capacityGapMonths").value(o.capacityGapMonths());
        json.name("totalCost");
        number(json, o.totalCost());
        json.name("presentValue");
        number(json, o.presentValue());
        json.name("costPerPflopsYear");
        number(json, o.costPerPflopsYear());
        json.name("components").beginObject();
        for (CostComponent c : CostComponent.values()) {
            json.name(c.key());
            number(json, o.componentTotal(c));
        }
        json.endObject();
        json.name("paybackMonths");
        number(json, o.paybackMonths());
        json.name("discountedPaybackMonths");
        number(json, o.discountedPaybackMonths());
        json.name("irrPct");
        number(json, o.irrPct());
        json.name("breakEvenRentPricePerPflopsYear");
        number(json, o.breakEvenRentPricePerPflopsYear());
        json.name("monthly").beginArray();
        for (int m = 0; m < o.horizon(); m++) {
            number(json, o.monthly(m));
        }
        json.endArray();
        json.endObject();
    }

    /** Plain decimal notation with the shortest digits that read back as the same double. */
    private static void number(JsonWriter json, Double value) throws IOException {
        if (value == null) {
            json.nullValue();
            return;
        }
        double v = value == 0 ? 0.0 : value;
        json.jsonValue(new BigDecimal(Double.toString(v)).toPlainString());
    }
}
