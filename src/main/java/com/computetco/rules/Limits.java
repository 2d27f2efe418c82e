package com.computetco.rules;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The allowed values of the scenario and quote fields (methodology section 1), in one place: the JSON readers
 * apply them to each value as they read it, and {@link ScenarioRules} to the domain objects the window edits.
 */
public final class Limits {
    // --- scenario ---
    public static final NumberRange HORIZON = NumberRange.between("1", "240");
    public static final NumberRange DISCOUNT_RATE = NumberRange.atLeastAndBelow("0", "100");
    public static final NumberRange DEMAND = NumberRange.aboveAndAtMost("0", "1e7");
    /**
     * A floor, not just "above 0": 1e-400 passed "greater than 0" and became 0 as a double, making a server free.
     * The smallest real rates (a dong or a rupiah in yuan) are about 3e-4.
     */
    public static final NumberRange EXCHANGE_RATE = NumberRange.between("1e-6", "1e6");
    public static final NumberRange PUE = NumberRange.between("1", "3");
    public static final NumberRange ENGINEERS = NumberRange.between("0", "100000");
    public static final NumberRange PRICE_CHANGE = NumberRange.between("-100", "100");
    public static final NumberRange VAT_LAG = NumberRange.between("0", "24");
    public static final NumberRange DEPRECIATION_YEARS = NumberRange.between("1", "20");
    public static final int MAX_OPTIONS = 50;
    // --- option ---
    public static final Pattern ID = Pattern.compile("[a-z0-9-]{1,40}");
    public static final NumberRange EFFICIENCY = NumberRange.aboveAndAtMost("0", "200");
    public static final NumberRange FTE = NumberRange.between("0", "10000");
    public static final NumberRange RETRAINING_MONTHS = NumberRange.between("0", "24");
    public static final NumberRange FINANCED_PCT = NumberRange.aboveAndAtMost("0", "100");
    public static final NumberRange BELOW_HUNDRED = NumberRange.atLeastAndBelow("0", "100");
    public static final NumberRange TERM_MONTHS = NumberRange.between("1", "240");
    public static final NumberRange EXTRA_DELAY = NumberRange.between("0", "60");
    // --- quote ---
    public static final NumberRange PEAK_PFLOPS = NumberRange.between("0.001", "10000");
    public static final NumberRange POWER_KW = NumberRange.aboveAndAtMost("0", "1000");
    public static final NumberRange LEAD_TIME = NumberRange.between("0", "60");
    public static final NumberRange ACCELERATORS = NumberRange.between("1", "1024");
    public static final NumberRange PFLOPS_CAPACITY = NumberRange.between("0", "1e7");
    public static final NumberRange PFLOPS_PER_ACCELERATOR = NumberRange.aboveAndAtMost("0", "10000");
    public static final NumberRange PAYMENT_PCT = NumberRange.aboveAndAtMost("0", "100");
    public static final NumberRange AFTER_MONTHS = NumberRange.between("0", "120");
    public static final int MAX_PAYMENTS = 10;
    public static final BigDecimal HUNDRED = new BigDecimal("100");
    /** How far the payment percentages may miss 100 in total. */
    public static final BigDecimal SUM_TOLERANCE = new BigDecimal("1e-6");
    // --- text ---
    /** A source may cite at length; names, labels, ids and codes are short. */
    public static final int MAX_SOURCE_CHARS = 2_000;
    public static final int MAX_TEXT_CHARS = 200;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private Limits() {
    }

    /** The longest text a field may hold: a 40,000-character label once broke the report (Excel's cell limit). */
    public static int maxLength(String key) {
        return "source".equals(key) ? MAX_SOURCE_CHARS : MAX_TEXT_CHARS;
    }

    public static boolean isCurrencyCode(String text) {
        return CURRENCY.matcher(text).matches();
    }
}
