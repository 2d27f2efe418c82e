package com.computetco.app;

import com.computetco.rules.Problem;
import com.computetco.rules.ProblemCode;
import com.computetco.domain.Scenario;
import com.computetco.io.ReadResult;
import com.computetco.io.ScenarioReader;
import com.computetco.engine.Evaluation;
import com.computetco.engine.TcoEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a scenario and applies the last rule of section 8: a scenario whose results would not be finite is
 * refused. The field rules come first; only a scenario that passes them is evaluated.
 */
public final class ScenarioLoader {
    private final ScenarioReader reader;
    private final TcoEngine engine;
    /** The evaluation made by the last successful check, so that its caller need not run the engine again. */
    private volatile Checked lastChecked;

    private record Checked(Scenario scenario, Evaluation evaluation) {
    }

    public ScenarioLoader(ScenarioReader reader, TcoEngine engine) {
        this.reader = reader;
        this.engine = engine;
    }

    public ReadResult<Scenario> load(Path file) {
        return withFiniteResults(reader.read(file));
    }

    public ReadResult<Scenario> load(byte[] bytes) {
        return withFiniteResults(reader.read(bytes));
    }

    /** Checks a scenario built in memory (an edit in the window) by the same rules as a file. */
    public ReadResult<Scenario> check(Scenario scenario) {
        return withFiniteResults(reader.check(scenario));
    }

    /**
     * The evaluation computed while checking exactly this scenario object, if it was the last one checked: the
     * window evaluates every accepted edit, and the finiteness check has just done so.
     */
    public java.util.Optional<Evaluation> evaluationOf(Scenario scenario) {
        Checked checked = lastChecked;
        return checked != null && checked.scenario() == scenario ? java.util.Optional.of(checked.evaluation())
                : java.util.Optional.empty();
    }

    private ReadResult<Scenario> withFiniteResults(ReadResult<Scenario> read) {
        if (!read.isValid()) {
            return read;
        }
        Evaluation evaluation = engine.evaluate(read.value());
        List<String> bad = evaluation.nonFiniteOptionIds();
        if (bad.isEmpty()) {
            List<Problem> plausibility = PlausibilityChecks.warnings(read.value(), evaluation);
            ReadResult<Scenario> checked = read;
            if (!plausibility.isEmpty()) {
                List<Problem> all = new ArrayList<>(read.problems());
                all.addAll(plausibility);
                checked = new ReadResult<>(read.value(), all);
            }
            lastChecked = new Checked(checked.value(), evaluation);
            return checked;
        }
        List<Problem> problems = new ArrayList<>(read.problems());
        List<String> ids = read.value().options().stream().map(o -> o.id()).toList();
        for (String id : bad) {
            problems.add(Problem.error("options[" + ids.indexOf(id) + "]", ProblemCode.NOT_FINITE));
        }
        return ReadResult.failure(problems);
    }
}
