package com.computetco.ui.comparison;

import com.computetco.domain.DisplayNames;
import com.computetco.domain.Option;
import com.computetco.domain.Quote;
import com.computetco.domain.Scenario;
import com.computetco.i18n.ProblemMessages;
import com.computetco.ui.document.EditSession;
import com.computetco.ui.document.JsonPath;
import com.computetco.ui.document.ScenarioEditor;
import com.computetco.ui.fields.FieldSpec;
import com.computetco.ui.fields.FieldSpecs;
import com.computetco.ui.fields.FieldViewModel;
import com.google.gson.JsonElement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The quote comparison sheet: one column per option, every option and quote field editable, and the commands
 * that add, duplicate, remove, reorder options and choose the baseline. Columns are rebuilt only when the list
 * of options changes shape; a field edit keeps them.
 */
public final class ComparisonViewModel {
    private final EditSession session;
    private final ObservableList<OptionColumn> columns = FXCollections.observableArrayList();
    /**
     * Created once: views listen to it weakly, and a wrapper made per call would be collected with their
     * listeners, leaving the sheet showing (and editing by index) the previous file's columns.
     */
    private final ObservableList<OptionColumn> readOnlyColumns = FXCollections.unmodifiableObservableList(columns);
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(-1);
    private final ReadOnlyStringWrapper commandMessage = new ReadOnlyStringWrapper("");
    private final BooleanBinding canRemove;
    private final BooleanBinding canMoveLeft;
    private final BooleanBinding canMoveRight;
    private final BooleanBinding canSetBaseline;
    private final BooleanBinding hasSelection;
    private List<String> shape = List.of();
    /** Per option id, the values its platform proposed (New option…, Add to comparison), by field path. */
    private final Map<String, Map<String, JsonElement>> proposedDefaults = new HashMap<>();

    public ComparisonViewModel(EditSession session) {
        this.session = session;
        // An invalidation listener, registered before any view's: views listen for invalidation too, and
        // invalidation listeners run before change listeners, so a view could otherwise read stale columns.
        session.document().scenarioProperty().addListener(o -> rebuildIfReshaped());
        session.resetsProperty().addListener(o -> rebuildIfReshaped());
        // Another document may reuse an option id: its values were not proposed by us.
        session.loadsProperty().addListener(o -> proposedDefaults.clear());
        rebuildIfReshaped();
        hasSelection = Bindings.createBooleanBinding(() -> selectedIndex.get() >= 0
                && selectedIndex.get() < columns.size(), selectedIndex, columns);
        canRemove = Bindings.createBooleanBinding(() -> hasSelection.get() && columns.size() > 1
                && !isBaseline(selectedIndex.get()), hasSelection, columns, session.document().scenarioProperty());
        canMoveLeft = Bindings.createBooleanBinding(() -> hasSelection.get() && selectedIndex.get() > 0,
                hasSelection, selectedIndex);
        canMoveRight = Bindings.createBooleanBinding(() -> hasSelection.get()
                && selectedIndex.get() < columns.size() - 1, hasSelection, selectedIndex, columns);
        canSetBaseline = Bindings.createBooleanBinding(() -> hasSelection.get()
                && !columns.get(selectedIndex.get()).isBuild() && !isBaseline(selectedIndex.get()), hasSelection,
                columns, session.document().scenarioProperty());
    }

    public EditSession session() {
        return session;
    }

    public ObservableList<OptionColumn> columns() {
        return readOnlyColumns;
    }

    public List<FieldSpec> fieldSpecs() {
        return FieldSpecs.OPTION;
    }

    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    /** Why the last command was refused, if it was. */
    public ReadOnlyStringProperty commandMessageProperty() {
        return commandMessage.getReadOnlyProperty();
    }

    public BooleanBinding canDuplicateProperty() {
        return hasSelection;
    }

    public BooleanBinding canRemoveProperty() {
        return canRemove;
    }

    public BooleanBinding canMoveLeftProperty() {
        return canMoveLeft;
    }

    public BooleanBinding canMoveRightProperty() {
        return canMoveRight;
    }

    public BooleanBinding canSetBaselineProperty() {
        return canSetBaseline;
    }

    public boolean isBaseline(int index) {
        Scenario s = session.document().scenario();
        return index >= 0 && index < s.options().size()
                && s.options().get(index).id().equals(s.baselineOptionId());
    }

    /** Whether the columns are those of the scenario as it is now (false only while they are rebuilt). */
    public boolean columnsMatchScenario() {
        List<Option> options = session.document().scenario().options();
        if (options.size() != columns.size()) {
            return false;
        }
        for (int i = 0; i < options.size(); i++) {
            if (!options.get(i).id().equals(columns.get(i).id())) {
                return false;
            }
        }
        return true;
    }

    public String label(int index) {
        return DisplayNames.label(session.document().scenario().options().get(index), session.messages().locale());
    }

    /**
     * "Add to comparison": a new column for the quote, selected. A quote outside the CUDA ecosystem proposes its
     * platform's retraining, efficiency, staff and residual value, marked as defaults to review.
     */
    public boolean addFromQuote(Quote quote) {
        Scenario s = session.document().scenario();
        List<Option> options = new ArrayList<>(s.options());
        Option option = PlatformDefaults.apply(OptionFactory.fromQuote(quote, ids(s)));
        options.add(option);
        if (!applyOptions(s.withOptions(options), options.size() - 1)) {
            return false;
        }
        if (PlatformDefaults.isNonCuda(quote)) {
            Map<String, JsonElement> proposed = new HashMap<>();
            int index = options.size() - 1;
            for (String path : PlatformDefaults.PROPOSED) {
                JsonPath.of("options[" + index + "]." + path).get(session.tree()).ifPresent(v -> proposed.put(path, v));
            }
            proposedDefaults.put(option.id(), proposed);
        }
        return true;
    }

    /** New option…: a new column from a template quote of this kind, every field ready to be typed over. */
    public boolean addNew(QuoteTemplates.Kind kind, String name) {
        String label = name == null || name.isBlank() ? session.messages().get("newOption.defaultName") : name.strip();
        return addFromQuote(QuoteTemplates.of(kind, label, session.document().scenario().currency(),
                LocalDate.now()));
    }

    /** The quote of the selected column, for Save to my quotes; empty when nothing is selected. */
    public java.util.Optional<Quote> selectedQuote() {
        int i = selectedIndex.get();
        List<Option> options = session.document().scenario().options();
        return i >= 0 && i < options.size() ? java.util.Optional.of(options.get(i).quote())
                : java.util.Optional.empty();
    }

    /**
     * Whether a field of a column still holds the value its platform proposed (not yet reviewed): such fields are
     * marked in the sheet until the user types another value.
     */
    public boolean isProposedDefault(int index, FieldSpec spec) {
        List<Option> options = session.document().scenario().options();
        if (index < 0 || index >= options.size()) {
            return false;
        }
        Map<String, JsonElement> proposed = proposedDefaults.get(options.get(index).id());
        if (proposed == null || !proposed.containsKey(spec.path())) {
            return false;
        }
        return JsonPath.of("options[" + index + "]." + spec.path()).get(session.tree())
                .map(v -> v.equals(proposed.get(spec.path()))).orElse(false);
    }

    public boolean duplicateSelected() {
        int i = selectedIndex.get();
        Scenario s = session.document().scenario();
        List<Option> options = new ArrayList<>(s.options());
        options.add(i + 1, OptionFactory.copyOf(options.get(i), ids(s),
                " " + session.messages().get("comparison.copySuffix")));
        return applyOptions(s.withOptions(options), i + 1);
    }

    public boolean removeSelected() {
        int i = selectedIndex.get();
        if (!canRemove.get()) {
            return false;
        }
        Scenario s = session.document().scenario();
        List<Option> options = new ArrayList<>(s.options());
        options.remove(i);
        return applyOptions(s.withOptions(options), Math.min(i, options.size() - 1));
    }

    public boolean moveSelected(int delta) {
        int i = selectedIndex.get();
        int j = i + delta;
        Scenario s = session.document().scenario();
        if (i < 0 || j < 0 || j >= s.options().size()) {
            return false;
        }
        List<Option> options = new ArrayList<>(s.options());
        options.add(j, options.remove(i));
        return applyOptions(s.withOptions(options), j);
    }

    public boolean setSelectedAsBaseline() {
        if (!canSetBaseline.get()) {
            return false;
        }
        String id = columns.get(selectedIndex.get()).id();
        ScenarioEditor.Outcome outcome = session.editor().setField(session.document().scenario(), "baselineOptionId",
                new com.google.gson.JsonPrimitive(id), tree -> tree.addProperty("baselineOptionId", id));
        return accept(outcome, selectedIndex.get());
    }

    private boolean applyOptions(Scenario candidate, int select) {
        return accept(session.editor().check(candidate), select);
    }

    private boolean accept(ScenarioEditor.Outcome outcome, int select) {
        if (!outcome.accepted()) {
            commandMessage.set(outcome.errors().stream()
                    .map(p -> ProblemMessages.line(p, session.messages())).collect(Collectors.joining("\n")));
            return false;
        }
        commandMessage.set("");
        session.document().apply(outcome.scenario());
        selectedIndex.set(select);
        return true;
    }

    private static Set<String> ids(Scenario s) {
        Set<String> ids = new HashSet<>();
        s.options().forEach(o -> ids.add(o.id()));
        return ids;
    }

    private void rebuildIfReshaped() {
        Scenario s = session.document().scenario();
        List<String> now = s.options().stream().map(o -> o.id() + ":" + o.type()).toList();
        if (now.equals(shape)) {
            return;
        }
        shape = now;
        columns.forEach(OptionColumn::dispose);
        List<OptionColumn> rebuilt = new ArrayList<>();
        for (int i = 0; i < s.options().size(); i++) {
            Option option = s.options().get(i);
            OptionColumn column = new OptionColumn(option.id(), option.isBuild());
            for (FieldSpec spec : FieldSpecs.OPTION) {
                if (spec.appliesTo(option.isBuild())) {
                    column.add(spec, new FieldViewModel(session, "options[" + i + "]." + spec.path(), spec.kind(),
                            spec.choices()));
                }
            }
            rebuilt.add(column);
        }
        columns.setAll(rebuilt);
        if (selectedIndex.get() >= columns.size() || selectedIndex.get() < 0) {
            // Always a selection, so the column commands say at once what they would act on.
            selectedIndex.set(selectedIndex.get() < 0 ? 0 : columns.size() - 1);
        }
    }
}
