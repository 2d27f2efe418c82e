package com.computetco.rules;

import java.math.BigDecimal;

/**
 * The allowed interval of a numeric field, each end optional and inclusive or exclusive, and the sentence
 * that explains a violation ("must be at least 1 and at most 240, got 300").
 */
public record NumberRange(BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive) {

    public static final NumberRange ANY = new NumberRange(null, true, null, true);
    public static final NumberRange NON_NEGATIVE = atLeast("0");
    public static final NumberRange PERCENT = between("0", "100");
    /** Every amount in a currency is at most 1e12. */
    public static final NumberRange AMOUNT = between("0", "1e12");

    public static NumberRange between(String min, String max) {
        return new NumberRange(new BigDecimal(min), true, new BigDecimal(max), true);
    }

    public static NumberRange atLeast(String min) {
        return new NumberRange(new BigDecimal(min), true, null, true);
    }

    public static NumberRange greaterThan(String min) {
        return new NumberRange(new BigDecimal(min), false, null, true);
    }

    public static NumberRange aboveAndAtMost(String min, String max) {
        return new NumberRange(new BigDecimal(min), false, new BigDecimal(max), true);
    }

    public static NumberRange atLeastAndBelow(String min, String max) {
        return new NumberRange(new BigDecimal(min), true, new BigDecimal(max), false);
    }

    public boolean contains(BigDecimal value) {
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

    /** The problem of {@code value} at {@code path}: "must be at least 0 and less than 100, got 100". */
    public Problem violation(String path, BigDecimal value) {
        String got = DecimalText.format(value);
        String low = min == null ? null : DecimalText.format(min);
        String high = max == null ? null : DecimalText.format(max);
        if (min != null && max != null) {
            ProblemCode code = minInclusive ? (maxInclusive ? ProblemCode.AT_LEAST_AT_MOST : ProblemCode.AT_LEAST_BELOW)
                    : (maxInclusive ? ProblemCode.ABOVE_AT_MOST : ProblemCode.ABOVE_BELOW);
            return Problem.error(path, code, low, high, got);
        }
        if (min != null) {
            return Problem.error(path, minInclusive ? ProblemCode.AT_LEAST : ProblemCode.ABOVE, low, got);
        }
        return Problem.error(path, maxInclusive ? ProblemCode.AT_MOST : ProblemCode.BELOW, high, got);
    }
}
