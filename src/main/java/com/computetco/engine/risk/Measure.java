package com.computetco.engine.risk;

/** The figure a sensitivity compares: the total cost (the default, as everywhere) or the present value. */
public enum Measure {
    TOTAL_COST("total"),
    PRESENT_VALUE("pv"),
    /** The after-tax total cost of section 13 (scenarios with a tax block). */
    AFTER_TAX("aftertax");

    private final String key;

    Measure(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
