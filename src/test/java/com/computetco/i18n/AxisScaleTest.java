package com.computetco.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AxisScaleTest {
    @ParameterizedTest(name = "{0}, 万/亿 setting {1}: {2}")
    @CsvSource({
        "zh-CN, true, WAN",
        "zh-CN, false, MILLION",
        "zh-CN, , MILLION",
        "en, true, MILLION",
        "en, false, MILLION",
    })
    void wanOnlyForAChineseReaderWhoChoseIt(String tag, Boolean setting, AxisScale expected) {
        Locale locale = Locale.forLanguageTag(tag);
        AxisScale scale = AxisScale.of(locale, setting);
        assertEquals(expected, scale);
        assertEquals(expected == AxisScale.WAN ? "270.00万" : "2,700,000", scale.format(locale).amount(2_700_000));
    }

    @ParameterizedTest
    @CsvSource({"WAN, 10000, results.axis.unit.wan", "MILLION, 1000000, results.axis.unit.million"})
    void divisorAndUnitGoTogether(AxisScale scale, double divisor, String key) {
        assertEquals(divisor, scale.divisor());
        assertEquals(key, scale.unitKey());
    }
}
