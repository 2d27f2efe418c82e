package com.computetco.domain;

/** A bank loan or a finance lease (融资租赁): computed alike, the kind is shown to the user. */
public enum FinancingKind {
    LOAN("loan"),
    FINANCE_LEASE("financeLease");

    private final String jsonName;

    FinancingKind(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
