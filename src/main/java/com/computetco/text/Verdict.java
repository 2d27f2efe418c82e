package com.computetco.text;

import com.computetco.engine.Evaluation;
import com.computetco.engine.OptionResult;
import com.computetco.i18n.AmountFormat;
import com.computetco.i18n.Messages;
import java.util.Comparator;
import java.util.Optional;

/** The plain-language answer to "which option wins, and when does building pay back", in one or two sentences. */
public final class Verdict {
    private final Messages messages;
    private final AmountFormat format;

    public Verdict(Messages messages, AmountFormat format) {
        this.messages = messages;
        this.format = format;
    }

    public String describe(Evaluation evaluation) {
        OptionResult cheapest = evaluation.cheapest();
        OptionResult baseline = evaluation.baseline();
        String total = format.compact(cheapest.totalCost());
        String currency = messages.currencyWord(evaluation.currency());
        int horizon = evaluation.horizonMonths();
        if (cheapest.isBuild()) {
            String lead = messages.format("verdict.build.cheapest", cheapest.label(), total, currency, horizon);
            return messages.tidy(lead + separator() + payback(cheapest, baseline));
        }
        String lead = messages.format("verdict.rent.cheapest", cheapest.label(), total, currency, horizon);
        return messages.tidy(bestBuild(evaluation).map(build -> lead + separator()
                + buildGap(build, cheapest, currency)).orElse(lead));
    }

    /** Chinese sentences follow each other without a space. */
    private String separator() {
        return messages.isChinese() ? "" : " ";
    }

    private String payback(OptionResult option, OptionResult baseline) {
        Double months = option.paybackMonths();
        if (months == null) {
            return messages.format("verdict.payback.never", baseline.label());
        }
        if (months == 0) {
            return messages.format("verdict.payback.immediate", baseline.label());
        }
        if (option.irrPct() == null) {
            return messages.format("verdict.payback", baseline.label(), format.months(months));
        }
        return messages.format("verdict.payback.irr", baseline.label(), format.months(months),
                format.percent(option.irrPct()));
    }

    private String buildGap(OptionResult build, OptionResult cheapest, String currency) {
        String more = format.compact(build.totalCost() - cheapest.totalCost());
        Double breakEven = build.breakEvenRentPricePerPflopsYear();
        if (breakEven == null) {
            return messages.format("verdict.build.gap", build.label(), more, currency);
        }
        return messages.format("verdict.build.gap.breakEven", build.label(), more, currency,
                format.amount(breakEven));
    }

    /** The cheapest build in service within the horizon, as the report names it: one never delivered is no choice. */
    private static Optional<OptionResult> bestBuild(Evaluation evaluation) {
        return evaluation.options().stream().filter(OptionResult::isBuild).filter(evaluation::inService)
                .min(Comparator.comparingDouble(OptionResult::totalCost));
    }
}
