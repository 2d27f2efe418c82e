package com.computetco.io;

import com.computetco.rules.Problem;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders a bad file's problems for a person: errors (what stops the file) before warnings, each in the readers'
 * order, and names the option a path points into by its label as well, since "options[3]" means nothing to
 * someone who has not counted them (issue 10 §5).
 */
public final class ProblemListing {
    private static final Pattern OPTION_PATH = Pattern.compile("^options\\[(\\d+)]");

    private ProblemListing() {
    }

    /** The problems, errors first; the sort is stable, so each group keeps the readers' order. */
    public static List<Problem> errorsFirst(List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(p -> p.isError() ? 0 : 1));
        return sorted;
    }

    /**
     * The option labels of a scenario file as far as it can be read (a label is "" where the option or its
     * label is missing); empty when the file is not JSON at all.
     */
    public static List<String> optionLabels(Path file) {
        ReadResult<JsonElement> read = JsonSource.load(file);
        List<String> labels = new ArrayList<>();
        if (!read.isValid() || !read.value().isJsonObject()) {
            return labels;
        }
        JsonElement options = read.value().getAsJsonObject().get("options");
        if (options == null || !options.isJsonArray()) {
            return labels;
        }
        for (JsonElement e : (JsonArray) options) {
            JsonElement label = e.isJsonObject() ? ((JsonObject) e).get("label") : null;
            labels.add(label != null && label.isJsonPrimitive() ? label.getAsString() : "");
        }
        return labels;
    }

    /** The path with the option's label after its index ({@code options[1] “Atlas”.quote.unitPrice}), if known. */
    public static String labelledPath(String path, List<String> labels) {
        Matcher m = OPTION_PATH.matcher(path);
        if (!m.find()) {
            return path;
        }
        int index;
        try {
            index = Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            return path;
        }
        if (index >= labels.size() || labels.get(index).isBlank()) {
            return path;
        }
        return m.group() + " “" + labels.get(index) + "”" + path.substring(m.end());
    }
}
