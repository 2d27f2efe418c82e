package com.computetco.ui.presentation;

import com.computetco.domain.Scenario;
import com.computetco.engine.Evaluation;
import com.computetco.i18n.Messages;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.Region;

/**
 * Makes the results view a presentation shows: the window's own results component, passed in by the composition
 * root so that presentation mode shows exactly what the window shows without importing another feature.
 */
@FunctionalInterface
public interface ResultsPane {
    /**
     * The verdict, table and charts of EVALUATION (of SCENARIO, for the break-even rent as quoted), in the language
     * and units given, following them as they change.
     */
    Region create(ReadOnlyObjectProperty<Scenario> scenario, ReadOnlyObjectProperty<Evaluation> evaluation,
            ObservableValue<Messages> messages, ObservableValue<Boolean> chineseUnits);
}
