package com.computetco.ui.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.app.QuoteLibrary;
import com.computetco.domain.Quote;
import com.computetco.domain.Scenario;
import com.computetco.i18n.Messages;
import com.computetco.io.BundledSamples;
import com.computetco.io.QuoteReader;
import com.computetco.testing.FakeDialogService;
import com.computetco.ui.platform.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The quote library drawn headless: what it shows and that its controls reach the ViewModel. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class QuoteLibraryViewTest {
    private static final Clock MID_2024 = Clock.fixed(Instant.parse("2024-07-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path folder;

    private final SimpleObjectProperty<Scenario> scenario = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Messages> messages =
            new SimpleObjectProperty<>(Messages.forLocale(Locale.ENGLISH));
    private final List<Quote> added = new ArrayList<>();
    private QuoteLibraryViewModel vm;
    private QuoteLibraryView view;

    @Start
    void start(Stage stage) {
        vm = new QuoteLibraryViewModel(
                new QuoteLibrary(new QuoteReader(MID_2024), new BundledSamples(), folder.resolve("quotes"), MID_2024),
                new FakeDialogService(), TaskExecutor.direct(), scenario, messages, added::add, MID_2024);
        vm.loadLibrary();
        view = new QuoteLibraryView(vm);
        stage.setScene(new Scene(view, 1024, 500));
        stage.show();
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            T result = WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(work));
            WaitForAsyncUtils.waitForFxEvents();
            return result;
        } catch (TimeoutException e) {
            throw new AssertionError("the FX thread did not answer", e);
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<QuoteEntry> table() {
        return (TableView<QuoteEntry>) view.lookup("#quote-table");
    }

    private static String header(TableColumn<?, ?> column) {
        return ((Label) column.getGraphic()).getText();
    }

    @Test
    void showsEveryQuoteWithShortHeaders() {
        assertEquals(24, onFx(() -> table().getItems().size()));
        List<String> headers = onFx(() -> table().getColumns().stream().map(QuoteLibraryViewTest::header).toList());
        assertEquals(List.of("Vendor / provider", "Model", "Kind", "Price", "As quoted", "PFLOPS", "kW", "Lead (mo.)",
                "Quote date", "Valid until"), headers);
        assertEquals("24 quotes", onFx(() -> ((Label) view.lookup("#quote-status")).getText()));
        assertEquals("Filter quotes…", onFx(() -> ((TextField) view.lookup("#quote-filter")).getPromptText()));
    }

    @Test
    void typingInTheFilterNarrowsTheTable() {
        onFx(() -> {
            ((TextField) view.lookup("#quote-filter")).setText("800T");
            return null;
        });

        // The 2024 Atlas quote (history) and the 2026 one.
        assertEquals(2, onFx(() -> table().getItems().size()));
        assertEquals("Atlas 800T A2", onFx(() -> table().getItems().get(0).model()));
    }

    @Test
    void addingNeedsASelectionAndPassesTheQuote() {
        Button add = (Button) view.lookup("#quote-add");
        assertTrue(onFx(add::isDisabled));

        QuoteEntry first = onFx(() -> {
            table().getSelectionModel().select(0);
            return table().getSelectionModel().getSelectedItem();
        });
        assertFalse(onFx(add::isDisabled));
        onFx(() -> {
            add.fire();
            return null;
        });

        assertEquals(List.of(first.quote()), added);
    }

    @Test
    void aSelectionMadeInTheViewModelShowsInTheTableAndSurvivesALanguageSwitch() {
        QuoteEntry atlas = onFx(() -> vm.entries().stream()
                .filter(e -> e.model().equals("Atlas 800T A2")).findFirst().orElseThrow());
        onFx(() -> {
            vm.selectedProperty().set(atlas);
            return null;
        });
        assertEquals(atlas, onFx(() -> table().getSelectionModel().getSelectedItem()));

        onFx(() -> {
            messages.set(Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
            return null;
        });

        QuoteEntry selected = onFx(() -> table().getSelectionModel().getSelectedItem());
        assertNotNull(selected);
        assertEquals("Atlas 800T A2", selected.model());
        assertEquals("服务器", selected.kindText());
        assertEquals("供应商", onFx(() -> header(table().getColumns().get(0))));
    }

    @Test
    void expiredRowsCarryTheExpiredStyleClass() {
        long expiredRows = onFx(() -> view.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> row && row.getItem() != null)
                .filter(n -> n.getStyleClass().contains("expired"))
                .count());
        long expiredEntries = onFx(() -> table().getItems().stream().filter(QuoteEntry::expired).count());

        assertTrue(expiredEntries > 0);
        assertEquals(expiredEntries, expiredRows);
    }

    @Test
    void theColumnsFitAWindowOf1024Pixels() {
        double width = onFx(() -> table().getColumns().stream().mapToDouble(TableColumn::getWidth).sum());

        String each = onFx(() -> table().getColumns().stream().map(c -> c.getId() + "=" + c.getWidth()).toList().toString());
        assertTrue(width <= 1000, "columns take " + width + " px: " + each);
    }
}
