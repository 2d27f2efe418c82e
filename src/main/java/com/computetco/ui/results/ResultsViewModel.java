package com.computetco.ui.results;

import com.computetco.domain.Scenario;
import com.computetco.engine.Evaluation;
import com.computetco.i18n.AmountFormat;
import com.computetco.i18n.AxisScale;
import com.computetco.i18n.Messages;
import com.computetco.text.Verdict;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Presents an evaluation: the results table, the verdict, the chart data and the monthly cash flows, in the
 * chosen language and units. Everything is recomputed when the evaluation, the language or the units change;
 * a change of the stale flag only touches the notice, since it flips on every keystroke of an invalid entry.
 */
public final class ResultsViewModel {

    private final ReadOnlyObjectProperty<Evaluation> evaluation;
    private final ObservableValue<Messages> messages;
    private final ObservableValue<Boolean> chineseUnits;
    private final ObservableValue<Boolean> stale;
    private final ObservableValue<Scenario> scenario;
    private final javafx.beans.property.BooleanProperty afterTaxView =
            new javafx.beans.property.SimpleBooleanProperty(this, "afterTaxView", false);
    private final javafx.beans.property.ReadOnlyBooleanWrapper afterTaxAvailable =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "afterTaxAvailable", false);
    private final ReadOnlyStringWrapper quotedBreakEven = new ReadOnlyStringWrapper(this, "quotedBreakEven", "");
    private final ReadOnlyObjectWrapper<TaxViewTexts> taxViewTexts = new ReadOnlyObjectWrapper<>(this,
            "taxViewTexts", new TaxViewTexts("", "", ""));

    private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ResultRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper staleNotice = new ReadOnlyStringWrapper(this, "staleNotice", "");
    private final ReadOnlyStringWrapper plausibilityNotice = new ReadOnlyStringWrapper(this, "plausibilityNotice", "");
    private final ReadOnlyStringWrapper currency = new ReadOnlyStringWrapper(this, "currency", "");
    private final ReadOnlyDoubleWrapper axisScale = new ReadOnlyDoubleWrapper(this, "axisScale", AxisScale.MILLION.divisor());
    private final ReadOnlyStringWrapper axisUnitLabel = new ReadOnlyStringWrapper(this, "axisUnitLabel", "");
    private final ReadOnlyObjectWrapper<ResultsTexts> texts = new ReadOnlyObjectWrapper<>(this, "texts");
    private final ReadOnlyObjectWrapper<List<CumulativeSeries>> cumulative =
            new ReadOnlyObjectWrapper<>(this, "cumulative", List.of());
    private final ReadOnlyObjectWrapper<List<BreakdownBar>> breakdown =
            new ReadOnlyObjectWrapper<>(this, "breakdown", List.of());
    private final ReadOnlyObjectWrapper<MonthlyTable> monthlyTable =
            new ReadOnlyObjectWrapper<>(this, "monthlyTable", MonthlyTable.empty());

    public ResultsViewModel(ReadOnlyObjectProperty<Evaluation> evaluation, ObservableValue<Messages> messages,
            ObservableValue<Boolean> chineseUnits, ObservableValue<Boolean> stale) {
        this(evaluation, messages, chineseUnits, stale, new javafx.beans.property.SimpleObjectProperty<>());
    }

    /**
     * @param scenario the scenario evaluated, for the break-even rent in the words of the baseline's quote (its
     *     unit and VAT); without it that sentence is left out
     */
    public ResultsViewModel(ReadOnlyObjectProperty<Evaluation> evaluation, ObservableValue<Messages> messages,
            ObservableValue<Boolean> chineseUnits, ObservableValue<Boolean> stale, ObservableValue<Scenario> scenario) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.chineseUnits = Objects.requireNonNull(chineseUnits, "chineseUnits");
        this.stale = Objects.requireNonNull(stale, "stale");
        // Change listeners, not invalidation listeners: they re-arm even when nobody reads a lazy binding.
        evaluation.addListener((o, old, now) -> recompute());
        messages.addListener((o, old, now) -> recompute());
        chineseUnits.addListener((o, old, now) -> recompute());
        stale.addListener((o, old, now) -> updateStaleNotice());
        afterTaxView.addListener((o, old, now) -> recompute());
        recompute();
    }

    private void recompute() {
        Messages m = messages.getValue();
        AxisScale scale = AxisScale.of(m.locale(), chineseUnits.getValue());
        AmountFormat format = scale.format(m.locale());
        Evaluation preTax = evaluation.get();
        Optional<Evaluation> afterTax = preTax == null ? Optional.empty() : preTax.afterTaxView();
        afterTaxAvailable.set(afterTax.isPresent());
        boolean showAfterTax = afterTaxView.get() && afterTax.isPresent();
        Evaluation e = showAfterTax ? afterTax.get() : preTax;
        String currencyCode = e == null ? "" : e.currency();
        String unit = m.get(scale.unitKey());
        // The scale comes before the data: a view redraws on the data change and reads the scale then.
        axisScale.set(scale.divisor());
        axisUnitLabel.set(unit);
        currency.set(currencyCode);
        // In Chinese the currency is a word (元), as the verdict says it; elsewhere its code. Equal texts are not
        // set again: each new snapshot made the table fit its columns and the tabs and axes relabel on every edit.
        setIfChanged(texts, texts(m, m.currencyWord(currencyCode), unit));
        setIfChanged(taxViewTexts, new TaxViewTexts(m.get("results.view.preTax"), m.get("results.view.afterTax"),
                m.get("results.view.afterTaxDisabled")));
        updateStaleNotice();
        if (e == null) {
            rows.clear();
            cumulative.set(List.of());
            breakdown.set(List.of());
            monthlyTable.set(MonthlyTable.empty());
            verdict.set("");
            quotedBreakEven.set("");
            plausibilityNotice.set("");
            return;
        }
        plausibilityNotice.set(new PlausibilityNotice(m).describe(scenario.getValue(), preTax));
        rows.setAll(new RowBuilder(m, format).rows(e));
        ChartData charts = new ChartData(e, m, format);
        cumulative.set(charts.cumulative());
        breakdown.set(charts.breakdown());
        monthlyTable.set(charts.monthly());
        String sentence = new Verdict(m, format).describe(e);
        if (afterTax.isPresent()) {
            // With a tax block both views exist: the verdict names the one it ranks by.
            sentence = m.get(showAfterTax ? "verdict.view.afterTax" : "verdict.view.preTax")
                    + (m.isChinese() ? "" : " ") + sentence;
        }
        String quoted = new QuotedBreakEven(m, format).describe(preTax, scenario.getValue()).orElse("");
        quotedBreakEven.set(quoted);
        verdict.set(quoted.isEmpty() ? sentence : sentence + (m.isChinese() ? "" : " ") + quoted);
    }

    private static <T> void setIfChanged(ReadOnlyObjectWrapper<T> property, T value) {
        if (!Objects.equals(property.get(), value)) {
            property.set(value);
        }
    }

    private void updateStaleNotice() {
        staleNotice.set(Boolean.TRUE.equals(stale.getValue()) ? messages.getValue().get("results.stale") : "");
    }

    private static ResultsTexts texts(Messages m, String currencyWord, String unit) {
        Map<ResultColumn, ResultsTexts.Heading> headings = new EnumMap<>(ResultColumn.class);
        for (ResultColumn c : ResultColumn.values()) {
            headings.put(c, new ResultsTexts.Heading(m.get("results.column." + c.key()), m.get("result." + c.key())));
        }
        return new ResultsTexts(m.locale(), headings, m.format("results.amountsNote", currencyWord),
                m.get("results.tab.cumulative"), m.get("results.tab.breakdown"), m.get("results.tab.monthly"),
                m.get("results.axis.month"), m.format("results.axis.amount", unit, currencyWord),
                m.format("results.axis.amount", unit, currencyWord), m.get("results.column.month"));
    }

    /** The user's choice of the after-tax view; honoured only while {@link #afterTaxAvailableProperty()} holds. */
    public javafx.beans.property.BooleanProperty afterTaxViewProperty() {
        return afterTaxView;
    }

    /** Whether the scenario has a tax block, so that there is an after-tax view to show. */
    public javafx.beans.property.ReadOnlyBooleanProperty afterTaxAvailableProperty() {
        return afterTaxAvailable.getReadOnlyProperty();
    }

    /** The labels of the pre-tax / after-tax switch in the current language. */
    public ReadOnlyObjectProperty<TaxViewTexts> taxViewTextsProperty() {
        return taxViewTexts.getReadOnlyProperty();
    }

    /** The break-even rent as the baseline quotes it, in a sentence (also the verdict's last); empty if none. */
    public ReadOnlyStringProperty quotedBreakEvenProperty() {
        return quotedBreakEven.getReadOnlyProperty();
    }

    /** One row per option, in the scenario's order; read-only. */
    public ObservableList<ResultRow> rows() {
        return readOnlyRows;
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** Non-empty while the results are from the last valid input. */
    /** Figures accepted but very likely mistyped (a server at 150 CNY), named after each edit; empty when none. */
    public ReadOnlyStringProperty plausibilityNoticeProperty() {
        return plausibilityNotice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty staleNoticeProperty() {
        return staleNotice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currencyProperty() {
        return currency.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ResultsTexts> textsProperty() {
        return texts.getReadOnlyProperty();
    }

    public ResultsTexts texts() {
        return texts.get();
    }

    public ReadOnlyObjectProperty<List<CumulativeSeries>> cumulativeProperty() {
        return cumulative.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<BreakdownBar>> breakdownProperty() {
        return breakdown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MonthlyTable> monthlyTableProperty() {
        return monthlyTable.getReadOnlyProperty();
    }

    /** What chart values are divided by: 10^4 when amounts are read in 万, else 10^6. */
    public ReadOnlyDoubleProperty axisScaleProperty() {
        return axisScale.getReadOnlyProperty();
    }

    public double axisScale() {
        return axisScale.get();
    }

    /** The unit of the scaled chart values: "million", "百万" or "万". */
    public ReadOnlyStringProperty axisUnitLabelProperty() {
        return axisUnitLabel.getReadOnlyProperty();
    }
}
