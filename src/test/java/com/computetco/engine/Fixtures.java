package com.computetco.engine;

import com.computetco.domain.Electricity;
import com.computetco.domain.Money;
import com.computetco.domain.Option;
import com.computetco.domain.OptionType;
import com.computetco.domain.PflopsBasis;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.Retraining;
import com.computetco.domain.Scenario;
import com.computetco.domain.ServerQuote;
import com.computetco.domain.Staff;
import com.computetco.domain.Triangular;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small, hand-checkable scenarios: round numbers, everything else switched off unless a test turns it on. */
final class Fixtures {
    private Fixtures() {
    }

    static BigDecimal bd(double v) {
        return new BigDecimal(Double.toString(v));
    }

    static Money cny(double amount) {
        return new Money(bd(amount), "CNY");
    }

    /** One server of 1 dense PFLOPS, 1 kW, price 1,200 CNY, no lead time, nothing else. */
    static ServerQuote server() {
        return new ServerQuote("Vendor", "Box", null, 8, bd(1), PflopsBasis.DENSE, cny(1200), bd(1),
                Triangular.point(BigDecimal.ZERO), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, 0,
                BigDecimal.ZERO, false, null, null, null);
    }

    /** 1,200 CNY per dense PFLOPS-year (100 a month), no lead time, nothing else. */
    static RentalQuote rental() {
        return new RentalQuote("Lessor", null, cny(1200), PflopsBasis.DENSE, BigDecimal.ZERO, BigDecimal.ZERO, null,
                null, BigDecimal.ZERO, null, null, null);
    }

    static Option build(String id, ServerQuote quote) {
        return new Option(id, id, OptionType.BUILD, quote, bd(100), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, null);
    }

    static Option rent(String id, RentalQuote quote) {
        return new Option(id, id, OptionType.RENT, quote, bd(100), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, null);
    }

    static Retraining retraining(double months, double lossPct) {
        return new Retraining(bd(months), bd(lossPct), null);
    }

    static ScenarioBuilder scenario() {
        return new ScenarioBuilder();
    }

    static final class ScenarioBuilder {
        int horizon = 12;
        double demand = 1;
        double discountPct = 0;
        double pricePerKwh = 0;
        double pue = 1;
        double loadPct = 100;
        double subsidyPct = 0;
        int engineers = 0;
        double engineerMonth = 0;
        double colocation = 0;
        boolean bridge = true;
        String currency = "CNY";
        Map<String, BigDecimal> rates = Map.of();
        final List<Option> options = new ArrayList<>();
        String baseline = "lease";

        ScenarioBuilder horizon(int months) {
            horizon = months;
            return this;
        }

        ScenarioBuilder demand(double pflops) {
            demand = pflops;
            return this;
        }

        ScenarioBuilder discountPct(double pct) {
            discountPct = pct;
            return this;
        }

        ScenarioBuilder power(double price, double pueValue, double load, double subsidy) {
            pricePerKwh = price;
            pue = pueValue;
            loadPct = load;
            subsidyPct = subsidy;
            return this;
        }

        ScenarioBuilder staff(int count, double monthCost) {
            engineers = count;
            engineerMonth = monthCost;
            return this;
        }

        ScenarioBuilder colocation(double perKwMonth) {
            colocation = perKwMonth;
            return this;
        }

        ScenarioBuilder bridge(boolean on) {
            bridge = on;
            return this;
        }

        ScenarioBuilder option(Option option) {
            options.add(option);
            return this;
        }

        ScenarioBuilder baseline(String id) {
            baseline = id;
            return this;
        }

        Scenario build() {
            return new Scenario(1, "fixture", currency, rates, horizon, bd(discountPct), bd(demand),
                    new Electricity(bd(pricePerKwh), bd(pue), bd(loadPct), bd(subsidyPct)),
                    new Staff(engineers, bd(engineerMonth)), bd(colocation), bridge, baseline, options, null);
        }
    }
}
