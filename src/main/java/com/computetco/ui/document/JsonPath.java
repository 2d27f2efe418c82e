package com.computetco.ui.document;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * A field path of the methodology's form ({@code options[1].quote.unitPrice.amount}) applied to a JSON tree.
 * Editing through the file's own tree means an edit in the window is checked by exactly the rules, and named
 * by exactly the paths, that a file is.
 */
public final class JsonPath {
    private final List<Object> steps;
    private final String text;

    private JsonPath(String text, List<Object> steps) {
        this.text = text;
        this.steps = steps;
    }

    public static JsonPath of(String text) {
        return new JsonPath(text, PathSteps.of(text));
    }

    @Override
    public String toString() {
        return text;
    }

    public Optional<JsonElement> get(JsonElement root) {
        JsonElement node = root;
        for (Object step : steps) {
            node = child(node, step);
            if (node == null || node.isJsonNull()) {
                return Optional.empty();
            }
        }
        return Optional.of(node);
    }

    /**
     * Sets the value, creating missing objects on the way; a null value removes the field. A path through an
     * array element that does not exist is refused with IllegalArgumentException.
     */
    public void set(JsonObject root, JsonElement value) {
        JsonElement node = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object step = steps.get(i);
            JsonElement next = child(node, step);
            if (next == null || !next.isJsonObject() && !next.isJsonArray()) {
                if (step instanceof Integer || !node.isJsonObject()) {
                    throw new IllegalArgumentException("no element at " + text);
                }
                next = new JsonObject();
                node.getAsJsonObject().add((String) step, next);
            }
            node = next;
        }
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer index) {
            if (!node.isJsonArray() || index >= node.getAsJsonArray().size()) {
                throw new IllegalArgumentException("no element at " + text);
            }
            node.getAsJsonArray().set(index, value);
        } else if (value == null) {
            node.getAsJsonObject().remove((String) last);
        } else {
            node.getAsJsonObject().add((String) last, value);
        }
    }

    private static JsonElement child(JsonElement node, Object step) {
        if (step instanceof Integer index) {
            if (!node.isJsonArray()) {
                return null;
            }
            JsonArray array = node.getAsJsonArray();
            return index < array.size() ? array.get(index) : null;
        }
        return node.isJsonObject() ? node.getAsJsonObject().get((String) step) : null;
    }
}
