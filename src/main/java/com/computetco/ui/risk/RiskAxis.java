package com.computetco.ui.risk;

import com.computetco.i18n.Messages;

/** The amount axis of the risk charts: 万 in Chinese, millions otherwise, with the currency. */
final class RiskAxis {
    private RiskAxis() {
    }

    static double scale(Messages messages) {
        return messages.isChinese() ? 1e4 : 1e6;
    }

    static String unit(Messages messages, String currency) {
        return messages.get(messages.isChinese() ? "results.axis.unit.wan" : "results.axis.unit.million") + " "
                + currency;
    }
}
