package com.computetco.ui.terms;

import com.computetco.domain.Hours;
import com.computetco.domain.Option;
import com.computetco.domain.RentalQuote;
import com.computetco.ui.document.EditSession;
import com.computetco.ui.document.ScenarioEditor;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * How a rental quote states its price (methodology section 9): per PFLOPS-year, or per card-hour with the PFLOPS
 * of one card. Switching converts the price as quoted (same currency, basis and VAT) so that the results stay as
 * they were, to four decimals per card-hour and two per P-year; then the user types the quote's own figures.
 */
public final class RentPriceViewModel {
    private final EditSession session;
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyBooleanWrapper hourly = new ReadOnlyBooleanWrapper(this, "hourly");
    private int optionIndex = -1;

    public RentPriceViewModel(EditSession session) {
        this.session = session;
    }

    /** Whether the chosen option is a rent option. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** Whether its price is per card-hour. */
    public ReadOnlyBooleanProperty hourlyProperty() {
        return hourly.getReadOnlyProperty();
    }

    void show(int index) {
        optionIndex = index;
        refresh();
    }

    void refresh() {
        Optional<RentalQuote> quote = quote();
        available.set(quote.isPresent());
        hourly.set(quote.map(RentalQuote::hourly).orElse(false));
    }

    /** Converts the price to the other form; false if there is nothing to convert. */
    public boolean setHourly(boolean perCardHour) {
        Optional<RentalQuote> quote = quote();
        if (quote.isEmpty() || quote.get().hourly() == perCardHour) {
            return false;
        }
        RentalQuote q = quote.get();
        int index = optionIndex;
        ScenarioEditor.Outcome outcome = session.editor().change(session.document().scenario(), tree -> {
            JsonObject json = tree.getAsJsonArray("options").get(index).getAsJsonObject().getAsJsonObject("quote");
            if (perCardHour) {
                // One PFLOPS per card until the user types the card's figure: price per hour = price per year / 8760.
                BigDecimal perYear = q.pricePerPflopsYear().amount();
                JsonObject money = new JsonObject();
                money.add("amount", new JsonPrimitive(perYear.divide(Hours.PER_YEAR_DECIMAL, 4, RoundingMode.HALF_UP)
                        .stripTrailingZeros()));
                money.addProperty("currency", q.pricePerPflopsYear().currency());
                json.remove("pricePerPflopsYear");
                json.add("pricePerAcceleratorHour", money);
                json.addProperty("pflopsPerAccelerator", 1);
            } else {
                BigDecimal perYear = q.pricePerAcceleratorHour().amount().multiply(Hours.PER_YEAR_DECIMAL)
                        .divide(q.pflopsPerAccelerator(), 2, RoundingMode.HALF_UP).stripTrailingZeros();
                JsonObject money = new JsonObject();
                money.add("amount", new JsonPrimitive(perYear));
                money.addProperty("currency", q.pricePerAcceleratorHour().currency());
                json.remove("pricePerAcceleratorHour");
                json.remove("pflopsPerAccelerator");
                json.add("pricePerPflopsYear", money);
            }
        });
        if (!outcome.accepted()) {
            return false;
        }
        session.document().apply(outcome.scenario());
        refresh();
        return true;
    }

    private Optional<RentalQuote> quote() {
        List<Option> options = session.document().scenario().options();
        if (optionIndex < 0 || optionIndex >= options.size()) {
            return Optional.empty();
        }
        return options.get(optionIndex).quote() instanceof RentalQuote q ? Optional.of(q) : Optional.empty();
    }
}
