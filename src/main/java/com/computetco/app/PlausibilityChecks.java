package com.computetco.app;

import com.computetco.domain.ExchangeRates;
import com.computetco.rules.DecimalText;
import com.computetco.rules.Problem;
import com.computetco.rules.ProblemCode;
import com.computetco.domain.Money;
import com.computetco.domain.Option;
import com.computetco.domain.Scenario;
import com.computetco.domain.ServerQuote;
import com.computetco.domain.Triangular;
import com.computetco.engine.Evaluation;
import com.computetco.engine.OptionResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Warnings, never errors, about figures that pass every field rule yet are very likely typing mistakes
 * (methodology section 8's plausibility note; issue 10 §5): a server price per PFLOPS far outside the reference
 * figures, a server's IRR above 1000 % a year, and a Monte Carlo electricity range that leaves out the price the
 * deterministic evaluation uses. The scenario stays usable; the user is told.
 */
public final class PlausibilityChecks {
    /**
     * The reference servers cost roughly 25,000 (CloudMatrix 384) to 140,000 (H20) USD per dense BF16 PFLOPS;
     * a factor of 20 beyond either end is taken as a slip of the keyboard rather than a real quote.
     */
    static final double LOWEST_USD_PER_PFLOPS = 1_250;
    static final double HIGHEST_USD_PER_PFLOPS = 2_800_000;
    /** Used only when the scenario lists no USD rate and its base is CNY: the order of magnitude is what matters. */
    private static final double CNY_PER_USD = 7.2;
    static final double HIGHEST_IRR_PCT = 1000;

    private PlausibilityChecks() {
    }

    public static List<Problem> warnings(Scenario scenario, Evaluation evaluation) {
        List<Problem> warnings = new ArrayList<>();
        electricityRange(scenario, warnings);
        for (int i = 0; i < scenario.options().size(); i++) {
            Option option = scenario.options().get(i);
            String path = "options[" + i + "]";
            if (option.quote() instanceof ServerQuote server) {
                serverPrice(scenario, server, path + ".quote.unitPrice", warnings);
            }
            if (!option.isBuild()) {
                // A rental's only "investment" is a setup fee or a deposit, so thousands of per cent a year
                // against another rental is real arithmetic, not a typing slip (the 2026 export-licence sample).
                continue;
            }
            evaluation.option(option.id()).map(OptionResult::irrPct).ifPresent(irr -> {
                if (Double.isFinite(irr) && irr > HIGHEST_IRR_PCT) {
                    warnings.add(Problem.warning(path, ProblemCode.IMPLAUSIBLE_IRR, DecimalText.format(round(irr)),
                            String.valueOf((int) HIGHEST_IRR_PCT)));
                }
            });
        }
        return warnings;
    }

    private static void electricityRange(Scenario scenario, List<Problem> warnings) {
        Triangular range = scenario.uncertaintyRanges().flatMap(u -> u.electricityPrice()).orElse(null);
        if (range == null || scenario.electricity() == null) {
            return;
        }
        BigDecimal price = scenario.electricity().pricePerKwh();
        if (price.compareTo(range.min()) < 0 || price.compareTo(range.max()) > 0) {
            warnings.add(Problem.warning("uncertainty.electricityPricePerKwh", ProblemCode.RANGE_MISSES_VALUE,
                    DecimalText.format(range.min()), DecimalText.format(range.max()), DecimalText.format(price)));
        }
    }

    private static void serverPrice(Scenario scenario, ServerQuote server, String path, List<Problem> warnings) {
        Double usdPerUnit = inUsd(scenario, server.unitPrice());
        BigDecimal peak = server.peakPflopsPerServer();
        if (usdPerUnit == null || peak == null || peak.signum() <= 0) {
            return;
        }
        double usdPerPflops = usdPerUnit / peak.doubleValue();
        if (usdPerPflops < LOWEST_USD_PER_PFLOPS || usdPerPflops > HIGHEST_USD_PER_PFLOPS) {
            warnings.add(Problem.warning(path, ProblemCode.IMPLAUSIBLE_SERVER_PRICE,
                    DecimalText.format(round(usdPerPflops)), String.valueOf((long) LOWEST_USD_PER_PFLOPS),
                    String.valueOf((long) HIGHEST_USD_PER_PFLOPS)));
        }
    }

    /** The amount in USD, or null when the scenario gives no way to tell (then no warning is made). */
    private static Double inUsd(Scenario scenario, Money money) {
        ExchangeRates rates = scenario.rates();
        if (rates.rate(money.currency()).isEmpty()) {
            return null;
        }
        double inBase = money.inBase(rates);
        if ("USD".equals(scenario.currency())) {
            return inBase;
        }
        BigDecimal usd = rates.toBase().get("USD");
        if (usd != null && usd.signum() > 0) {
            return inBase / usd.doubleValue();
        }
        return "CNY".equals(scenario.currency()) ? inBase / CNY_PER_USD : null;
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(value >= 100 ? 0 : 2, RoundingMode.HALF_UP);
    }
}
