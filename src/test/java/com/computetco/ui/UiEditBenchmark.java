package com.computetco.ui;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.computetco.domain.Option;
import com.computetco.domain.Scenario;
import com.computetco.testing.FakeDialogService;
import com.computetco.testing.Scenarios;
import com.computetco.ui.fields.FieldViewModel;
import com.computetco.ui.platform.FxTaskExecutor;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Edit-to-updated-window timing, printed (never asserted): an electricity price typed into the assumptions
 * form, committed, and the results, the verdict, the charts and the table recomputed, then styled and laid out by
 * the next pulse as the app's pulse does it (its CSS pass over the nodes the edit touched, its layout pass), with
 * the ViewModels assembled as the app assembles them (its background executor included), once with the Risk tab
 * closed and once with it shown (its tornado and break-even answers then follow each edit in the background; the
 * Risk tab shares the tab pane with the charts, which then wait, hidden, until they are shown again).
 * An earlier version styled the whole window on every edit ({@code root.applyCss()} restyles every node, which no
 * pulse does) and warmed up with 20 edits, so its first case measured mostly a cold JVM.
 * Run with {@code mvn test -Dgroups=benchmark -DexcludedGroups=none -Dtest=UiEditBenchmark}.
 */
@Tag("benchmark")
class UiEditBenchmark {
    /** Enough edits for the JIT to compile the edit path: with 20, the first case measured was mostly a cold JVM. */
    private static final int WARM_UP = 100;
    private static final int RUNS = 60;

    @TempDir
    Path dir;

    @Test
    void editToUpdatedResults() throws Exception {
        Scenario worked = workedExample();
        Scenario ten = tenOptionsOver240Months(worked);
        for (boolean riskShown : new boolean[] {false, true}) {
            measure("worked example (3 options x 60 months)", worked, riskShown);
            measure("10 options x 240 months", ten, riskShown);
        }
    }

    private void measure(String name, Scenario scenario, boolean riskShown) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        AppAssembly app = onFx(() -> {
            AppAssembly assembly = TestAssembly.of(new FakeDialogService(), new FxTaskExecutor(), dir, Locale.ENGLISH,
                scenario);
            assembly.attach(stage, new Label(), () -> { });
            stage.show();
            return assembly;
        });
        if (riskShown) {
            onFx(() -> {
                for (Node node : stage.getScene().getRoot().lookupAll(".tab-pane")) {
                    TabPane pane = (TabPane) node;
                    pane.getTabs().stream().filter(t -> "tab-risk".equals(t.getId())).findFirst()
                            .ifPresent(t -> pane.getSelectionModel().select(t));
                }
                return null;
            });
            // The first simulation runs in the background when the tab is first shown; let it finish.
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (onFx(() -> app.risk().busyProperty().get())
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }
        FieldViewModel price = app.main().assumptions().field("electricity.pricePerKwh");
        double[] wall = new double[RUNS];
        double[] cpu = new double[RUNS];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            String value = i % 2 == 0 ? "0.61" : "0.47";
            CompletableFuture<double[]> drawn = new CompletableFuture<>();
            onFx(() -> {
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                price.textProperty().set(value);
                price.commit();
                long editWall = System.nanoTime() - start;
                // What the next pulse does for this scene: its CSS pass over the nodes the edit dirtied and its
                // layout pass. The wait for the pulse is not counted in the wall time; the FX thread's CPU time
                // counts everything it ran from the edit to the end of the layout pass.
                long[] pulseStart = new long[1];
                Scene scene = stage.getScene();
                Runnable before = () -> pulseStart[0] = System.nanoTime();
                Runnable[] after = new Runnable[1];
                after[0] = () -> {
                    long now = System.nanoTime();
                    // Not while the scene walks its listeners.
                    Platform.runLater(() -> {
                        scene.removePreLayoutPulseListener(before);
                        scene.removePostLayoutPulseListener(after[0]);
                    });
                    drawn.complete(new double[] {(editWall + now - pulseStart[0]) / 1e6,
                        (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6});
                };
                scene.addPreLayoutPulseListener(before);
                scene.addPostLayoutPulseListener(after[0]);
                Platform.requestNextPulse();
                return null;
            });
            double[] elapsed = drawn.get(60, TimeUnit.SECONDS);
            if (i >= WARM_UP) {
                wall[i - WARM_UP] = elapsed[0];
                cpu[i - WARM_UP] = elapsed[1];
            }
        }
        assertNotEquals(scenario, app.main().document().scenario(), "the edits reached the scenario");
        Arrays.sort(wall);
        Arrays.sort(cpu);
        // The FX thread's CPU time is what the edit costs on an idle core; wall time adds whatever else the
        // machine is running (the load average is printed so that figures from a busy machine read as such).
        System.out.printf("UI edit -> results, verdict, charts and table, %s, Risk tab %s: FX-thread CPU median "
                + "%.1f ms, p90 %.1f ms; wall median %.1f ms, p90 %.1f ms (load average %.1f on %d cores)%n", name,
                riskShown ? "shown" : "closed", cpu[RUNS / 2], cpu[(int) (RUNS * 0.9)], wall[RUNS / 2],
                wall[(int) (RUNS * 0.9)], ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(work));
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private static Scenario workedExample() throws IOException {
        try (InputStream in = UiEditBenchmark.class.getResourceAsStream("/com/computetco/engine/worked-example.json")) {
            return Scenarios.loader().load(in.readAllBytes()).value();
        }
    }

    static Scenario tenOptionsOver240Months(Scenario base) {
        List<Option> options = new ArrayList<>(base.options());
        for (int i = 0; options.size() < 10; i++) {
            Option o = base.options().get(i % 2);
            options.add(new Option(o.id() + "-" + i, o.label() + " " + i, o.type(), o.quote(), o.efficiencyPct(),
                    o.operationsFte(), o.residualValuePct(), o.supplierDefaultPct(), o.retraining()));
        }
        return base.withOptions(options).withHorizonMonths(240);
    }
}
