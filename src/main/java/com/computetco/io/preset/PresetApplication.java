package com.computetco.io.preset;

import com.computetco.domain.Scenario;
import com.computetco.io.JsonSource;
import com.computetco.io.ReadResult;
import com.computetco.io.ScenarioLoader;
import com.computetco.io.ScenarioWriter;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A preset applied to a scenario: the changed scenario, read back by the file rules (so a preset can never
 * produce a scenario a file could not hold), and the list of changes.
 */
public record PresetApplication(ReadResult<Scenario> result, List<PresetChange> changes) {
    private static final Gson GSON = new Gson();

    public static PresetApplication apply(Preset preset, Scenario scenario, ScenarioLoader loader) {
        JsonObject tree = JsonSource.parse(ScenarioWriter.toBytes(scenario)).value().getAsJsonObject();
        List<PresetChange> changes = preset.applyTo(tree);
        ReadResult<Scenario> read = loader.load(GSON.toJson(tree).getBytes(StandardCharsets.UTF_8));
        return new PresetApplication(read, changes);
    }

    public boolean changedAnything() {
        return !changes.isEmpty();
    }
}
