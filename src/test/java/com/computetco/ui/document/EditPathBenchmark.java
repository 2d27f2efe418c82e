package com.computetco.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.computetco.app.ScenarioLoader;
import com.computetco.domain.Scenario;
import com.computetco.engine.TcoEngine;
import com.computetco.testing.Scenarios;
import com.google.gson.JsonPrimitive;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What one typed value costs the editor alone (no window): set on the domain records and checked by the rules,
 * against the long way of decision 0001 (write the scenario, set the JSON path, read it all back). Both include the
 * loader's one evaluation. Prints figures; asserts only that both routes give the same scenario.
 */
@Tag("benchmark")
class EditPathBenchmark {
    private static final int WARM_UP = 2_000;
    private static final int RUNS = 2_000;

    @Test
    void setOnTheDomainAgainstThroughTheFile() throws Exception {
        Scenario worked;
        try (InputStream in = getClass().getResourceAsStream("/com/computetco/engine/worked-example.json")) {
            worked = Scenarios.reader().read(in.readAllBytes()).value();
        }
        ScenarioEditor editor = new ScenarioEditor(new ScenarioLoader(Scenarios.reader(), new TcoEngine()));
        String path = "electricity.pricePerKwh";
        JsonPrimitive value = new JsonPrimitive(new BigDecimal("0.61"));
        assertEquals(editor.change(worked, t -> JsonPath.of(path).set(t, value)).scenario(),
                editor.setField(worked, path, value, t -> { }).scenario());
        double direct = median(() -> editor.setField(worked, path, value, t -> {
            throw new AssertionError("detour");
        }));
        double throughFile = median(() -> editor.change(worked, t -> JsonPath.of(path).set(t, value)));
        System.out.printf("Edit electricity.pricePerKwh on the worked example, editor only (CPU median): on the "
                + "domain %.1f us, through the file format %.1f us (load average %.1f)%n", direct, throughFile,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double median(Runnable edit) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] cpu = new double[RUNS];
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long start = threads.getCurrentThreadCpuTime();
            edit.run();
            if (i >= WARM_UP) {
                cpu[i - WARM_UP] = (threads.getCurrentThreadCpuTime() - start) / 1e3;
            }
        }
        Arrays.sort(cpu);
        return cpu[RUNS / 2];
    }
}
