package com.computetco.ui.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.app.ScenarioLoader;
import com.computetco.domain.Scenario;
import com.computetco.domain.ServerQuote;
import com.computetco.domain.Tax;
import com.computetco.i18n.Messages;
import com.computetco.testing.Scenarios;
import com.computetco.testing.Sessions;
import com.computetco.ui.document.EditSession;
import com.computetco.ui.fields.FieldKind;
import com.computetco.ui.fields.FieldViewModel;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The version-2 inputs of the assumptions form and the comparison sheet, with no toolkit. */
class VersionTwoInputsTest {
    private EditSession session;
    private AssumptionsViewModel assumptions;

    @BeforeEach
    void setUp() throws IOException {
        Scenario scenario;
        scenario = Scenarios.workedExample();
        session = Sessions.editing(scenario, Locale.ENGLISH);
        assumptions = new AssumptionsViewModel(session);
    }

    private Scenario scenario() {
        return session.document().scenario();
    }

    @Test
    void theTaxSwitchAddsTheBlockWithEveryDefaultAndRemovesIt() {
        assertNull(scenario().tax(), "the v1 worked example has no tax block");
        assertFalse(assumptions.tax().enabledProperty().get());

        assertTrue(assumptions.tax().setEnabled(true));

        assertEquals(Tax.defaults(), scenario().tax());
        assertTrue(assumptions.tax().enabledProperty().get());
        assertEquals("25", assumptions.field("tax.incomeTaxRatePct").textProperty().get());
        assertTrue(assumptions.field("tax.vatRecoverable").checkedProperty().get());

        assertTrue(assumptions.tax().setEnabled(false));
        assertNull(scenario().tax());
        assertFalse(assumptions.tax().enabledProperty().get());
    }

    @Test
    void undoingTheSwitchBringsTheBlockBackAndTheSwitchFollows() {
        assumptions.tax().setEnabled(true);
        session.undo();
        assertNull(scenario().tax());
        assertFalse(assumptions.tax().enabledProperty().get());
        session.redo();
        assertTrue(assumptions.tax().enabledProperty().get());
    }

    @Test
    void aTaxFieldOutOfRangeShowsTheReadersMessageAndLeavesTheScenario() {
        assumptions.tax().setEnabled(true);
        Scenario before = scenario();
        FieldViewModel years = assumptions.field("tax.depreciationYears");

        years.textProperty().set("0");
        assertFalse(years.commit());

        assertFalse(years.messageProperty().get().isEmpty());
        assertTrue(years.messageProperty().get().contains("20"), years.messageProperty().get());
        assertSame(before, scenario());
        assertTrue(session.isStale());
    }

    @Test
    void aTaxFieldEditReachesTheScenario() {
        assumptions.tax().setEnabled(true);
        FieldViewModel limit = assumptions.field("tax.immediateExpensingLimit");
        limit.textProperty().set("500万");
        assertTrue(limit.commit());
        assertEquals(0, new BigDecimal("5000000").compareTo(scenario().tax().immediateExpensingLimit()));
    }

    @Test
    void escalationRatesAreEditable() {
        FieldViewModel power = assumptions.field("electricity.annualPriceChangePct");
        power.textProperty().set("3");
        assertTrue(power.commit());
        FieldViewModel wages = assumptions.field("staff.annualCostChangePct");
        wages.textProperty().set("150");
        assertFalse(wages.commit(), "more than 100% a year is refused by the file rule");

        assertEquals(0, new BigDecimal("3").compareTo(scenario().electricity().annualPriceChangePctValue()));
        assertNull(scenario().staff().annualCostChangePctValue());
    }

    @Test
    void aSupplyRiskProbabilityTypedOnAnOptionWithoutOneCreatesTheRisk() {
        int build = buildIndex();
        assertNull(scenario().options().get(build).supplyRisk());
        FieldViewModel probability = new FieldViewModel(session, "options[" + build + "].supplyRisk.probabilityPct",
                FieldKind.DECIMAL);

        probability.textProperty().set("20");
        assertTrue(probability.commit(), probability.messageProperty().get());

        var risk = scenario().options().get(build).supplyRisk();
        assertNotNull(risk);
        assertEquals(0, new BigDecimal("20").compareTo(risk.probabilityPct()));
        FieldViewModel max = new FieldViewModel(session, "options[" + build + "].supplyRisk.extraDelayMonths.max",
                FieldKind.DECIMAL);
        max.textProperty().set("6");
        assertTrue(max.commit(), max.messageProperty().get());
        assertEquals(0, new BigDecimal("6").compareTo(scenario().options().get(build).supplyRisk()
                .extraDelayMonths().max()));
    }

    @Test
    void theVatFlagAndRateOfAQuoteAreEditable() {
        int build = buildIndex();
        FieldViewModel flag = new FieldViewModel(session, "options[" + build + "].quote.pricesIncludeVat",
                FieldKind.BOOLEAN);
        FieldViewModel rate = new FieldViewModel(session, "options[" + build + "].quote.vatRatePct", FieldKind.DECIMAL);

        flag.checkedProperty().set(true);
        assertTrue(flag.commit());
        rate.textProperty().set("101");
        assertFalse(rate.commit());

        ServerQuote quote = (ServerQuote) scenario().options().get(build).quote();
        assertTrue(quote.pricesIncludeVat());
        assertEquals(0, new BigDecimal("13").compareTo(quote.vatRatePct()), "the default rate stays");
        assertFalse(rate.messageProperty().get().isEmpty());
    }

    private int buildIndex() {
        for (int i = 0; i < scenario().options().size(); i++) {
            if (scenario().options().get(i).isBuild()) {
                return i;
            }
        }
        throw new AssertionError("no build option");
    }
}
