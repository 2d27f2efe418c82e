package com.computetco.ui.document;

import com.google.gson.JsonObject;

/**
 * Objects whose fields are all required, so that no single field can be typed into an empty one: a value typed
 * where the object is missing first creates it with neutral values (the file reader then checks the whole).
 */
public final class MissingObjects {
    private static final String SUPPLY_RISK = "supplyRisk";

    private MissingObjects() {
    }

    /** Creates {@code supplyRisk} (probability 0, no extra delay) if the edited path lies in it and it is missing. */
    public static void complete(JsonObject tree, String path) {
        int at = path.indexOf(SUPPLY_RISK + ".");
        if (at < 0) {
            return;
        }
        String parent = path.substring(0, at + SUPPLY_RISK.length());
        if (JsonPath.of(parent).get(tree).isPresent()) {
            return;
        }
        JsonObject delay = new JsonObject();
        delay.addProperty("min", 0);
        delay.addProperty("max", 0);
        JsonObject risk = new JsonObject();
        risk.addProperty("probabilityPct", 0);
        risk.add("extraDelayMonths", delay);
        JsonPath.of(parent).set(tree, risk);
    }
}
