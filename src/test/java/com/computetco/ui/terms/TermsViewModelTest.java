package com.computetco.ui.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.app.ScenarioLoader;
import com.computetco.domain.FinancingKind;
import com.computetco.domain.PaymentEvent;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.Scenario;
import com.computetco.domain.ServerQuote;
import com.computetco.engine.CostComponent;
import com.computetco.engine.Evaluation;
import com.computetco.engine.OptionResult;
import com.computetco.engine.TcoEngine;
import com.computetco.i18n.Messages;
import com.computetco.testing.Scenarios;
import com.computetco.testing.Sessions;
import com.computetco.ui.document.EditSession;
import com.computetco.ui.fields.FieldViewModel;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/** The Payments and schedule tab's logic, with no toolkit. */
class TermsViewModelTest {
    private EditSession session;
    private TermsViewModel vm;

    private void open(String file, Locale locale) throws IOException {
        session = Sessions.editing(Scenarios.read(Scenarios.resource(file)), locale);
        vm = new TermsViewModel(session, new SimpleBooleanProperty(false));
    }

    private Scenario scenario() {
        return session.document().scenario();
    }

    private int indexOf(String id) {
        for (int i = 0; i < scenario().options().size(); i++) {
            if (scenario().options().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }

    private int firstBuild() {
        for (int i = 0; i < scenario().options().size(); i++) {
            if (scenario().options().get(i).isBuild()) {
                return i;
            }
        }
        throw new AssertionError("no build option");
    }

    @Test
    void aQuoteWithoutAScheduleShowsItsPrepaymentRuleAsRowsThatAddUpTo100() throws IOException {
        open("worked-example.json", Locale.ENGLISH);
        vm.selectedIndexProperty().set(firstBuild());
        PaymentScheduleViewModel schedule = vm.schedule();

        assertTrue(schedule.availableProperty().get());
        assertFalse(schedule.hasScheduleProperty().get());
        assertEquals("Sum: 100%", schedule.sumProperty().get());
        assertEquals("", schedule.messageProperty().get());
        assertTrue(schedule.statusProperty().get().startsWith("No schedule"), schedule.statusProperty().get());
    }

    @Test
    void theRunningSumAndTheReadersMessageFollowEveryKeystroke() throws IOException {
        open("worked-example.json", Locale.ENGLISH);
        vm.selectedIndexProperty().set(firstBuild());
        PaymentScheduleViewModel schedule = vm.schedule();
        schedule.rows().setAll(new ScheduleRow("30", PaymentEvent.SIGNING, "0"),
                new ScheduleRow("60", PaymentEvent.DELIVERY, "0"));

        assertEquals("Sum: 90%", schedule.sumProperty().get());
        assertEquals("the percentages must add up to 100, got 90", schedule.messageProperty().get());
        assertFalse(schedule.canApplyProperty().get());
        Scenario before = scenario();
        assertFalse(schedule.apply());
        assertSame(before, scenario(), "an invalid schedule never reaches the document");

        schedule.addRow();
        ScheduleRow retention = schedule.rows().get(2);
        assertEquals("10", retention.pctProperty().get(), "a new row takes what is missing");
        retention.afterMonthsProperty().set("12");

        assertEquals("Sum: 100%", schedule.sumProperty().get());
        assertEquals("", schedule.messageProperty().get());
        assertTrue(schedule.canApplyProperty().get());
    }

    @Test
    void aRowThatIsNotANumberIsNamed() throws IOException {
        open("worked-example.json", Locale.ENGLISH);
        vm.selectedIndexProperty().set(firstBuild());
        vm.schedule().rows().get(0).afterMonthsProperty().set("1.5");
        assertEquals("Row 1: months must be a whole number", vm.schedule().messageProperty().get());
        vm.schedule().rows().get(0).afterMonthsProperty().set("0");
        vm.schedule().rows().get(0).pctProperty().set("abc");
        assertEquals("Row 1: not a number", vm.schedule().messageProperty().get());
        assertEquals("", vm.schedule().sumProperty().get());
    }

    @Test
    void theSumMessageIsInChineseInTheChineseWindow() throws IOException {
        open("worked-example.json", Locale.SIMPLIFIED_CHINESE);
        vm.selectedIndexProperty().set(firstBuild());
        vm.schedule().rows().get(0).pctProperty().set("50");
        assertFalse(vm.schedule().messageProperty().get().isEmpty());
        assertTrue(vm.schedule().messageProperty().get().codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                vm.schedule().messageProperty().get());
    }

    @Test
    void applyingAScheduleWithARetentionReplacesThePrepaymentAndMovesTheCash() throws IOException {
        open("worked-example.json", Locale.ENGLISH);
        int build = firstBuild();
        vm.selectedIndexProperty().set(build);
        PaymentScheduleViewModel schedule = vm.schedule();
        schedule.rows().setAll(new ScheduleRow("30", PaymentEvent.SIGNING, "0"),
                new ScheduleRow("60", PaymentEvent.DELIVERY, "0"), new ScheduleRow("10", PaymentEvent.ACCEPTANCE, "12"));

        assertTrue(schedule.apply(), schedule.messageProperty().get());

        ServerQuote quote = (ServerQuote) scenario().options().get(build).quote();
        assertEquals(3, quote.schedule().orElseThrow().size());
        assertEquals(12, quote.schedule().get().get(2).afterMonths());
        assertTrue(schedule.hasScheduleProperty().get());
        assertFalse(schedule.dirtyProperty().get());
        OptionResult result = new TcoEngine().evaluate(scenario()).options().get(build);
        int d = result.inServiceMonth();
        assertTrue(result.componentMonthly(CostComponent.HARDWARE, d + 12) > 0, "the retention is paid a year later");

        assertTrue(schedule.usePrepayment());
        ServerQuote back = (ServerQuote) scenario().options().get(build).quote();
        assertTrue(back.schedule().isEmpty());
        assertEquals(0, new BigDecimal("30").compareTo(back.prepaymentPct()));
    }

    @Test
    void theScheduleFollowsUndo() throws IOException {
        open("worked-example-v2.json", Locale.ENGLISH);
        vm.selectedIndexProperty().set(indexOf("supernode-cash"));
        int rows = vm.schedule().rows().size();
        vm.schedule().removeRow(vm.schedule().rows().get(rows - 1));
        vm.schedule().rows().get(0).pctProperty().set(
                new BigDecimal(vm.schedule().rows().get(0).pctProperty().get()).add(
                        new BigDecimal(100).subtract(sumOfRows())).toPlainString());
        assertTrue(vm.schedule().apply(), vm.schedule().messageProperty().get());
        assertEquals(rows - 1, vm.schedule().rows().size());

        session.undo();
        assertEquals(rows, vm.schedule().rows().size());
    }

    private BigDecimal sumOfRows() {
        return vm.schedule().rows().stream().map(r -> new BigDecimal(r.pctProperty().get()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void aRentOptionHasNoScheduleAndNoFinancing() throws IOException {
        open("worked-example-v2.json", Locale.ENGLISH);
        vm.selectedIndexProperty().set(indexOf("lease-hourly"));
        assertFalse(vm.schedule().availableProperty().get());
        assertFalse(vm.financing().availableProperty().get());
        assertTrue(vm.financing().fields().isEmpty());
        assertTrue(vm.price().availableProperty().get());
        assertTrue(vm.price().hourlyProperty().get());
    }

    @Test
    void theFinancingEditorShowsTheEnginesInstalment() throws IOException {
        open("worked-example-v2.json", Locale.ENGLISH);
        int index = indexOf("h20-loan");
        vm.selectedIndexProperty().set(index);
        FinancingViewModel financing = vm.financing();
        OptionResult result = new TcoEngine().evaluate(scenario()).options().get(index);
        double instalment = result.componentMonthly(CostComponent.FINANCING, result.inServiceMonth() + 1);

        assertTrue(financing.enabledProperty().get());
        assertEquals("loan", financing.kindProperty().get());
        assertTrue(financing.instalmentProperty().get().startsWith(
                "Monthly instalment: " + vm.format().amount(instalment) + " CNY for 36 months"),
                financing.instalmentProperty().get());

        FieldViewModel term = financing.fields().get(2);
        assertEquals("options[" + index + "].financing.termMonths", term.path());
        term.textProperty().set("24");
        assertTrue(term.commit());
        assertTrue(financing.instalmentProperty().get().contains("for 24 months"), financing.instalmentProperty().get());
        term.textProperty().set("0");
        assertFalse(term.commit());
        assertFalse(term.messageProperty().get().isEmpty(), "the reader's range message");
    }

    @Test
    void financingCanBeSwitchedOnAsAFinanceLeaseAndOffAgain() throws IOException {
        open("worked-example.json", Locale.ENGLISH);
        int build = firstBuild();
        vm.selectedIndexProperty().set(build);
        FinancingViewModel financing = vm.financing();
        assertFalse(financing.enabledProperty().get());
        assertEquals("", financing.instalmentProperty().get());
        Evaluation cash = new TcoEngine().evaluate(scenario());

        assertTrue(financing.setEnabled(true));
        assertTrue(financing.setKind("financeLease"));

        assertEquals(FinancingKind.FINANCE_LEASE, scenario().options().get(build).financing().kind());
        assertFalse(financing.instalmentProperty().get().isEmpty());
        assertTrue(new TcoEngine().evaluate(scenario()).options().get(build).componentTotal(CostComponent.FINANCING)
                > 0, "interest at 3.5% is a cost");
        assertEquals(0, cash.options().get(build).componentTotal(CostComponent.FINANCING));

        assertTrue(financing.setEnabled(false));
        assertNull(scenario().options().get(build).financing());
    }

    @Test
    void switchingAnHourlyRentToPerPYearKeepsTheResultsAndBack() throws IOException {
        open("worked-example-v2.json", Locale.ENGLISH);
        int index = indexOf("lease-hourly");
        vm.selectedIndexProperty().set(index);
        double before = new TcoEngine().evaluate(scenario()).options().get(index).totalCost();

        assertTrue(vm.price().setHourly(false));

        RentalQuote quote = (RentalQuote) scenario().options().get(index).quote();
        assertFalse(quote.hourly());
        assertNotNull(quote.pricePerPflopsYear());
        assertNull(quote.pflopsPerAccelerator());
        assertFalse(vm.price().hourlyProperty().get());
        double after = new TcoEngine().evaluate(scenario()).options().get(index).totalCost();
        assertEquals(before, after, 1e-6 * Math.abs(before), "rounded to cents per P-year only");

        assertTrue(vm.price().setHourly(true));
        RentalQuote hourly = (RentalQuote) scenario().options().get(index).quote();
        assertTrue(hourly.hourly());
        assertEquals(0, BigDecimal.ONE.compareTo(hourly.pflopsPerAccelerator()));
    }

    @Test
    void theScheduleTableHasItsAfterTaxColumnsOnlyWithATaxBlock() throws IOException {
        open("worked-example-v2.json", Locale.ENGLISH);
        vm.selectedIndexProperty().set(indexOf("h20-loan"));
        ScheduleTable table = vm.tableProperty().get();
        assertEquals(10, table.columnCount());
        assertEquals("After-tax flow", table.headings().get(9));
        assertEquals(scenario().horizonMonths() + 1, table.rowCount());
        OptionResult result = new TcoEngine().evaluate(scenario()).option("h20-loan").orElseThrow();
        assertEquals(result.afterTax().orElseThrow().totalCost(), table.value(9, table.months()), 1e-6);

        session.document().apply(scenario().withTax(null));
        assertEquals(5, vm.tableProperty().get().columnCount());
        assertFalse(vm.hasTaxProperty().get());
    }
}
