package com.computetco.ui.results;

import com.computetco.domain.Option;
import com.computetco.domain.PflopsBasis;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.Scenario;
import com.computetco.engine.Evaluation;
import com.computetco.engine.OptionResult;
import com.computetco.i18n.AmountFormat;
import com.computetco.i18n.Messages;
import java.util.Comparator;
import java.util.Optional;

/**
 * The break-even rent in the words of the baseline's quote (methodology section 9's
 * {@code breakEvenRentPriceAsQuoted}): "NVIDIA H20 beats leasing unless the rent falls below 1.82 CNY per card-hour
 * incl. VAT". Said of the best build option (lowest pre-tax total) that has a break-even price; break-even prices
 * are pre-tax in both views.
 */
final class QuotedBreakEven {
    /** Prices below this are per card-hour sized: two decimals, else whole amounts. */
    private static final double SMALL_PRICE = 1000;
    private final Messages messages;
    private final AmountFormat format;

    QuotedBreakEven(Messages messages, AmountFormat format) {
        this.messages = messages;
        this.format = format;
    }

    /**
     * The sentence, or empty without a build option with a break-even price, without the scenario, or where the
     * baseline quotes per dense P-year net of VAT (the verdict's own break-even sentence says the same then).
     */
    Optional<String> describe(Evaluation preTax, Scenario scenario) {
        if (scenario == null) {
            return Optional.empty();
        }
        Optional<RentalQuote> baselineQuote = scenario.options().stream()
                .filter(o -> o.id().equals(preTax.baselineOptionId())).map(Option::quote)
                .filter(RentalQuote.class::isInstance).map(RentalQuote.class::cast).findFirst();
        Optional<OptionResult> build = preTax.options().stream()
                .filter(o -> o.isBuild() && o.breakEvenRentPriceAsQuoted() != null)
                .min(Comparator.comparingDouble(OptionResult::totalCost));
        if (baselineQuote.isEmpty() || build.isEmpty()) {
            return Optional.empty();
        }
        RentalQuote quote = baselineQuote.get();
        if (!quote.hourly() && !quote.pricesIncludeVat() && quote.pflopsBasis() != PflopsBasis.SPARSE) {
            // Quoted per dense P-year without VAT: the verdict's break-even already says it in these words.
            return Optional.empty();
        }
        double price = build.get().breakEvenRentPriceAsQuoted();
        String amount = Math.abs(price) < SMALL_PRICE ? format.decimals(price, 2) : format.amount(price);
        String unit = messages.get(quote.hourly() ? "rent.unit.perCardHour"
                : quote.pflopsBasis() == PflopsBasis.SPARSE ? "rent.unit.perSparsePflopsYear"
                : "rent.unit.perPflopsYear");
        if (quote.pricesIncludeVat()) {
            // Chinese puts the unit in brackets after the amount, so VAT joins it with a comma, not a nested bracket.
            unit = unit + (messages.isChinese() ? "，" : " ") + messages.get("rent.unit.inclVat");
        }
        boolean buildWins = build.get().totalCost() < preTax.baseline().totalCost();
        return Optional.of(messages.format(buildWins ? "verdict.breakEven.build" : "verdict.breakEven.rent",
                build.get().label(), amount, messages.currencyWord(preTax.currency()), unit, preTax.baseline().label()));
    }
}
