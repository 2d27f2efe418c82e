package com.computetco.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Quote;
import com.computetco.domain.Scenario;
import com.computetco.engine.Evaluation;
import com.computetco.engine.TcoEngine;
import com.computetco.testing.FakeDialogService;
import com.computetco.testing.Scenarios;
import com.computetco.ui.fields.FieldViewModel;
import com.computetco.ui.platform.DialogService.UnsavedChoice;
import com.computetco.ui.platform.TaskExecutor;
import com.computetco.ui.state.RecentFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's ViewModel with no toolkit: live results, validation, undo, dirty state, files, commands. */
class MainViewModelTest {
    @TempDir
    Path dir;
    private final FakeDialogService dialogs = new FakeDialogService();
    private MainViewModel vm;
    private Scenario workedExample;

    @BeforeEach
    void setUp() throws IOException {
        workedExample = Scenarios.workedExample();
        vm = new MainViewModel(Scenarios.loader(), new TcoEngine(), dialogs, TaskExecutor.direct(),
                new RecentFiles(dir.resolve("recent.txt")), Locale.ENGLISH, workedExample, null);
    }

    private FieldViewModel field(String path) {
        return vm.assumptions().field(path);
    }

    private double total(String id) {
        return vm.evaluationProperty().get().option(id).orElseThrow().totalCost();
    }

    private void edit(String path, String text) {
        FieldViewModel f = path.startsWith("options[") ? optionField(path) : field(path);
        f.textProperty().set(text);
        f.commit();
    }

    private FieldViewModel optionField(String path) {
        int index = Integer.parseInt(path.substring(8, path.indexOf(']')));
        String relative = path.substring(path.indexOf("].") + 2);
        return vm.comparison().columns().get(index).field(vm.comparison().fieldSpecs().stream()
                .filter(s -> s.path().equals(relative)).findFirst().orElseThrow()).orElseThrow();
    }

    @Test
    void startsWithTheScenarioEvaluated() {
        assertEquals(43881784.81, total("nvidia-h100"), 1e-3);
        assertFalse(vm.document().isDirty());
    }

    @Test
    void aValidEditRecomputesTheResults() {
        double before = total("nvidia-h100");
        edit("electricity.pricePerKwh", "0.9");
        assertTrue(total("nvidia-h100") > before);
        assertEquals(new TcoEngine().evaluate(vm.document().scenario()).option("nvidia-h100").orElseThrow()
                .totalCost(), total("nvidia-h100"));
    }

    @Test
    void lettersInANumberFieldShowAMessageAndKeepTheLastResults() {
        Evaluation before = vm.evaluationProperty().get();
        Scenario scenario = vm.document().scenario();
        edit("electricity.pricePerKwh", "abc");
        assertEquals("must be a number", field("electricity.pricePerKwh").messageProperty().get());
        assertSame(before, vm.evaluationProperty().get());
        assertSame(scenario, vm.document().scenario());
        assertTrue(vm.staleProperty().get());
    }

    @Test
    void anOutOfRangeValueShowsTheRuleAndKeepsTheScenario() {
        Scenario scenario = vm.document().scenario();
        edit("electricity.pue", "5");
        assertTrue(field("electricity.pue").messageProperty().get().contains("3"),
                field("electricity.pue").messageProperty().get());
        assertSame(scenario, vm.document().scenario());
        assertTrue(vm.staleProperty().get());
    }

    @Test
    void fixingTheInvalidFieldClearsStaleness() {
        edit("electricity.pue", "5");
        edit("electricity.pue", "1.2");
        assertFalse(vm.staleProperty().get());
        assertEquals("", field("electricity.pue").messageProperty().get());
    }

    @Test
    void chineseAmountsAreUnderstood() {
        edit("options[0].quote.unitPrice.amount", "270万");
        assertEquals(0, new java.math.BigDecimal("2700000").compareTo(
                ((com.computetco.domain.ServerQuote) vm.document().scenario().options().get(0).quote())
                        .unitPrice().amount()));
    }

    @Test
    void undoAndRedoWalkThroughEdits() {
        String original = field("electricity.pricePerKwh").textProperty().get();
        edit("electricity.pricePerKwh", "0.9");
        assertTrue(vm.canUndoProperty().get());
        vm.undo();
        assertEquals(original, field("electricity.pricePerKwh").textProperty().get());
        assertEquals(workedExample, vm.document().scenario());
        assertTrue(vm.canRedoProperty().get());
        vm.redo();
        assertEquals("0.9", field("electricity.pricePerKwh").textProperty().get());
    }

    @Test
    void undoClearsAPendingInvalidText() {
        edit("electricity.pricePerKwh", "0.9");
        edit("electricity.pue", "oops");
        vm.undo();
        assertFalse(vm.staleProperty().get());
        assertEquals("1.3", field("electricity.pue").textProperty().get());
    }

    @Test
    void dirtyFollowsEditsAndUndoBackToTheSavedState() {
        edit("demandPflops", "80");
        assertTrue(vm.document().isDirty());
        assertTrue(vm.titleProperty().get().startsWith("• "));
        vm.undo();
        assertFalse(vm.document().isDirty());
    }

    @Test
    void saveThenOpenGivesBackAnIdenticalScenario() {
        edit("demandPflops", "72.5");
        Path file = dir.resolve("saved.scenario.json");
        dialogs.filesToSave.add(file);
        vm.save();
        assertFalse(vm.document().isDirty());
        Scenario saved = vm.document().scenario();
        vm.newScenario();
        assertNotEquals(saved, vm.document().scenario());
        dialogs.filesToOpen.add(file);
        vm.open();
        assertEquals(saved, vm.document().scenario());
        assertEquals(file, vm.document().file());
        assertEquals(file.toAbsolutePath(), vm.recentFiles().get(0));
    }

    @Test
    void openingAMalformedFileShowsEveryProblemAndChangesNothing() throws IOException {
        edit("demandPflops", "72.5");
        Scenario current = vm.document().scenario();
        Path bad = dir.resolve("bad.scenario.json");
        Files.writeString(bad, "{\"schemaVersion\": 1, \"currency\": \"cny\", \"horizonMonths\": 0}");
        dialogs.unsavedAnswer = UnsavedChoice.DISCARD;
        dialogs.filesToOpen.add(bad);
        vm.open();
        assertEquals(1, dialogs.problemsShown.size());
        assertTrue(dialogs.problems(0).size() >= 3, dialogs.problemsShown.toString());
        assertSame(current, vm.document().scenario());
        assertTrue(vm.document().isDirty());
    }

    /** Issue 10 §5: errors come before warnings, and an option is named by its label as well as its path. */
    @Test
    void theBadFileDialogListsErrorsFirstAndNamesOptionsByLabel() throws IOException {
        com.google.gson.JsonObject tree;
        tree = com.google.gson.JsonParser.parseString(new String(Scenarios.workedExampleBytes(),
                java.nio.charset.StandardCharsets.UTF_8)).getAsJsonObject();
        com.google.gson.JsonArray options = tree.getAsJsonArray("options");
        options.get(0).getAsJsonObject().addProperty("colour", "blue");
        com.google.gson.JsonObject rental = options.get(2).getAsJsonObject();
        rental.getAsJsonObject("quote").getAsJsonObject("pricePerPflopsYear").addProperty("amount", -5);
        Path bad = dir.resolve("labelled.scenario.json");
        Files.writeString(bad, tree.toString());
        dialogs.filesToOpen.add(bad);
        vm.open();
        assertEquals(1, dialogs.problemsShown.size());
        List<String> lines = dialogs.problems(0);
        String label = rental.get("label").getAsString();
        assertTrue(lines.get(0).startsWith("options[2] “" + label + "”.quote.pricePerPflopsYear.amount: must be"),
                lines.toString());
        String last = lines.get(lines.size() - 1);
        String firstLabel = options.get(0).getAsJsonObject().get("label").getAsString();
        assertEquals("options[0] “" + firstLabel + "”.colour: warning: unknown field, ignored", last);
    }

    @Test
    void aFailedSaveKeepsThePreviousFileAndSaysWhy() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("taken"));
        dialogs.filesToSave.add(folder);
        vm.saveAs();
        assertEquals(1, dialogs.errorsShown.size());
        assertTrue(Files.isDirectory(folder));
        assertNull(vm.document().file());
    }

    @Test
    void newAsksBeforeLosingUnsavedChanges() {
        edit("demandPflops", "99");
        Scenario edited = vm.document().scenario();
        dialogs.unsavedAnswer = UnsavedChoice.CANCEL;
        vm.newScenario();
        assertEquals(1, dialogs.unsavedAsked);
        assertSame(edited, vm.document().scenario());
        dialogs.unsavedAnswer = UnsavedChoice.DISCARD;
        vm.newScenario();
        assertNotEquals(edited, vm.document().scenario());
        assertFalse(vm.document().isDirty());
    }

    @Test
    void addingAnOptionFromAQuoteAddsAColumnAndResults() throws IOException {
        Quote quote = Scenarios.quoteReader().read(Path.of("sample-quotes/huawei-atlas-800t-a2.quote.json")).value();
        int before = vm.comparison().columns().size();
        assertTrue(vm.addOptionFromQuote(quote));
        assertEquals(before + 1, vm.comparison().columns().size());
        assertEquals(before + 1, vm.evaluationProperty().get().options().size());
        assertEquals(before, vm.comparison().selectedIndexProperty().get());
    }

    @Test
    void theBaselineCannotBeRemovedAndOnlyRentOptionsBecomeBaseline() {
        vm.comparison().selectedIndexProperty().set(2);
        assertFalse(vm.comparison().canRemoveProperty().get());
        assertFalse(vm.comparison().canSetBaselineProperty().get());
        vm.comparison().selectedIndexProperty().set(0);
        assertTrue(vm.comparison().canRemoveProperty().get());
        assertFalse(vm.comparison().canSetBaselineProperty().get());
        assertTrue(vm.comparison().removeSelected());
        assertEquals(2, vm.document().scenario().options().size());
    }

    @Test
    void duplicateAndMoveReorderTheColumns() {
        vm.comparison().selectedIndexProperty().set(0);
        assertTrue(vm.comparison().duplicateSelected());
        assertEquals("nvidia-h100-2", vm.document().scenario().options().get(1).id());
        assertTrue(vm.comparison().moveSelected(1));
        assertEquals("nvidia-h100-2", vm.document().scenario().options().get(2).id());
        assertEquals(2, vm.comparison().selectedIndexProperty().get());
        assertTrue(vm.comparison().canMoveLeftProperty().get());
    }

    @Test
    void switchingLanguageChangesMessagesAndTitle() {
        vm.languageProperty().set(Locale.SIMPLIFIED_CHINESE);
        assertTrue(vm.messages().isChinese());
        assertTrue(vm.titleProperty().get().contains("算力"), vm.titleProperty().get());
        edit("electricity.pricePerKwh", "abc");
        assertEquals("必须是数字", field("electricity.pricePerKwh").messageProperty().get());
    }

    @Test
    void ruleMessagesFollowTheLanguage() {
        vm.languageProperty().set(Locale.SIMPLIFIED_CHINESE);
        edit("electricity.pue", "5");
        assertEquals("必须不小于 1 且不大于 3，当前为 5", field("electricity.pue").messageProperty().get());
    }

    @Test
    void theWindowShowsTheSameFiguresAsTheCliForTheSameFile() throws IOException {
        Path file = Path.of("sample-quotes/market-2024-h100-vs-ascend-vs-leasing.scenario.json");
        vm.openWithoutAsking(file);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new com.computetco.cli.Cli().run(new String[] {"evaluate", file.toString()},
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true,
                        java.nio.charset.StandardCharsets.UTF_8));
        var options = com.google.gson.JsonParser.parseString(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .getAsJsonObject().getAsJsonArray("options");
        assertEquals(vm.evaluationProperty().get().options().size(), options.size());
        for (var element : options) {
            var cli = element.getAsJsonObject();
            var window = vm.evaluationProperty().get().option(cli.get("id").getAsString()).orElseThrow();
            assertEquals(cli.get("totalCost").getAsDouble(), window.totalCost());
            assertEquals(cli.get("presentValue").getAsDouble(), window.presentValue());
        }
    }

    @Test
    void workLeftByACrashIsOfferedBackAsUnsavedChanges() {
        java.util.List<Runnable> scheduled = new java.util.ArrayList<>();
        com.computetco.ui.state.Autosave autosave = new com.computetco.ui.state.Autosave(dir.resolve("recovery"),
                (task, delay, unit) -> scheduled.add(task));
        autosave.watch(vm.document());
        edit("demandPflops", "99");
        scheduled.forEach(Runnable::run);
        Scenario crashed = vm.document().scenario();

        MainViewModel restarted = new MainViewModel(Scenarios.loader(), new TcoEngine(), dialogs,
                TaskExecutor.direct(), new RecentFiles(dir.resolve("recent.txt")), Locale.ENGLISH, workedExample, null);
        dialogs.restoreAnswer = true;
        autosave.abandon(); // the crash
        restarted.offerRecovery(new com.computetco.ui.state.Autosave(dir.resolve("recovery"), (t, d, u) -> { }));
        assertEquals(1, dialogs.recoveryOffers.size());
        assertEquals(crashed, restarted.document().scenario());
        assertTrue(restarted.document().isDirty());
    }

    @Test
    void decliningRecoveryDeletesTheAutosavedWork() {
        java.util.List<Runnable> scheduled = new java.util.ArrayList<>();
        com.computetco.ui.state.Autosave autosave = new com.computetco.ui.state.Autosave(dir.resolve("recovery"),
                (task, delay, unit) -> scheduled.add(task));
        autosave.watch(vm.document());
        edit("demandPflops", "99");
        scheduled.forEach(Runnable::run);
        dialogs.restoreAnswer = false;
        autosave.abandon(); // the crash
        com.computetco.ui.state.Autosave next = new com.computetco.ui.state.Autosave(dir.resolve("recovery"),
                (t, d, u) -> { });
        vm.offerRecovery(next);
        assertEquals(1, dialogs.recoveryOffers.size());
        next.abandon();
        assertTrue(new com.computetco.ui.state.Autosave(dir.resolve("recovery"), (t, d, u) -> { })
                .find(Scenarios.loader()).isEmpty());
    }
}
