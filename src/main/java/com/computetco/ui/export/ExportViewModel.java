package com.computetco.ui.export;

import com.computetco.app.FileKinds;
import com.computetco.app.WorkbookKind;
import com.computetco.domain.DisplayNames;
import com.computetco.domain.Scenario;
import com.computetco.engine.Evaluation;
import com.computetco.engine.risk.SimulationResult;
import com.computetco.i18n.Messages;
import com.computetco.io.OutputPaths;
import com.computetco.report.ReportWriter;
import com.computetco.ui.document.ScenarioDocument;
import com.computetco.ui.platform.BackgroundTask;
import com.computetco.ui.platform.DialogService.FileKind;
import com.computetco.ui.platform.DialogService;
import com.computetco.ui.platform.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * File → Export to Excel: asks where, writes the report in the background with progress, then offers to open
 * the workbook or its folder. A failed export says why and leaves no partial file (the writer saves atomically).
 */
public final class ExportViewModel {
    /** The writer reports a share; the contract counts steps. */
    private static final long PROGRESS_STEPS = 1000;
    private final ScenarioDocument document;
    private final ReadOnlyObjectProperty<Evaluation> evaluation;
    private final ObservableValue<Messages> messages;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final ReportWriter writer;
    private final Clock clock;
    private final Supplier<SimulationResult> simulation;
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final BooleanBinding canExport = exporting.not();
    /** The window's 万/亿 setting, which a Chinese report follows; none: plain figures. */
    private ObservableValue<Boolean> chineseUnits;

    public ExportViewModel(ScenarioDocument document, ReadOnlyObjectProperty<Evaluation> evaluation,
            ObservableValue<Messages> messages, DialogService dialogs, TaskExecutor executor, ReportWriter writer,
            Clock clock, Supplier<SimulationResult> simulation) {
        this.document = document;
        this.evaluation = evaluation;
        this.messages = messages;
        this.dialogs = dialogs;
        this.executor = executor;
        this.writer = writer;
        this.clock = clock;
        this.simulation = simulation;
    }

    /** Chinese reports show amounts in 万 while this is true. */
    public void followChineseUnits(ObservableValue<Boolean> units) {
        this.chineseUnits = units;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** {@code <scenario>-TCO-<date>.xlsx}, with characters no file system accepts replaced. */
    public String suggestedFileName() {
        String name = document.scenario().name().isBlank() ? "scenario" : document.scenario().name();
        return FileKinds.workbookFileName(name.replaceAll("[\\\\/:*?\"<>|]", "-").strip() + "-TCO-"
                + LocalDate.now(clock));
    }

    public void exportExcel() {
        if (!canExport.get()) {
            return;
        }
        dialogs.chooseFileToSave(FileKind.REPORT, suggestedFileName()).ifPresent(this::exportTo);
    }

    /** Writes the report of the scenario as it is now (valid results; a pending invalid edit is not in it). */
    public void exportTo(Path target) {
        Messages language = messages.getValue();
        // The report names the scenario and its options in the report's language (the Chinese names where given).
        Scenario scenario = DisplayNames.forLocale(document.scenario(), language.locale());
        Evaluation results = evaluation.get();
        // A simulation of the scenario as it is now adds the Risk sheet; an outdated one is left out.
        SimulationResult risk = simulation.get();
        ReportWriter writer = this.writer.withChineseUnits(chineseUnits != null
                && Boolean.TRUE.equals(chineseUnits.getValue()));
        exporting.set(true);
        progress.set(0);
        Path open = document.file();
        BackgroundTask.wrap(task -> {
            // The same rule as the report command: never the open scenario, a folder or a device, and only a
            // report is replaced (kept as NAME.bak); the chooser's "replace?" cannot tell a report from a scenario.
            OutputPaths.checkFile(target, open == null ? List.of() : List.of(open), WorkbookKind.REPORT, false);
            writer.write(scenario, results, risk, language, target,
                    share -> task.updateProgress(Math.round(share * PROGRESS_STEPS), PROGRESS_STEPS));
            return target;
        }).onProgress(p -> progress.set(p.fraction()))
                .onSuccess(written -> {
                    exporting.set(false);
                    progress.set(1);
                    dialogs.offerToOpen(written);
                }).onFailure(error -> {
                    exporting.set(false);
                    progress.set(0);
                    dialogs.showError(language.get("export.failed.title"), language.format("export.failed",
                            target.toString(), String.valueOf(error.getMessage())));
                }).executeWith(executor);
    }
}
