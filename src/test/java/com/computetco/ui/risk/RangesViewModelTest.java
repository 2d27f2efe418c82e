package com.computetco.ui.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.i18n.Messages;
import com.computetco.ui.fields.FieldViewModel;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Monte Carlo ranges with no toolkit: fields per option, edits, the range that misses the price. */
class RangesViewModelTest {
    private final RiskFixture fixture = new RiskFixture();
    private final RangesViewModel vm = new RangesViewModel(fixture.session, fixture.messages);

    @Test
    void optionRangesListLeadTimesForBuildOptionsOnly() {
        assertEquals(3, vm.optionRanges().size());
        assertEquals(5, vm.optionRanges().get(0).fields().size());
        assertEquals(2, vm.optionRanges().get(2).fields().size());
        assertEquals(5, vm.scenarioRanges().size());
    }

    @Test
    void anEditedRangeGoesIntoTheScenario() {
        FieldViewModel min = vm.scenarioRanges().get(0);
        min.textProperty().set("0.3");
        assertTrue(min.commit());
        assertEquals(0, new BigDecimal("0.3").compareTo(
                fixture.scenario().uncertainty().electricityPricePerKwh().min()));
    }

    @Test
    void theFieldsAreRebuiltOnlyWhenTheOptionsChangeShape() {
        var before = vm.optionRanges().get(0);
        fixture.edit("demandPflops", "80");
        assertSame(before, vm.optionRanges().get(0), "an edit keeps the fields (and what is typed in them)");
        fixture.session.load(fixture.scenario().withOptions(fixture.scenario().options().subList(1, 3)), null);
        assertEquals(2, vm.optionRanges().size());
        assertNotSame(before, vm.optionRanges().get(0));
    }

    /** Issue 10 §5: electricity at 1.2 with a range of 0.35–0.8 is flagged, and centring fixes it. */
    @Test
    void aRangeThatMissesTheElectricityPriceIsFlaggedAndCanBeCentred() {
        assertEquals("", vm.rangeWarningProperty().get(), "the worked example's range contains its price");
        assertFalse(vm.centreElectricityRange(), "nothing to centre");
        Scenario s = fixture.scenario();
        fixture.session.document().apply(s.withElectricity(s.electricity().withPricePerKwh(new BigDecimal("1.2"))));
        assertEquals("The electricity range 0.35 to 0.8 does not contain the price 1.2 the results use: every draw"
                + " lies on one side of them.", vm.rangeWarningProperty().get());
        fixture.messages.set(Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        assertTrue(vm.rangeWarningProperty().get().startsWith("电价区间 0.35 至 0.8"), vm.rangeWarningProperty().get());
        assertTrue(vm.centreElectricityRange());
        var range = fixture.scenario().uncertainty().electricityPricePerKwh();
        assertEquals(0, new BigDecimal("1.1").compareTo(range.min()), range.toString());
        assertEquals(0, new BigDecimal("1.2").compareTo(range.likely()), range.toString());
        assertEquals(0, new BigDecimal("1.55").compareTo(range.max()), range.toString());
        assertEquals("", vm.rangeWarningProperty().get());
    }
}
