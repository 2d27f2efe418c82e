package com.computetco.io.preset;

import com.computetco.domain.Scenario;
import com.computetco.io.JsonSource;
import com.computetco.io.ReadResult;
import com.computetco.io.ScenarioWriter;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * A preset applied to a scenario: the changed scenario, read back by the file rules (so a preset can never
 * produce a scenario a file could not hold), and the list of changes.
 */
public record PresetApplication(ReadResult<Scenario> result, List<PresetChange> changes) {
    private static final Gson GSON = new Gson();

    /**
     * @param load reads the changed file by every rule (the application's loader, which also refuses results
     *             that would not be finite)
     */
    public static PresetApplication apply(Preset preset, Scenario scenario,
            Function<byte[], ReadResult<Scenario>> load) {
        JsonObject tree = JsonSource.parse(ScenarioWriter.toBytes(scenario)).value().getAsJsonObject();
        List<PresetChange> changes = preset.applyTo(tree);
        ReadResult<Scenario> read = load.apply(GSON.toJson(tree).getBytes(StandardCharsets.UTF_8));
        return new PresetApplication(read, changes);
    }

    public boolean changedAnything() {
        return !changes.isEmpty();
    }
}
