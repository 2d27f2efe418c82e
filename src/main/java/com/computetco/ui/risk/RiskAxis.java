package com.computetco.ui.risk;

import com.computetco.i18n.AxisScale;
import com.computetco.i18n.Messages;

/** The amount axis of the risk charts, by the one 万/million rule ({@link AxisScale}), with the currency. */
final class RiskAxis {
    private RiskAxis() {
    }

    static double scale(AxisScale scale) {
        return scale.divisor();
    }

    static String unit(Messages messages, AxisScale scale, String currency) {
        // The results tab's axis unit: "百万元" in Chinese, where the currency is a word; "million CNY" in English.
        return messages.format("results.axis.amount", messages.get(scale.unitKey()), messages.currencyWord(currency));
    }
}
