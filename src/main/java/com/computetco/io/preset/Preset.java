package com.computetco.io.preset;

import com.google.gson.JsonObject;
import java.time.YearMonth;
import java.util.List;

/**
 * A dated market event a user applies to a scenario in one step. It edits the scenario's file tree (the newest
 * schema version, as {@link com.computetco.io.ScenarioWriter} writes it), so the result is checked by the same
 * rules as a file, and reports every field it changed. Its title and its description (what it changes and why)
 * are the message keys {@code preset.<id>.title} and {@code preset.<id>.description}.
 */
public interface Preset {
    /** The name used by the command line, such as {@code h20-export-licence}. */
    String id();

    /** When the event happened. */
    YearMonth date();

    /** Where the figures come from: publication and date, with their confidence. */
    String source();

    /** Edits {@code scenario} in place and lists what changed; an empty list when nothing applies. */
    List<PresetChange> applyTo(JsonObject scenario);

    default String titleKey() {
        return "preset." + id() + ".title";
    }

    default String descriptionKey() {
        return "preset." + id() + ".description";
    }
}
