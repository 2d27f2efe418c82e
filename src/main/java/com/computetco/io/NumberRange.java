package com.computetco.io;

import java.math.BigDecimal;

/**
 * The allowed interval of a numeric field, each end optional and inclusive or exclusive, and the sentence
 * that explains a violation ("must be at least 1 and at most 240, got 300").
 */
record NumberRange(BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive) {

    static final NumberRange ANY = new NumberRange(null, true, null, true);
    static final NumberRange NON_NEGATIVE = atLeast("0");
    static final NumberRange PERCENT = between("0", "100");
    /** Every amount in a currency is at most 1e12. */
    static final NumberRange AMOUNT = between("0", "1e12");

    static NumberRange between(String min, String max) {
        return new NumberRange(new BigDecimal(min), true, new BigDecimal(max), true);
    }

    static NumberRange atLeast(String min) {
        return new NumberRange(new BigDecimal(min), true, null, true);
    }

    static NumberRange greaterThan(String min) {
        return new NumberRange(new BigDecimal(min), false, null, true);
    }

    static NumberRange aboveAndAtMost(String min, String max) {
        return new NumberRange(new BigDecimal(min), false, new BigDecimal(max), true);
    }

    static NumberRange atLeastAndBelow(String min, String max) {
        return new NumberRange(new BigDecimal(min), true, new BigDecimal(max), false);
    }

    boolean contains(BigDecimal value) {
        if (min != null) {
            int c = value.compareTo(min);
            if (c < 0 || (c == 0 && !minInclusive)) {
                return false;
            }
        }
        if (max != null) {
            int c = value.compareTo(max);
            return c < 0 || (c == 0 && maxInclusive);
        }
        return true;
    }

    /** "must be at least 0 and less than 100, got 100". */
    String violation(BigDecimal value) {
        StringBuilder sb = new StringBuilder("must be ");
        if (min != null) {
            sb.append(minInclusive ? "at least " : "greater than ").append(DecimalText.format(min));
        }
        if (min != null && max != null) {
            sb.append(" and ");
        }
        if (max != null) {
            sb.append(maxInclusive ? "at most " : "less than ").append(DecimalText.format(max));
        }
        return sb.append(", got ").append(DecimalText.format(value)).toString();
    }
}
