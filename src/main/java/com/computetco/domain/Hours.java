package com.computetco.domain;

import java.math.BigDecimal;

/**
 * The hour conventions of methodology sections 2 and 9: a year of 8,760 hours and a month of a twelfth of it,
 * 730. The engine, the report's formula inputs and the price editors all take them from here.
 */
public final class Hours {
    /** Hours in a year: the hourly rental price's conversion to a yearly one (section 9). */
    public static final double PER_YEAR = 8760.0;
    /** Hours in a month: a server's monthly energy is kW × 730 (section 2). */
    public static final double PER_MONTH = PER_YEAR / 12;
    /** {@link #PER_YEAR} for exact decimal arithmetic on prices as typed. */
    public static final BigDecimal PER_YEAR_DECIMAL = BigDecimal.valueOf(8760);

    private Hours() {
    }
}
