package com.computetco.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Option;
import com.computetco.domain.Quote;
import com.computetco.domain.Scenario;
import com.computetco.testing.FakeDialogService;
import com.computetco.testing.Scenarios;
import com.computetco.ui.comparison.ComparisonViewModel;
import com.computetco.ui.comparison.QuoteTemplates;
import com.computetco.ui.document.ScenarioTemplates;
import com.computetco.ui.fields.FieldKind;
import com.computetco.ui.fields.FieldSpec;
import com.computetco.ui.fields.FieldSpecs;
import com.computetco.ui.fields.FieldViewModel;
import com.computetco.ui.platform.TaskExecutor;
import com.computetco.ui.quotes.QuoteEntry;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10 §2: a quote typed in the window, platform defaults to review, Save to my quotes. */
class NewOptionTest {
    @TempDir
    Path home;
    private final FakeDialogService dialogs = new FakeDialogService();
    private AppAssembly app;
    private ComparisonViewModel comparison;

    @BeforeEach
    void setUp() {
        app = TestAssembly.of(dialogs, TaskExecutor.direct(), home, Locale.ENGLISH,
                ScenarioTemplates.blank("New"));
        comparison = app.main().comparison();
    }

    private Scenario scenario() {
        return app.main().document().scenario();
    }

    private Option last() {
        return scenario().options().get(scenario().options().size() - 1);
    }

    private static FieldSpec spec(String path) {
        return FieldSpecs.OPTION.stream().filter(s -> s.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void anAscendQuoteAddedToANewScenarioProposesRetrainingAndLowerEfficiency() throws Exception {
        Quote ascend = Scenarios.quoteReader().read(Path.of("sample-quotes/huawei-atlas-800t-a2.quote.json")).value();
        assertTrue(comparison.addFromQuote(ascend));
        Option option = last();
        assertEquals(0, new BigDecimal("85").compareTo(option.efficiencyPct()), "not a flattering 100 %");
        assertEquals(0, new BigDecimal("4.5").compareTo(option.retraining().months()), "CUDA to Ascend retraining");
        assertEquals(0, new BigDecimal("3").compareTo(option.retraining().range().orElseThrow().min()));
        assertEquals(0, new BigDecimal("10").compareTo(option.residualValuePct()));
        int index = scenario().options().size() - 1;
        assertTrue(comparison.isProposedDefault(index, spec("efficiencyPct")), "marked as a default to review");
        assertTrue(comparison.isProposedDefault(index, spec("retraining.months")));
    }

    @Test
    void aReviewedFieldLosesItsMark() {
        assertTrue(comparison.addNew(QuoteTemplates.Kind.ASCEND_SERVER, "Huawei partner"));
        int index = scenario().options().size() - 1;
        FieldViewModel efficiency = new FieldViewModel(app.main().session(), "options[" + index + "].efficiencyPct",
                FieldKind.DECIMAL);
        efficiency.textProperty().set("90");
        assertTrue(efficiency.commit());
        assertFalse(comparison.isProposedDefault(index, spec("efficiencyPct")));
        assertTrue(comparison.isProposedDefault(index, spec("operationsFte")), "the others still await review");
    }

    @Test
    void aNvidiaQuoteKeepsNeutralDefaultsAndEveryKindOpensAsAValidColumn() {
        int before = scenario().options().size();
        for (QuoteTemplates.Kind kind : QuoteTemplates.Kind.values()) {
            assertTrue(comparison.addNew(kind, "Vendor " + kind), kind + ": " + comparison.commandMessageProperty()
                    .get());
        }
        assertEquals(before + QuoteTemplates.Kind.values().length, scenario().options().size());
        Option nvidia = scenario().options().get(before);
        assertTrue(nvidia.isBuild());
        assertEquals(0, new BigDecimal("100").compareTo(nvidia.efficiencyPct()));
        assertFalse(comparison.isProposedDefault(before, spec("efficiencyPct")));
        assertEquals(before + QuoteTemplates.Kind.values().length - 1, comparison.selectedIndexProperty().get(),
                "the new column is selected");
    }

    @Test
    void saveToMyQuotesWritesAQuoteFileTheLibraryLists() throws Exception {
        assertTrue(comparison.addNew(QuoteTemplates.Kind.ASCEND_SERVER, "Partner A"));
        Quote quote = comparison.selectedQuote().orElseThrow();
        Path saved = app.quotes().saveToMyQuotes(quote);
        assertNotNull(saved, dialogs.errorsShown.toString());
        assertEquals(home.resolve("quotes"), saved.getParent());
        assertTrue(saved.getFileName().toString().endsWith(".quote.json"));
        assertEquals(quote, Scenarios.quoteReader().read(saved).value(), "read back as it was saved");
        assertTrue(app.quotes().entries().stream().anyMatch(e -> e.origin() == QuoteEntry.Origin.USER
                && saved.equals(e.path())), "listed under my quotes");
        assertEquals(saved, app.quotes().saveToMyQuotes(quote), "saving the same quote again adds no copy");
        try (Stream<Path> files = Files.list(home.resolve("quotes"))) {
            assertEquals(1, files.filter(f -> f.toString().endsWith(".quote.json")).count());
        }
        assertTrue(dialogs.notices.stream().anyMatch(n -> n.contains(saved.getFileName().toString())));
    }
}
