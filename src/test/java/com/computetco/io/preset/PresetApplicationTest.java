package com.computetco.io.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.app.ScenarioLoader;
import com.computetco.testing.Scenarios;
import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every preset's result is a valid schema-2 scenario with no warnings, holding the v2 fields it set. */
class PresetApplicationTest {
    private static final ScenarioLoader LOADER = Scenarios.loader();
    private static Scenario workedExample;

    @BeforeAll
    static void load() throws IOException {
        workedExample = Scenarios.workedExample();
    }

    private static Scenario applied(String id) {
        PresetApplication a = PresetApplication.apply(Presets.byId(id).orElseThrow(), workedExample, LOADER::load);
        assertTrue(a.result().isValid(), () -> a.result().problems().toString());
        assertTrue(a.result().problems().isEmpty(), () -> id + ": " + a.result().problems());
        return a.result().value();
    }

    @Test
    void theExportLicenceGivesTheNvidiaBuildItsSupplyRisk() {
        Scenario s = applied("h20-export-licence");
        var risk = s.option("nvidia-h100").orElseThrow().supplyRiskPlan().orElseThrow();
        assertEquals(0, new BigDecimal("50").compareTo(risk.probabilityPct()));
        assertTrue(s.option("ascend-910b").orElseThrow().supplyRiskPlan().isEmpty());
    }

    @Test
    void theSubsidyGoesToTheAscendBuildAsItsOwnSubsidy() {
        Scenario s = applied("domestic-power-subsidy");
        assertEquals(0, new BigDecimal("50").compareTo(s.option("ascend-910b").orElseThrow().electricitySubsidyPctValue()));
        assertEquals(null, s.option("nvidia-h100").orElseThrow().electricitySubsidyPctValue());
    }

    @Test
    void everyOtherPresetGivesAValidScenario() {
        applied("lessor-price-rise-2026");
        applied("pue-cap-hub");
    }
}
