package com.computetco.domain;

/** Whether a quoted PFLOPS figure counts 2:4 sparsity (sparse = twice the dense figure). */
public enum PflopsBasis {
    DENSE("dense"),
    SPARSE("sparse");

    private final String jsonName;

    PflopsBasis(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    /** Quoted figure to dense PFLOPS: a sparse peak counts double. */
    public double denseFactor() {
        return this == SPARSE ? 0.5 : 1.0;
    }
}
