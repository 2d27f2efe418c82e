package com.computetco.engine;

/** The twelve cost components of the methodology, in its order; {@link #key()} is the name used in files. */
public enum CostComponent {
    HARDWARE("hardware"),
    PREPAYMENT_RISK("prepaymentRisk"),
    BRIDGE_RENTAL("bridgeRental"),
    POWER("power"),
    COLOCATION("colocation"),
    SUPPORT("support"),
    OPERATIONS("operations"),
    RETRAINING("retraining"),
    RENTAL("rental"),
    SETUP("setup"),
    RESIDUAL_VALUE("residualValue"),
    /** Version 2 (section 11): the loan drawn (negative), its instalments and any early repayment. */
    FINANCING("financing");

    private static final CostComponent[] ALL = values();
    private final String key;

    CostComponent(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static int count() {
        return ALL.length;
    }

    public static CostComponent at(int index) {
        return ALL[index];
    }
}
