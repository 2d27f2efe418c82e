package com.computetco.ui.document;

import com.computetco.domain.Electricity;
import com.computetco.domain.Money;
import com.computetco.domain.Option;
import com.computetco.domain.OptionType;
import com.computetco.domain.PflopsBasis;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.Scenario;
import com.computetco.domain.Staff;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The scenario File → New starts from: valid as it stands (a scenario needs a rent baseline), with the
 * reference figures' defaults, so that adding one server quote already gives a comparison.
 */
public final class ScenarioTemplates {
    private ScenarioTemplates() {
    }

    public static Scenario blank(String name) {
        RentalQuote lease = new RentalQuote("Compute lessor", null, new Money(new BigDecimal("150000"), "CNY"),
                PflopsBasis.DENSE, BigDecimal.ZERO, BigDecimal.ZERO, null, null, BigDecimal.ZERO, null, null, null);
        Option baseline = new Option("lease", "Leasing", OptionType.RENT, lease, new BigDecimal("100"),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null);
        return new Scenario(Scenario.SCHEMA_VERSION, name, "CNY", Map.of("USD", new BigDecimal("7.15")), 60,
                new BigDecimal("8"), new BigDecimal("64"),
                new Electricity(new BigDecimal("0.6"), Electricity.DEFAULT_PUE, Electricity.DEFAULT_LOAD_FACTOR_PCT,
                        BigDecimal.ZERO),
                new Staff(10, new BigDecimal("48000")), new BigDecimal("1000"), true, "lease", List.of(baseline), null);
    }
}
