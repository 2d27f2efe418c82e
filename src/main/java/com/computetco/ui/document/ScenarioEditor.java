package com.computetco.ui.document;

import com.computetco.app.ScenarioLoader;
import com.computetco.domain.Scenario;
import com.computetco.io.JsonSource;
import com.computetco.io.ReadResult;
import com.computetco.io.ScenarioWriter;
import com.computetco.rules.Problem;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/** Applies an edit to a scenario and checks the result by the file rules; never yields an invalid scenario. */
public final class ScenarioEditor {
    private static final Gson GSON = new Gson();
    private final ScenarioLoader loader;

    public ScenarioEditor(ScenarioLoader loader) {
        this.loader = loader;
    }

    /** The outcome of an edit: the new scenario, or null with the problems that refused it. */
    public record Outcome(Scenario scenario, List<Problem> problems) {
        public boolean accepted() {
            return scenario != null;
        }

        public List<Problem> errors() {
            return problems.stream().filter(Problem::isError).toList();
        }
    }

    /** The scenario as its file's JSON tree. */
    public JsonObject tree(Scenario scenario) {
        return JsonSource.parse(ScenarioWriter.toBytes(scenario)).value().getAsJsonObject();
    }

    public Outcome set(Scenario current, String path, JsonElement value) {
        return change(current, tree -> JsonPath.of(path).set(tree, value));
    }

    /**
     * Sets one value typed into a field: on the domain records directly when it can be
     * ({@link RecordPath}), then checked by the rules on the domain, without writing and rereading the file;
     * otherwise (a value removed, an object to create first) through the file format by {@code throughFile}.
     */
    public Outcome setField(Scenario current, String path, JsonElement value, Consumer<JsonObject> throughFile) {
        Scenario edited;
        try {
            edited = RecordPath.of(path).set(current, value);
        } catch (RecordPath.Unsupported e) {
            return change(current, throughFile);
        }
        return check(edited);
    }

    public Outcome change(Scenario current, Consumer<JsonObject> edit) {
        JsonObject tree = tree(current);
        edit.accept(tree);
        return check(GSON.toJson(tree).getBytes(StandardCharsets.UTF_8));
    }

    /** Checks a scenario built directly (add, remove or reorder options) by the same rules. */
    public Outcome check(Scenario candidate) {
        ReadResult<Scenario> read = loader.check(candidate);
        return new Outcome(read.value(), read.problems());
    }

    private Outcome check(byte[] json) {
        ReadResult<Scenario> read = loader.load(json);
        return new Outcome(read.value(), read.problems());
    }
}
