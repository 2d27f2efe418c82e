package com.computetco.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HoursTest {
    @Test
    void aMonthIsATwelfthOfTheYearExactly() {
        assertEquals(8760.0, Hours.PER_YEAR);
        assertEquals(730.0, Hours.PER_MONTH);
        assertEquals(Hours.PER_YEAR, Hours.PER_YEAR_DECIMAL.doubleValue());
    }
}
