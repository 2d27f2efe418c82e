package com.computetco.io;

import com.computetco.rules.FieldPath;
import com.computetco.rules.DecimalText;
import com.computetco.rules.Problem;
import com.computetco.rules.ProblemCode;
import com.computetco.domain.Scenario;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Brings the parsed tree of a file of any schema version this build reads up to the newest one, one version at
 * a time, before the file is validated: the validator only ever knows the newest format.
 *
 * <p>To change the scenario format: raise {@link Scenario#SCHEMA_VERSION} to N+1, change the validator and the
 * writer to the new format, and add one class implementing {@link Step} from N to N+1 to {@link #SCENARIO_STEPS}.
 * Files of every older version keep opening; the test of the chain with the samples shows it.
 */
public final class SchemaMigrations {

    /**
     * Converts a tree of schema version {@link #from()} into one of version {@code from() + 1}. It may change the
     * tree in place. The chain sets {@code schemaVersion} itself afterwards. The tree is untrusted: a step must
     * leave a field it does not understand as it is for the validator to report, and never assume types.
     */
    public interface Step {
        int from();

        JsonObject migrate(JsonObject tree);

        /** As {@link #migrate(JsonObject)}, telling the user about what the step dropped or changed. */
        default JsonObject migrate(JsonObject tree, Warnings warnings) {
            return migrate(tree);
        }
    }

    /** Where a step reports a field it ignored, by path. */
    public interface Warnings {
        void warning(String path, ProblemCode code);
    }

    /** The first schema version of Compute TCO scenario files. */
    static final int FIRST_SCENARIO_VERSION = 1;
    private static final List<Step> SCENARIO_STEPS = List.of(new SchemaV1ToV2());
    private static final SchemaMigrations SCENARIOS = new SchemaMigrations(FIRST_SCENARIO_VERSION, SCENARIO_STEPS);

    private static final String FIELD = "schemaVersion";

    private final int oldest;
    private final List<Step> steps;

    /**
     * @param oldest the oldest version read
     * @param steps  consecutive steps, the first from {@code oldest}; the newest version read is the last step's
     *               target, or {@code oldest} when there are none
     */
    SchemaMigrations(int oldest, List<Step> steps) {
        this.oldest = oldest;
        this.steps = List.copyOf(steps);
        for (int i = 0; i < this.steps.size(); i++) {
            Step step = Objects.requireNonNull(this.steps.get(i), "step");
            if (step.from() != oldest + i) {
                throw new IllegalArgumentException("step " + i + " converts from version " + step.from()
                        + ", expected " + (oldest + i));
            }
        }
    }

    /** The chain of scenario files, ending at {@link Scenario#SCHEMA_VERSION}. */
    public static SchemaMigrations scenarios() {
        return SCENARIOS;
    }

    public int oldest() {
        return oldest;
    }

    public int newest() {
        return oldest + steps.size();
    }

    /**
     * The tree converted to {@link #newest()}, or null after logging the one problem that stops reading: a version
     * this build does not read. A missing or non-numeric version is left for the validator to report; the tree
     * is then returned unchanged.
     */
    JsonObject toNewest(JsonObject tree, ProblemLog log) {
        JsonElement element = tree.get(FIELD);
        if (!JsonFields.isNumber(element)) {
            return tree;
        }
        String path = FieldPath.child(Problem.ROOT, FIELD);
        BigDecimal value = element.getAsBigDecimal();
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            log.error(path, ProblemCode.SCHEMA_NOT_WHOLE, String.valueOf(newest()), DecimalText.format(value),
                    readable());
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(newest())) > 0) {
            log.error(path, ProblemCode.NEWER_VERSION, DecimalText.format(value), String.valueOf(newest()));
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(oldest)) < 0) {
            log.error(path, ProblemCode.UNKNOWN_VERSION, DecimalText.format(value), readable());
            return null;
        }
        int version = value.intValueExact();
        JsonObject at = tree;
        for (Step step : steps.subList(version - oldest, steps.size())) {
            try {
                at = Objects.requireNonNull(step.migrate(at, log::warning), "the step returned no tree");
            } catch (RuntimeException e) {
                // A step is code written for well-formed old files; on a broken one the user still gets a message.
                log.error(Problem.ROOT, ProblemCode.CANNOT_CONVERT, String.valueOf(step.from()),
                        String.valueOf(step.from() + 1), JsonSource.describe(e));
                return null;
            }
            at.add(FIELD, new JsonPrimitive(step.from() + 1));
        }
        return at;
    }

    /** "schema version 1" or "schema versions 1 to 3". */
    String readable() {
        return oldest == newest() ? "schema version " + oldest : "schema versions " + oldest + " to " + newest();
    }
}
