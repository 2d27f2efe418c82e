package com.computetco.ui.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Option;
import com.computetco.domain.Scenario;
import com.computetco.testing.Scenarios;
import com.computetco.testing.Sessions;
import com.computetco.ui.document.EditSession;
import com.computetco.ui.fields.FieldSpec;
import com.computetco.ui.fields.FieldSpecs;
import com.computetco.ui.fields.FieldViewModel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The comparison sheet's columns are the scenario's options, in its order, through every command (add, duplicate,
 * remove, move, set baseline) and when another file is opened; and what is typed into column k edits option k.
 */
class ComparisonViewModelTest {
    private EditSession session;
    private ComparisonViewModel comparison;

    @BeforeEach
    void setUp() {
        // The worked example: nvidia-h100 (build), ascend-910b (build), rent-h800 (rent, the baseline).
        session = Sessions.editing(Scenarios.workedExample());
        comparison = new ComparisonViewModel(session);
    }

    private Scenario scenario() {
        return session.document().scenario();
    }

    private List<String> columnIds() {
        return comparison.columns().stream().map(OptionColumn::id).toList();
    }

    private List<String> optionIds() {
        return scenario().options().stream().map(Option::id).toList();
    }

    private static FieldSpec spec(String path) {
        return FieldSpecs.OPTION.stream().filter(s -> s.path().equals(path)).findFirst().orElseThrow();
    }

    private FieldViewModel field(int column, String path) {
        return comparison.columns().get(column).field(spec(path)).orElseThrow();
    }

    /** The columns are the options, one for one, and each column knows whether its option is a build. */
    private void assertColumnsFollowTheScenario() {
        assertEquals(optionIds(), columnIds());
        assertTrue(comparison.columnsMatchScenario());
        for (int i = 0; i < scenario().options().size(); i++) {
            assertEquals(scenario().options().get(i).isBuild(), comparison.columns().get(i).isBuild(), "column " + i);
        }
    }

    @Test
    void theColumnsAreTheOptionsInTheirOrderWithTheFirstSelected() {
        assertEquals(List.of("nvidia-h100", "ascend-910b", "rent-h800"), columnIds());
        assertColumnsFollowTheScenario();
        assertEquals(0, comparison.selectedIndexProperty().get());
        assertTrue(comparison.isBaseline(2));
        assertFalse(comparison.isBaseline(0));
        assertTrue(comparison.columns().get(0).field(spec("residualValuePct")).isPresent(), "a build's field");
        assertTrue(comparison.columns().get(2).field(spec("residualValuePct")).isEmpty(), "not a rental's");
    }

    @Test
    void aDuplicatedColumnComesRightAfterItsOriginalAndIsSelected() {
        comparison.selectedIndexProperty().set(1);
        assertTrue(comparison.duplicateSelected());
        assertEquals(4, columnIds().size());
        assertEquals("ascend-910b", columnIds().get(1));
        assertEquals(2, comparison.selectedIndexProperty().get());
        assertEquals(scenario().options().get(1).quote(), scenario().options().get(2).quote(), "a copy");
        assertColumnsFollowTheScenario();
    }

    @Test
    void anAddedQuoteBecomesTheLastColumnAndIsSelected() {
        assertTrue(comparison.addNew(QuoteTemplates.Kind.ASCEND_SERVER, "Partner quote"));
        assertEquals(4, columnIds().size());
        assertTrue(scenario().options().get(3).label().startsWith("Partner quote"), scenario().options().get(3).label());
        assertEquals(3, comparison.selectedIndexProperty().get());
        assertColumnsFollowTheScenario();
    }

    @Test
    void removingAColumnRemovesItsOptionAndSelectsItsNeighbour() {
        comparison.selectedIndexProperty().set(0);
        assertTrue(comparison.removeSelected());
        assertEquals(List.of("ascend-910b", "rent-h800"), columnIds());
        assertEquals(0, comparison.selectedIndexProperty().get());
        assertColumnsFollowTheScenario();
    }

    @Test
    void theBaselineCannotBeRemoved() {
        comparison.selectedIndexProperty().set(2);
        assertFalse(comparison.canRemoveProperty().get());
        assertFalse(comparison.removeSelected());
        assertEquals(List.of("nvidia-h100", "ascend-910b", "rent-h800"), columnIds());
    }

    @ParameterizedTest(name = "[{index}] move by {0}")
    @ValueSource(ints = {-1, 1})
    void movingAColumnMovesItsOptionAndTheSelectionWithIt(int delta) {
        comparison.selectedIndexProperty().set(1);
        assertTrue(comparison.moveSelected(delta));
        int to = 1 + delta;
        assertEquals("ascend-910b", columnIds().get(to));
        assertEquals(to, comparison.selectedIndexProperty().get());
        assertColumnsFollowTheScenario();
    }

    @Test
    void theEdgeColumnsDoNotMoveOffTheSheet() {
        comparison.selectedIndexProperty().set(0);
        assertFalse(comparison.canMoveLeftProperty().get());
        assertFalse(comparison.moveSelected(-1));
        comparison.selectedIndexProperty().set(2);
        assertFalse(comparison.canMoveRightProperty().get());
        assertFalse(comparison.moveSelected(1));
        assertEquals(List.of("nvidia-h100", "ascend-910b", "rent-h800"), columnIds());
    }

    @Test
    void onlyARentalCanBecomeTheBaseline() {
        assertTrue(comparison.addNew(QuoteTemplates.Kind.RENTAL, "Second lessor"));
        int rental = scenario().options().size() - 1;
        comparison.selectedIndexProperty().set(0);
        assertFalse(comparison.canSetBaselineProperty().get(), "a build");
        assertFalse(comparison.setSelectedAsBaseline());
        comparison.selectedIndexProperty().set(rental);
        assertTrue(comparison.canSetBaselineProperty().get());
        assertTrue(comparison.setSelectedAsBaseline());
        assertEquals(scenario().options().get(rental).id(), scenario().baselineOptionId());
        assertTrue(comparison.isBaseline(rental));
        assertFalse(comparison.isBaseline(2));
        assertColumnsFollowTheScenario();
    }

    @ParameterizedTest(name = "[{index}] column {0}")
    @ValueSource(ints = {0, 1, 2})
    void whatIsTypedIntoColumnKEditsOptionK(int k) {
        Scenario before = scenario();
        FieldViewModel efficiency = field(k, "efficiencyPct");
        efficiency.textProperty().set("77");
        assertTrue(efficiency.commit(), efficiency.messageProperty().get());
        for (int i = 0; i < before.options().size(); i++) {
            BigDecimal now = scenario().options().get(i).efficiencyPct();
            if (i == k) {
                assertEquals(0, new BigDecimal("77").compareTo(now), "option " + k);
            } else {
                assertEquals(before.options().get(i), scenario().options().get(i), "option " + i + " untouched");
            }
        }
    }

    @Test
    void afterAMoveAColumnStillEditsItsOwnOption() {
        comparison.selectedIndexProperty().set(0);
        assertTrue(comparison.moveSelected(1));
        assertEquals("nvidia-h100", columnIds().get(1));
        FieldViewModel label = field(1, "label");
        label.textProperty().set("H100 cluster");
        assertTrue(label.commit(), label.messageProperty().get());
        assertEquals("H100 cluster", scenario().options().get(1).label());
        assertEquals("nvidia-h100", scenario().options().get(1).id());
        assertFalse(scenario().options().get(0).label().equals("H100 cluster"));
    }

    @Test
    void openingAnotherFileGivesItsColumns() {
        Scenario other = Scenarios.workedExampleV2();
        session.load(other, Path.of("other.scenario.json"));
        assertEquals(List.of("h20-loan", "atlas-lease", "supernode-cash", "lease-hourly", "lease-pyear"), columnIds());
        assertColumnsFollowTheScenario();
        assertTrue(comparison.isBaseline(3));
        FieldViewModel fte = field(4, "operationsFte");
        fte.textProperty().set("2.5");
        assertTrue(fte.commit(), fte.messageProperty().get());
        assertEquals(0, new BigDecimal("2.5").compareTo(scenario().options().get(4).operationsFte()));
    }

    @Test
    void undoBringsTheRemovedColumnBack() {
        comparison.selectedIndexProperty().set(1);
        assertTrue(comparison.removeSelected());
        assertEquals(2, columnIds().size());
        session.undo();
        assertEquals(List.of("nvidia-h100", "ascend-910b", "rent-h800"), columnIds());
        assertColumnsFollowTheScenario();
    }
}
