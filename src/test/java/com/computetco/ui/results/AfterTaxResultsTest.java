package com.computetco.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.engine.Evaluation;
import com.computetco.engine.OptionResult;
import com.computetco.engine.TcoEngine;
import com.computetco.i18n.AmountFormat;
import com.computetco.i18n.Messages;
import com.computetco.app.ScenarioLoader;
import com.computetco.testing.Scenarios;
import java.io.IOException;
import java.util.Comparator;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The results' pre-tax / after-tax views and the break-even rent as quoted, with no toolkit. */
class AfterTaxResultsTest {
    private final ReadOnlyObjectWrapper<Evaluation> evaluation = new ReadOnlyObjectWrapper<>();
    private final SimpleObjectProperty<Messages> messages =
            new SimpleObjectProperty<>(Messages.forLocale(Locale.ENGLISH));
    private final SimpleObjectProperty<Scenario> scenario = new SimpleObjectProperty<>();
    private ResultsViewModel vm;

    private void open(String file) throws IOException {
        scenario.set(Scenarios.read(Scenarios.resource(file)));
        evaluation.set(new TcoEngine().evaluate(scenario.get()));
        vm = new ResultsViewModel(evaluation.getReadOnlyProperty(), messages, new SimpleBooleanProperty(false),
                new SimpleBooleanProperty(false), scenario);
    }

    private ResultRow row(String id) {
        return vm.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theAfterTaxViewShowsTheAfterTaxFiguresAndTheVerdictSaysSo() throws IOException {
        open("worked-example-v2.json");
        OptionResult loan = evaluation.get().option("h20-loan").orElseThrow();
        assertTrue(vm.afterTaxAvailableProperty().get());
        assertTrue(vm.verdictProperty().get().startsWith("Pre-tax view:"), vm.verdictProperty().get());
        assertEquals(loan.totalCost(), row("h20-loan").totalCost());

        vm.afterTaxViewProperty().set(true);

        var after = loan.afterTax().orElseThrow();
        assertEquals(after.totalCost(), row("h20-loan").totalCost());
        assertEquals(after.presentValue(), row("h20-loan").presentValue());
        assertEquals(after.paybackMonths(), row("h20-loan").paybackMonths());
        assertTrue(vm.verdictProperty().get().startsWith("After-tax view"), vm.verdictProperty().get());
        CumulativeSeries series = vm.cumulativeProperty().get().stream()
                .filter(s -> s.optionId().equals("h20-loan")).findFirst().orElseThrow();
        assertEquals(after.totalCost(), series.value(series.months() - 1), 1e-6 * Math.abs(after.totalCost()),
                "the cumulative chart ends at the after-tax total");
        String cheapestAfterTax = evaluation.get().options().stream()
                .min(Comparator.comparingDouble(o -> o.afterTax().orElseThrow().totalCost())).orElseThrow().id();
        assertTrue(vm.rows().stream().filter(ResultRow::cheapest).allMatch(r -> r.id().equals(cheapestAfterTax)),
                "the highlight ranks by the after-tax total");

        vm.afterTaxViewProperty().set(false);
        assertEquals(loan.totalCost(), row("h20-loan").totalCost());
    }

    @Test
    void withoutATaxBlockThereIsOnlyThePreTaxViewAndNoViewPrefix() throws IOException {
        open("worked-example.json");
        assertFalse(vm.afterTaxAvailableProperty().get());
        String before = vm.verdictProperty().get();
        vm.afterTaxViewProperty().set(true);
        assertEquals(before, vm.verdictProperty().get());
        assertFalse(before.contains("view"), before);
        OptionResult first = evaluation.get().options().get(0);
        assertEquals(first.totalCost(), row(first.id()).totalCost());
    }

    @Test
    void theBreakEvenRentIsAlsoSaidPerCardHourInclVatAsTheBaselineQuotes() throws IOException {
        open("worked-example-v2.json");
        OptionResult best = evaluation.get().options().stream()
                .filter(o -> o.isBuild() && o.breakEvenRentPriceAsQuoted() != null)
                .min(Comparator.comparingDouble(OptionResult::totalCost)).orElseThrow();
        String price = new AmountFormat(Locale.ENGLISH, false).decimals(best.breakEvenRentPriceAsQuoted(), 2);

        String sentence = vm.quotedBreakEvenProperty().get();

        assertTrue(sentence.contains(price + " CNY per card-hour incl. VAT"), sentence + " / " + price);
        assertTrue(sentence.contains(best.label()), sentence);
        assertTrue(sentence.contains(evaluation.get().baseline().label()), sentence);
        assertTrue(vm.verdictProperty().get().endsWith(sentence));
        assertTrue(best.breakEvenRentPriceAsQuoted() < 100, "a per-card-hour figure, not per P-year");
    }

    @Test
    void aBaselineQuotedPerDensePYearNetOfVatAddsNoSecondBreakEvenSentence() throws IOException {
        open("worked-example.json");
        assertEquals("", vm.quotedBreakEvenProperty().get());
        assertFalse(vm.verdictProperty().get().contains("unless its rent"), vm.verdictProperty().get());
    }

    @Test
    void theChineseSentenceUsesTheGlossaryTerms() throws IOException {
        messages.set(Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        open("worked-example-v2.json");
        assertTrue(vm.quotedBreakEvenProperty().get().contains("3.91 元（每卡时，含税）"), vm.quotedBreakEvenProperty().get());
        vm.afterTaxViewProperty().set(true);
        assertTrue(vm.verdictProperty().get().startsWith("税后视图"), vm.verdictProperty().get());
        assertNotEquals("", vm.taxViewTextsProperty().get().afterTax());
    }
}
