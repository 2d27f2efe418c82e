package com.computetco.domain;

/** Buy servers, or lease capacity. */
public enum OptionType {
    BUILD("build"),
    RENT("rent");

    private final String jsonName;

    OptionType(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
