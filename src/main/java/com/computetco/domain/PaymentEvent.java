package com.computetco.domain;

/** The event a payment-schedule entry is due after (methodology section 10). */
public enum PaymentEvent {
    /** Month 0. */
    SIGNING("signing"),
    /** The delivery month ceil(likely lead time). */
    DELIVERY("delivery"),
    /** The in-service month d. */
    ACCEPTANCE("acceptance");

    private final String jsonName;

    PaymentEvent(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
