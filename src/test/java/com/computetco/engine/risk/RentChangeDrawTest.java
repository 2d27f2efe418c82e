package com.computetco.engine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.computetco.domain.Money;
import com.computetco.domain.Option;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.Scenario;
import com.computetco.engine.Draw;
import com.computetco.engine.Evaluation;
import com.computetco.engine.FlowBuffer;
import com.computetco.engine.ScenarioModel;
import com.computetco.engine.TcoEngine;
import com.computetco.testing.Scenarios;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Section 7 (v2 correction): the drawn annual rent change x replaces the baseline's change g_base, and every other
 * rental's change g becomes g + (x - g_base): rents move together as a market. Version 1 replaced every quote's
 * change by x, so a lessor at +10 % with a baseline at -5 % jumped to the baseline's trend.
 */
class RentChangeDrawTest {
    @ParameterizedTest
    @ValueSource(doubles = {-25, -5, 0, 5, 12.5, 95})
    void theDrawnRentChangeMovesEveryRentalByTheBaselinesShift(double change) {
        Scenario worked = Scenarios.workedExample();
        Option lease = worked.option("rent-h800").orElseThrow();
        RentalQuote q = (RentalQuote) lease.quote();
        List<Option> options = new ArrayList<>(worked.options());
        options.add(new Option("other-lessor", "Other lessor", lease.type(),
                q.withPricePerPflopsYear(Money.of("150000", "CNY")).withAnnualPriceChangePct(new BigDecimal("10")),
                lease.efficiencyPct(), lease.operationsFte(), lease.residualValuePct(), lease.supplierDefaultPct(),
                lease.retraining()));
        Scenario scenario = worked.withOptions(options);

        // The baseline rent-h800 quotes -5 %: the other lessor's +10 % moves by (x + 5), at most to +100 %.
        BigDecimal x = new BigDecimal(Double.toString(change));
        BigDecimal other = new BigDecimal("10").add(x).add(new BigDecimal("5")).min(new BigDecimal("100"));
        List<Option> changed = new ArrayList<>();
        for (Option o : scenario.options()) {
            if (o.quote() instanceof RentalQuote r) {
                changed.add(o.withQuote(r.withAnnualPriceChangePct(o.id().equals("rent-h800") ? x : other)));
            } else {
                changed.add(o);
            }
        }
        Evaluation expected = new TcoEngine().evaluate(scenario.withOptions(changed));

        ScenarioModel model = ScenarioModel.of(scenario);
        Draw draw = model.scenarioDraw();
        draw.rentAnnualPriceChangePct = change;
        FlowBuffer flows = new FlowBuffer(model.horizon());
        for (int i = 0; i < model.optionCount(); i++) {
            double total = model.evaluateFlows(i, draw, flows);
            assertEquals(expected.options().get(i).totalCost(), total, 0.0, model.optionId(i));
        }
    }
}
