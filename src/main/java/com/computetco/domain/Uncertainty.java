package com.computetco.domain;

import java.util.Optional;

/** Scenario-wide Monte Carlo ranges; either may be null (not uncertain). */
public record Uncertainty(Triangular electricityPricePerKwh, MinMax rentAnnualPriceChangePct) {

    public Optional<Triangular> electricityPrice() {
        return Optional.ofNullable(electricityPricePerKwh);
    }

    public Optional<MinMax> rentAnnualPriceChange() {
        return Optional.ofNullable(rentAnnualPriceChangePct);
    }
}
