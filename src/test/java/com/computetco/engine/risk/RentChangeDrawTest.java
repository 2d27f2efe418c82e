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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Section 7: the drawn annual rent change replaces every rental quote's, the baseline's and the others'. */
class RentChangeDrawTest {
    @ParameterizedTest
    @ValueSource(doubles = {-25, -5, 0, 5, 12.5})
    void theDrawnRentChangeReplacesEveryRentalQuotesChange(double change) {
        Scenario worked = RiskFixtures.workedExample();
        Option lease = worked.option("rent-h800").orElseThrow();
        RentalQuote q = (RentalQuote) lease.quote();
        List<Option> options = new ArrayList<>(worked.options());
        options.add(new Option("other-lessor", "Other lessor", lease.type(),
                q.withPricePerPflopsYear(Money.of("150000", "CNY")).withAnnualPriceChangePct(new BigDecimal("10")),
                lease.efficiencyPct(), lease.operationsFte(), lease.residualValuePct(), lease.supplierDefaultPct(),
                lease.retraining()));
        Scenario scenario = worked.withOptions(options);

        List<Option> changed = new ArrayList<>();
        for (Option o : scenario.options()) {
            changed.add(o.quote() instanceof RentalQuote r
                    ? o.withQuote(r.withAnnualPriceChangePct(new BigDecimal(Double.toString(change)))) : o);
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
