package com.computetco.ui.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.testing.Scenarios;
import com.computetco.testing.Sessions;
import com.computetco.ui.document.EditSession;
import com.computetco.ui.fields.FieldViewModel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The assumptions form: a valid entry reaches the scenario (and only the field typed into changes); an invalid one
 * leaves the scenario as it was, marks that field invalid and says why, in the window's language.
 */
class AssumptionsViewModelTest {
    private EditSession session;
    private AssumptionsViewModel assumptions;

    private void open(Locale locale) {
        session = Sessions.editing(Scenarios.workedExample(), locale);
        assumptions = new AssumptionsViewModel(session);
    }

    private Scenario scenario() {
        return session.document().scenario();
    }

    private static final java.util.Map<String, Function<Scenario, Object>> READ = java.util.Map.of(
            "horizonMonths", Scenario::horizonMonths,
            "discountRatePct", Scenario::discountRatePct,
            "demandPflops", Scenario::demandPflops,
            "electricity.pricePerKwh", s -> s.electricity().pricePerKwh(),
            "electricity.pue", s -> s.electricity().pue(),
            "staff.engineers", s -> s.staff().engineers(),
            "colocationPerKwMonth", Scenario::colocationPerKwMonth,
            "currency", Scenario::currency,
            "name", Scenario::name);

    @ParameterizedTest(name = "[{index}] {0} = \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            # field                  | typed      | reads back as
            horizonMonths            | 36         | 36
            discountRatePct          | 6.5        | 6.5
            demandPflops             | 1,280      | 1280
            electricity.pricePerKwh  | 0.62       | 0.62
            electricity.pue          | 1.15       | 1.15
            staff.engineers          | 20         | 20
            colocationPerKwMonth     | 4.5万      | 45000
            name                     | New plan   | New plan
            """)
    void aValidEntryReachesTheScenarioAndChangesNothingElse(String path, String typed, String expected) {
        open(Locale.ENGLISH);
        Scenario before = scenario();
        FieldViewModel field = assumptions.field(path);
        field.textProperty().set(typed);
        assertTrue(field.commit(), field.messageProperty().get());
        assertTrue(field.isValid());
        Object now = READ.get(path).apply(scenario());
        if (now instanceof BigDecimal number) {
            assertEquals(0, new BigDecimal(expected).compareTo(number), path + " is " + number);
        } else {
            assertEquals(expected, String.valueOf(now), path);
        }
        assertNotEquals(before, scenario());
        // Put the old value back through the record and nothing else differs.
        Object old = READ.get(path).apply(before);
        field.textProperty().set(old instanceof BigDecimal b ? b.toPlainString() : String.valueOf(old));
        assertTrue(field.commit(), field.messageProperty().get());
        assertEquals(before, scenario(), "only " + path + " had changed");
    }

    @ParameterizedTest(name = "[{index}] {1}: {2} = \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
            # why                        | language | field                                  | typed | problem named at
            not a number                 | en       | horizonMonths                          | abc   |
            not a whole number           | en       | horizonMonths                          | 12.5  |
            below the range              | en       | horizonMonths                          | 0     |
            above the range              | en       | horizonMonths                          | 100000|
            not positive                 | en       | demandPflops                           | -5    |
            PUE below 1                  | en       | electricity.pue                        | 0.5   |
            required                     | en       | electricity.pricePerKwh                | ''    |
            not a currency code          | en       | currency                               | xx    |
            breaks a rule elsewhere      | en       | currency                               | EUR   | options[0]
            breaks the range's order     | en       | uncertainty.electricityPricePerKwh.min | 0.9   | uncertainty.electricityPricePerKwh.likely
            not a number                 | zh       | horizonMonths                          | abc   |
            below the range              | zh       | horizonMonths                          | 0     |
            PUE below 1                  | zh       | electricity.pue                        | 0.5   |
            breaks a rule elsewhere      | zh       | currency                               | EUR   | options[0]
            """)
    void anInvalidEntryLeavesTheScenarioAloneAndSaysWhy(String why, String language, String path, String typed,
            String elsewhere) {
        open(Locale.forLanguageTag(language.equals("zh") ? "zh-CN" : "en"));
        Scenario before = scenario();
        FieldViewModel field = assumptions.field(path);
        field.textProperty().set(typed);
        assertFalse(field.commit(), why);
        assertSame(before, scenario(), why + ": the scenario is unchanged");
        assertFalse(session.document().dirtyProperty().get(), why + ": nothing to save");
        assertEquals(Set.of(path), Set.copyOf(session.invalidFields()), why + ": the field is marked");
        String message = field.messageProperty().get();
        assertFalse(message.isBlank(), why);
        if (elsewhere != null) {
            assertTrue(message.startsWith(elsewhere), why + ": names the field whose rule broke: " + message);
        }
        assertEquals(language.equals("zh"), message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN), why + ": in the window's language: " + message);
    }

    @Test
    void aNumberThatIsNotOneSaysSoInTheBundlesWords() {
        open(Locale.ENGLISH);
        FieldViewModel horizon = assumptions.field("horizonMonths");
        horizon.textProperty().set("sixty");
        assertFalse(horizon.commit());
        assertEquals(session.messages().get("field.error.notANumber"), horizon.messageProperty().get());
    }

    @Test
    void correctingTheEntryClearsTheMark() {
        open(Locale.ENGLISH);
        FieldViewModel pue = assumptions.field("electricity.pue");
        pue.textProperty().set("0.5");
        assertFalse(pue.commit());
        pue.textProperty().set("1.2");
        assertTrue(pue.commit());
        assertTrue(pue.isValid());
        assertTrue(session.invalidFields().isEmpty());
        assertEquals(0, new BigDecimal("1.2").compareTo(scenario().electricity().pue()));
    }

    @Test
    void theFieldsShowTheScenarioAndFollowUndo() {
        open(Locale.ENGLISH);
        FieldViewModel horizon = assumptions.field("horizonMonths");
        assertEquals("60", horizon.textProperty().get());
        horizon.textProperty().set("48");
        assertTrue(horizon.commit());
        session.undo();
        assertEquals(60, scenario().horizonMonths());
        assertEquals("60", horizon.textProperty().get(), "the field shows the scenario again");
    }

    @Test
    void thereIsARateFieldPerForeignCurrencyAndItEditsTheRate() {
        open(Locale.ENGLISH);
        List<String> paths = assumptions.rateFields().stream().map(FieldViewModel::path).toList();
        assertEquals(List.of("exchangeRates.USD"), paths);
        FieldViewModel usd = assumptions.rateFields().get(0);
        usd.textProperty().set("7.30");
        assertTrue(usd.commit(), usd.messageProperty().get());
        assertEquals(0, new BigDecimal("7.30").compareTo(scenario().exchangeRates().get("USD")));
    }
}
