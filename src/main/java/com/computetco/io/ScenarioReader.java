package com.computetco.io;

import com.computetco.domain.Scenario;
import com.computetco.rules.ScenarioRules;
import com.google.gson.JsonElement;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Reads a scenario file of any schema version {@link SchemaMigrations#scenarios()} converts (1 to
 * {@link com.computetco.domain.Scenario#SCHEMA_VERSION}); a file of a newer version is refused with a message
 * asking to update. Never throws for bad input: every problem in the file comes back at
 * once in the {@link ReadResult}, and the value is null whenever any of them is an error.
 */
public final class ScenarioReader {
    private final Clock clock;
    private final SchemaMigrations migrations;

    /** @param clock the day quotes are judged expired against; tests pass a fixed clock */
    public ScenarioReader(Clock clock) {
        this(clock, SchemaMigrations.scenarios());
    }

    /** With another chain of conversions; tests use fake ones. */
    ScenarioReader(Clock clock, SchemaMigrations migrations) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.migrations = Objects.requireNonNull(migrations, "migrations");
    }

    public ReadResult<Scenario> read(Path file) {
        return validate(JsonSource.load(file));
    }

    public ReadResult<Scenario> read(byte[] bytes) {
        return validate(JsonSource.parse(bytes));
    }

    /**
     * Checks a scenario built in memory (by an editor) by the rules of a file, at the same paths: the domain is
     * checked directly ({@link ScenarioRules}), never written and read back.
     */
    public ReadResult<Scenario> check(Scenario scenario) {
        return new ReadResult<>(scenario, ScenarioRules.check(scenario, LocalDate.now(clock)));
    }

    private ReadResult<Scenario> validate(ReadResult<JsonElement> parsed) {
        if (!parsed.isValid()) {
            return ReadResult.failure(parsed.problems());
        }
        ProblemLog log = new ProblemLog();
        JsonElement tree = parsed.value();
        if (tree.isJsonObject()) {
            tree = migrations.toNewest(tree.getAsJsonObject(), log);
            if (tree == null) {
                // A file of another version follows rules this build does not know: judging it by ours would
                // bury the one useful message under noise.
                return log.result(null);
            }
        }
        Scenario scenario = new ScenarioValidator(LocalDate.now(clock)).validate(tree, log);
        return log.result(scenario);
    }
}
