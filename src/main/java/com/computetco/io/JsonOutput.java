package com.computetco.io;

import com.computetco.rules.DecimalText;
import com.computetco.domain.MinMax;
import com.computetco.domain.Money;
import com.computetco.domain.Triangular;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The canonical form of every file the application saves: two-space indent, fields in the methodology's order,
 * numbers exactly as held (never through a double), one newline at the end. Writers call the member methods in
 * file order.
 */
final class JsonOutput {
    private final StringWriter text = new StringWriter();
    private final JsonWriter writer = new JsonWriter(text);

    JsonOutput() {
        writer.setIndent("  ");
        writer.setHtmlSafe(false);
    }

    /** A body that writes through this output; IO cannot really fail on a StringWriter. */
    interface Body {
        void write(JsonOutput out) throws IOException;
    }

    static String render(Body body) {
        JsonOutput out = new JsonOutput();
        try {
            body.write(out);
            out.writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.text + "\n";
    }

    static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    JsonOutput beginObject() throws IOException {
        writer.beginObject();
        return this;
    }

    JsonOutput beginObject(String name) throws IOException {
        writer.name(name).beginObject();
        return this;
    }

    JsonOutput endObject() throws IOException {
        writer.endObject();
        return this;
    }

    JsonOutput beginArray(String name) throws IOException {
        writer.name(name).beginArray();
        return this;
    }

    JsonOutput endArray() throws IOException {
        writer.endArray();
        return this;
    }

    JsonOutput string(String name, String value) throws IOException {
        writer.name(name).value(value);
        return this;
    }

    /** Leaves the field out when null, so an absent optional field stays absent. */
    JsonOutput optionalString(String name, String value) throws IOException {
        return value == null ? this : string(name, value);
    }

    JsonOutput optionalDate(String name, LocalDate value) throws IOException {
        return value == null ? this : string(name, value.toString());
    }

    JsonOutput number(String name, BigDecimal value) throws IOException {
        writer.name(name).jsonValue(DecimalText.format(value));
        return this;
    }

    JsonOutput integer(String name, long value) throws IOException {
        writer.name(name).value(value);
        return this;
    }

    JsonOutput bool(String name, boolean value) throws IOException {
        writer.name(name).value(value);
        return this;
    }

    JsonOutput money(String name, Money money) throws IOException {
        return beginObject(name).number("amount", money.amount()).string("currency", money.currency()).endObject();
    }

    JsonOutput optionalMoney(String name, Money money) throws IOException {
        return money == null ? this : money(name, money);
    }

    JsonOutput triangular(String name, Triangular t) throws IOException {
        if (t == null) {
            return this;
        }
        return beginObject(name).number("min", t.min()).number("likely", t.likely()).number("max", t.max())
                .endObject();
    }

    JsonOutput minMax(String name, MinMax range) throws IOException {
        if (range == null) {
            return this;
        }
        return beginObject(name).number("min", range.min()).number("max", range.max()).endObject();
    }

    /** Leaves the field out when null, so an absent optional field stays absent. */
    JsonOutput optionalNumber(String name, BigDecimal value) throws IOException {
        return value == null ? this : number(name, value);
    }

    /** Leaves the field out when null, so an absent optional field stays absent. */
    JsonOutput optionalBool(String name, Boolean value) throws IOException {
        return value == null ? this : bool(name, value);
    }
}
