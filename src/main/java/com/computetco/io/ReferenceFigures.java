package com.computetco.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reference figures behind every bundled quote, demo and preset: one data file,
 * {@value #RESOURCE}, read by Help → Sources and by the report's Sources sheet, so the two never disagree.
 */
public final class ReferenceFigures {
    public static final String RESOURCE = "/com/computetco/sources/reference-figures.json";

    /** How far a figure can be trusted, as the reference table grades it. */
    public enum Confidence {
        HIGH, MEDIUM, LOW_MEDIUM, LOW, ESTIMATE;

        /** The message key of its name, such as {@code sources.confidence.low-medium}. */
        public String key() {
            return "sources.confidence." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Confidence parse(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** One figure: what it is (in both languages), its value, source, date (as precise as the source) and use. */
    public record Figure(String topic, String figure, String figureZh, String value, String source, String date,
            Confidence confidence, String usedIn) {
        /** What the figure is, in Chinese where the locale is Chinese. */
        public String figure(Locale locale) {
            return "zh".equals(locale.getLanguage()) && !figureZh.isBlank() ? figureZh : figure;
        }
    }

    private ReferenceFigures() {
    }

    /**
     * Every figure, in the file's order.
     *
     * @throws UncheckedIOException when the bundled file is missing or malformed: a broken build, not a user error
     */
    public static List<Figure> all() {
        try (InputStream in = ReferenceFigures.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("not bundled: " + RESOURCE);
            }
            JsonObject root = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getAsJsonObject();
            List<Figure> figures = new ArrayList<>();
            for (JsonElement e : root.getAsJsonArray("figures")) {
                JsonObject o = e.getAsJsonObject();
                figures.add(new Figure(text(o, "topic"), text(o, "figure"), text(o, "figureZh"), text(o, "value"),
                        text(o, "source"), text(o, "date"), Confidence.parse(text(o, "confidence")),
                        text(o, "usedIn")));
            }
            return List.copyOf(figures);
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(new IOException("cannot read " + RESOURCE + ": " + e.getMessage(), e));
        }
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? "" : e.getAsString();
    }
}
