package com.computetco.cli;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/** The commands' JSON output: two-space indent, nulls written out, numbers in plain decimal notation. */
final class JsonDocument {
    /** Writes the document's content. */
    @FunctionalInterface
    interface Body {
        void write(JsonWriter json) throws IOException;
    }

    private JsonDocument() {
    }

    static String write(Body body) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setIndent("  ");
            json.setSerializeNulls(true);
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    /** Plain decimal notation with the shortest digits that read back as the same double; null where undefined. */
    static void number(JsonWriter json, Double value) throws IOException {
        if (value == null || !Double.isFinite(value)) {
            json.nullValue();
            return;
        }
        double v = value == 0 ? 0.0 : value;
        json.jsonValue(new BigDecimal(Double.toString(v)).toPlainString());
    }
}
