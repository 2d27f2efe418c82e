package com.computetco.engine.risk;

/** The figure a sensitivity compares: the total cost (the default, as everywhere) or the present value. */
public enum Measure {
    TOTAL_COST("total"),
    PRESENT_VALUE("pv");

    private final String key;

    Measure(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
