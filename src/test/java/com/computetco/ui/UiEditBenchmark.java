package com.computetco.ui;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.computetco.domain.Option;
import com.computetco.domain.Scenario;
import com.computetco.io.ScenarioLoader;
import com.computetco.ui.common.FieldViewModel;
import com.computetco.ui.common.TaskExecutor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Edit-to-updated-window timing, printed (never asserted): an electricity price typed into the assumptions
 * form, committed, and the results, the charts and the table recomputed, styled and laid out. Run with
 * {@code mvn test -Dgroups=benchmark -DexcludedGroups=none -Dtest=UiEditBenchmark}.
 */
@Tag("benchmark")
class UiEditBenchmark {
    private static final int WARM_UP = 20;
    private static final int RUNS = 60;

    @TempDir
    Path dir;

    @Test
    void editToUpdatedResults() throws Exception {
        Scenario worked = workedExample();
        measure("worked example (3 options x 60 months)", worked);
        measure("10 options x 240 months", tenOptionsOver240Months(worked));
    }

    private void measure(String name, Scenario scenario) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        AppAssembly app = onFx(() -> {
            AppAssembly assembly = new AppAssembly(new FakeDialogService(), TaskExecutor.direct(), dir, Locale.ENGLISH,
                    scenario);
            assembly.attach(stage, new Label(), () -> { });
            stage.show();
            return assembly;
        });
        FieldViewModel price = app.main().assumptions().field("electricity.pricePerKwh");
        double[] millis = new double[RUNS];
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            String value = i % 2 == 0 ? "0.61" : "0.47";
            double elapsed = onFx(() -> {
                long start = System.nanoTime();
                price.textProperty().set(value);
                price.commit();
                Parent root = stage.getScene().getRoot();
                root.applyCss();
                root.layout();
                return (System.nanoTime() - start) / 1e6;
            });
            if (i >= WARM_UP) {
                millis[i - WARM_UP] = elapsed;
            }
        }
        assertNotEquals(scenario, app.main().document().scenario(), "the edits reached the scenario");
        Arrays.sort(millis);
        System.out.printf("UI edit -> results, charts and table, %s: median %.1f ms, p90 %.1f ms, max %.1f ms%n",
                name, millis[RUNS / 2], millis[(int) (RUNS * 0.9)], millis[RUNS - 1]);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(work));
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private static Scenario workedExample() throws IOException {
        try (InputStream in = UiEditBenchmark.class.getResourceAsStream("/com/computetco/engine/worked-example.json")) {
            return new ScenarioLoader().load(in.readAllBytes()).value();
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
