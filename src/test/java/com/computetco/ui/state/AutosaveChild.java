package com.computetco.ui.state;

import com.computetco.domain.Scenario;
import com.computetco.testing.Scenarios;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * A second app instance for {@link AutosaveTwoProcessesTest}: autosaves a scenario with the given demand into the
 * shared recovery folder, prints "ready OWNER", then either keeps running (until killed, as a crash) or exits cleanly.
 */
public final class AutosaveChild {
    private AutosaveChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String mode = args[1];
        Scenario scenario;
        try (InputStream in = AutosaveChild.class.getResourceAsStream("/com/computetco/engine/worked-example.json")) {
            scenario = Scenarios.loader().load(in.readAllBytes()).value().withDemandPflops(new BigDecimal(args[2]));
        }
        Autosave autosave = new Autosave(folder, (task, delay, unit) -> { });
        if (mode.equals("offered")) {
            // Prints what this instance would offer at start-up, then exits cleanly.
            autosave.findAll(Scenarios.loader()).forEach(r -> System.out.println("offered "
                    + r.scenario().demandPflops().toPlainString()));
            autosave.close();
            System.out.println("ready " + autosave.owner());
            return;
        }
        autosave.save(scenario, null);
        System.out.println("ready " + autosave.owner());
        System.out.flush();
        if (mode.equals("exit")) {
            autosave.close();
            return;
        }
        Thread.sleep(600_000); // "hold": a live window, until the test kills it
    }
}
