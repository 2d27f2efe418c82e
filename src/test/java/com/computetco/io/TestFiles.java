package com.computetco.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The worked example and small edits of it, addressed by the same paths the readers report. */
final class TestFiles {
    static final Clock TODAY = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);

    private TestFiles() {
    }

    /** The copy of shared/model/worked-example.json kept with the tests, so they run from any checkout. */
    static Path workedExamplePath() {
        try {
            return Path.of(TestFiles.class.getResource("/com/computetco/engine/worked-example.json").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The files users open from sample-quotes/ ending in {@code suffix}, sorted; tests run from the project root. */
    static List<Path> samples(String suffix) {
        try (java.util.stream.Stream<Path> files = Files.list(Path.of("sample-quotes"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] workedExampleBytes() {
        try {
            return Files.readAllBytes(workedExamplePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The copy of shared/model/worked-example-v2.json: every rule of schema version 2. */
    static byte[] workedExampleV2Bytes() {
        try {
            return Files.readAllBytes(Path.of(TestFiles.class.getResource(
                    "/com/computetco/engine/worked-example-v2.json").toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh, mutable tree of the version 2 worked example. */
    static JsonObject workedExampleV2() {
        return parse(workedExampleV2Bytes()).getAsJsonObject();
    }

    /** A fresh, mutable tree of the worked example, numbers kept exact. */
    static JsonObject workedExample() {
        return parse(workedExampleBytes()).getAsJsonObject();
    }

    static JsonElement parse(String json) {
        return parse(json.getBytes(StandardCharsets.UTF_8));
    }

    static JsonElement parse(byte[] json) {
        ReadResult<JsonElement> parsed = JsonSource.parse(json);
        if (!parsed.isValid()) {
            throw new IllegalArgumentException("test JSON does not parse: " + parsed.problems());
        }
        return parsed.value();
    }

    static byte[] bytes(JsonElement tree) {
        return tree.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Sets the value at a path such as {@code options[1].quote.unitPrice.currency}, given as JSON text. */
    static JsonObject set(JsonObject root, String path, String jsonValue) {
        List<String> steps = steps(path);
        JsonElement parent = walk(root, steps.subList(0, steps.size() - 1));
        String last = steps.get(steps.size() - 1);
        JsonElement value = parse(jsonValue);
        if (parent.isJsonArray()) {
            parent.getAsJsonArray().set(Integer.parseInt(last), value);
        } else {
            parent.getAsJsonObject().add(last, value);
        }
        return root;
    }

    static JsonObject remove(JsonObject root, String path) {
        List<String> steps = steps(path);
        JsonElement parent = walk(root, steps.subList(0, steps.size() - 1));
        String last = steps.get(steps.size() - 1);
        if (parent.isJsonArray()) {
            parent.getAsJsonArray().remove(Integer.parseInt(last));
        } else if (parent.getAsJsonObject().remove(last) == null) {
            throw new IllegalArgumentException("nothing to remove at " + path);
        }
        return root;
    }

    static JsonObject object(JsonObject root, String path) {
        return walk(root, steps(path)).getAsJsonObject();
    }

    static JsonArray array(JsonObject root, String path) {
        return walk(root, steps(path)).getAsJsonArray();
    }

    private static JsonElement walk(JsonElement from, List<String> steps) {
        JsonElement at = from;
        for (String step : steps) {
            at = at.isJsonArray() ? at.getAsJsonArray().get(Integer.parseInt(step)) : at.getAsJsonObject().get(step);
            if (at == null) {
                throw new IllegalArgumentException("no such path step " + step);
            }
        }
        return at;
    }

    private static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            if (bracket < 0) {
                steps.add(part);
                continue;
            }
            if (bracket > 0) {
                steps.add(part.substring(0, bracket));
            }
            for (String index : part.substring(bracket + 1).split("\\]\\[?")) {
                if (!index.isEmpty()) {
                    steps.add(index);
                }
            }
        }
        return steps;
    }
}
