package com.computetco.io.preset;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** The small set of tree edits the presets share, each recorded as a {@link PresetChange}. */
final class ScenarioTree {
    /** An option as the presets see it: its index, its object and its quote object. */
    record OptionNode(int index, JsonObject option, JsonObject quote) {
        boolean isBuild() {
            return "build".equals(text(option, "type"));
        }

        boolean isRent() {
            return "rent".equals(text(option, "type"));
        }

        AcceleratorFamily family() {
            return AcceleratorFamily.of(quote);
        }

        String path(String relative) {
            return "options[" + index + "]." + relative;
        }
    }

    private final JsonObject root;
    private final List<PresetChange> changes = new ArrayList<>();

    ScenarioTree(JsonObject root) {
        this.root = root;
    }

    List<OptionNode> options() {
        List<OptionNode> list = new ArrayList<>();
        JsonElement options = root.get("options");
        if (options == null || !options.isJsonArray()) {
            return list;
        }
        JsonArray array = options.getAsJsonArray();
        for (int i = 0; i < array.size(); i++) {
            JsonElement o = array.get(i);
            if (o.isJsonObject() && o.getAsJsonObject().get("quote") instanceof JsonObject quote) {
                list.add(new OptionNode(i, o.getAsJsonObject(), quote));
            }
        }
        return list;
    }

    JsonObject root() {
        return root;
    }

    /** Sets {@code parent.key} to {@code value} and records it, unless it already holds exactly that value. */
    void set(JsonObject parent, String key, JsonElement value, String path) {
        JsonElement before = parent.get(key);
        if (value.equals(before)) {
            return;
        }
        parent.add(key, value);
        changes.add(new PresetChange(path, before == null ? null : before.toString(), value.toString()));
    }

    /**
     * Replaces the number at {@code parent.key} by {@code f(old)}; leaves it alone when it is absent or not a
     * number (the reader reports such a file anyway).
     */
    void update(JsonObject parent, String key, String path, BiFunction<BigDecimal, String, BigDecimal> f) {
        JsonElement before = parent.get(key);
        if (before == null || !before.isJsonPrimitive() || !before.getAsJsonPrimitive().isNumber()) {
            return;
        }
        BigDecimal after = f.apply(before.getAsBigDecimal(), path);
        if (after.compareTo(before.getAsBigDecimal()) != 0) {
            set(parent, key, number(after), path);
        }
    }

    List<PresetChange> changes() {
        return List.copyOf(changes);
    }

    /** A JSON number as a person would write it: 1.25 × 120000 is 150000, not 150000.00. */
    static JsonPrimitive number(BigDecimal value) {
        BigDecimal plain = value.setScale(Math.min(value.scale(), 6), RoundingMode.HALF_EVEN).stripTrailingZeros();
        return new JsonPrimitive(plain.scale() < 0 ? plain.setScale(0) : plain);
    }

    static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? e.getAsString() : null;
    }
}
