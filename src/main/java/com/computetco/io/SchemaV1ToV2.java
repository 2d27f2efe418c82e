package com.computetco.io;

import com.computetco.rules.FieldPath;
import com.computetco.rules.Problem;
import com.computetco.rules.ProblemCode;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * Schema version 1 to 2. Every version-1 field means the same in version 2, so nothing is converted; but a field
 * that only version 2 defines (methodology sections 9 to 13) has no meaning in a version-1 file: it is removed,
 * with a warning saying that it needs version 2, rather than silently changing the figures of an old file.
 */
final class SchemaV1ToV2 implements SchemaMigrations.Step {
    static final List<String> ROOT_FIELDS = List.of("tax");
    static final List<String> ELECTRICITY_FIELDS = List.of("annualPriceChangePct");
    static final List<String> STAFF_FIELDS = List.of("annualCostChangePct");
    static final List<String> OPTION_FIELDS = List.of("financing", "electricitySubsidyPct", "supplyRisk");
    static final List<String> QUOTE_FIELDS = List.of("pricesIncludeVat", "vatRatePct", "paymentSchedule",
            "pricePerAcceleratorHour", "pflopsPerAccelerator");

    @Override
    public int from() {
        return 1;
    }

    @Override
    public JsonObject migrate(JsonObject tree) {
        return migrate(tree, (path, message) -> {
        });
    }

    @Override
    public JsonObject migrate(JsonObject tree, SchemaMigrations.Warnings warnings) {
        drop(tree, Problem.ROOT, ROOT_FIELDS, warnings);
        drop(object(tree, "electricity"), FieldPath.child(Problem.ROOT, "electricity"), ELECTRICITY_FIELDS, warnings);
        drop(object(tree, "staff"), FieldPath.child(Problem.ROOT, "staff"), STAFF_FIELDS, warnings);
        JsonElement options = tree.get("options");
        if (options instanceof JsonArray array) {
            String path = FieldPath.child(Problem.ROOT, "options");
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) instanceof JsonObject option) {
                    String optionPath = FieldPath.index(path, i);
                    drop(option, optionPath, OPTION_FIELDS, warnings);
                    drop(object(option, "quote"), FieldPath.child(optionPath, "quote"), QUOTE_FIELDS, warnings);
                }
            }
        }
        return tree;
    }

    /** The member if it is an object; null otherwise (the validator reports a wrong type). */
    private static JsonObject object(JsonObject parent, String key) {
        return parent.get(key) instanceof JsonObject child ? child : null;
    }

    private static void drop(JsonObject object, String path, List<String> keys, SchemaMigrations.Warnings warnings) {
        if (object == null) {
            return;
        }
        for (String key : keys) {
            if (object.has(key)) {
                object.remove(key);
                warnings.warning(FieldPath.child(path, key), ProblemCode.NEEDS_VERSION_2);
            }
        }
    }
}
