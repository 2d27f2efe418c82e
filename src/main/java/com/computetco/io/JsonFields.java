package com.computetco.io;

import com.computetco.rules.Limits;
import com.computetco.rules.FieldPath;
import com.computetco.rules.NumberRange;
import com.computetco.rules.DecimalText;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.computetco.rules.Problem;
import com.computetco.rules.ProblemCode;
import com.computetco.rules.ProblemWord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Typed access to the fields of one JSON object that records a problem, with the field's path, instead of
 * failing. Every getter returns null when the value is unusable; callers compare {@link ProblemLog#errorCount()}
 * before and after a group of fields to know whether they may build a domain object. The fields asked for are
 * remembered so that {@link #warnUnknownFields()} can name the others.
 */
final class JsonFields {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);

    private final JsonObject object;
    private final String path;
    private final ProblemLog log;
    private final Set<String> asked = new HashSet<>();

    private JsonFields(JsonObject object, String path, ProblemLog log) {
        this.object = object;
        this.path = path;
        this.log = log;
    }

    /** The object at {@code path}, or null after recording that it is not an object. */
    static JsonFields of(JsonElement element, String path, ProblemLog log) {
        if (element == null || !element.isJsonObject()) {
            log.error(path, ProblemCode.MUST_BE_OBJECT, describe(element));
            return null;
        }
        return new JsonFields(element.getAsJsonObject(), path, log);
    }

    String path() {
        return path;
    }

    String path(String key) {
        return FieldPath.child(path, key);
    }

    ProblemLog log() {
        return log;
    }

    boolean has(String key) {
        asked.add(key);
        return object.has(key);
    }

    JsonElement get(String key) {
        asked.add(key);
        return object.get(key);
    }

    /** The raw members in file order, for objects whose keys are data (exchange rates). */
    Map<String, JsonElement> members() {
        Map<String, JsonElement> members = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : object.entrySet()) {
            asked.add(e.getKey());
            members.put(e.getKey(), e.getValue());
        }
        return members;
    }

    void warnUnknownFields() {
        for (String key : object.keySet()) {
            if (!asked.contains(key)) {
                log.warning(path(key), ProblemCode.UNKNOWN_FIELD);
            }
        }
    }

    // --- numbers ---

    BigDecimal requiredNumber(String key, NumberRange range) {
        return has(key) ? number(key, range) : missing(key);
    }

    BigDecimal optionalNumber(String key, NumberRange range, BigDecimal absent) {
        return has(key) ? number(key, range) : absent;
    }

    Integer requiredInteger(String key, NumberRange range) {
        return has(key) ? integer(key, range) : missing(key);
    }

    Integer optionalInteger(String key, NumberRange range, int absent) {
        return has(key) ? integer(key, range) : Integer.valueOf(absent);
    }

    private BigDecimal number(String key, NumberRange range) {
        BigDecimal value = decimal(key, ProblemCode.MUST_BE_NUMBER);
        return value == null ? null : inRange(key, value, range);
    }

    private Integer integer(String key, NumberRange range) {
        BigDecimal value = decimal(key, ProblemCode.WHOLE_NUMBER);
        if (value == null) {
            return null;
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            log.error(path(key), ProblemCode.WHOLE_NUMBER, DecimalText.format(value));
            return null;
        }
        if (inRange(key, value, range) == null) {
            return null;
        }
        if (value.compareTo(INT_MAX) > 0 || value.compareTo(INT_MIN) < 0) {
            log.error(path(key), ProblemCode.AT_MOST, String.valueOf(Integer.MAX_VALUE), DecimalText.format(value));
            return null;
        }
        return value.intValueExact();
    }

    /** Any finite JSON number; strings that look like numbers ("1e3", "NaN") are refused like any string. */
    private BigDecimal decimal(String key, ProblemCode expected) {
        JsonElement element = get(key);
        if (!isNumber(element)) {
            log.error(path(key), expected, describe(element));
            return null;
        }
        BigDecimal value;
        try {
            value = element.getAsBigDecimal();
        } catch (NumberFormatException e) {
            log.error(path(key), ProblemCode.FINITE);
            return null;
        }
        if (Double.isInfinite(value.doubleValue())) {
            log.error(path(key), ProblemCode.FINITE_GOT, DecimalText.format(value));
            return null;
        }
        return value;
    }

    private BigDecimal inRange(String key, BigDecimal value, NumberRange range) {
        if (!range.contains(value)) {
            Problem violation = range.violation(path(key), value);
            log.error(violation.path(), violation.code(), violation.args().toArray());
            return null;
        }
        return value;
    }

    // --- other scalars ---

    Boolean optionalBoolean(String key, boolean absent) {
        if (!has(key)) {
            return absent;
        }
        JsonElement element = get(key);
        if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isBoolean()) {
            return element.getAsBoolean();
        }
        log.error(path(key), ProblemCode.MUST_BE_BOOLEAN, describe(element));
        return null;
    }

    String requiredString(String key) {
        return has(key) ? string(key) : missing(key);
    }

    /** A required string that must contain something besides blanks (vendor, model, provider). */
    String requiredText(String key) {
        String value = requiredString(key);
        if (value != null && value.isBlank()) {
            log.error(path(key), ProblemCode.NOT_EMPTY);
            return null;
        }
        return value;
    }

    String optionalString(String key, String absent) {
        return has(key) ? string(key) : absent;
    }

    private String string(String key) {
        JsonElement element = get(key);
        if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
            String text = element.getAsString();
            int max = Limits.maxLength(key);
            if (text.length() > max) {
                // A 40,000-character label passed before and then broke the report (Excel's cell limit is 32,767).
                log.error(path(key), ProblemCode.TOO_LONG, String.valueOf(text.length()), String.valueOf(max));
                return null;
            }
            return text;
        }
        log.error(path(key), ProblemCode.MUST_BE_STRING, describe(element));
        return null;
    }

    /** One of a fixed set of words, such as an enum's JSON names; {@code absent} null makes it required. */
    <E> E choice(String key, E[] values, Function<E, String> jsonName, E absent) {
        if (!has(key)) {
            return absent != null ? absent : missing(key);
        }
        String text = string(key);
        if (text == null) {
            return null;
        }
        for (E value : values) {
            if (jsonName.apply(value).equals(text)) {
                return value;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E value : values) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append('"').append(jsonName.apply(value)).append('"');
        }
        log.error(path(key), ProblemCode.ONE_OF, allowed.toString(), FieldPath.quote(text));
        return null;
    }

    /** Null when absent or not a real ISO date (2026-02-30 is not). */
    LocalDate optionalDate(String key) {
        if (!has(key)) {
            return null;
        }
        String text = string(key);
        if (text == null) {
            return null;
        }
        if (ISO_DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        log.error(path(key), ProblemCode.DATE, FieldPath.quote(text));
        return null;
    }

    // --- containers ---

    JsonFields requiredObject(String key) {
        return has(key) ? of(get(key), path(key), log) : missing(key);
    }

    /** Null when absent; the caller tells absence from a recorded error with {@link #has}. */
    JsonFields optionalObject(String key) {
        return has(key) ? of(get(key), path(key), log) : null;
    }

    JsonArray requiredArray(String key) {
        if (!has(key)) {
            return missing(key);
        }
        JsonElement element = get(key);
        if (!element.isJsonArray()) {
            log.error(path(key), ProblemCode.MUST_BE_ARRAY, describe(element));
            return null;
        }
        return element.getAsJsonArray();
    }

    /** Records that a required field is absent; returns null so callers can return it directly. */
    <T> T missing(String key) {
        log.error(path(key), ProblemCode.REQUIRED);
        return null;
    }

    static boolean isNumber(JsonElement element) {
        return element != null && element.isJsonPrimitive() && element.getAsJsonPrimitive().isNumber();
    }

    /** How a wrong value is named in a message: "got a string". */
    static ValueKind describe(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return ValueKind.NULL;
        }
        if (element.isJsonObject()) {
            return ValueKind.OBJECT;
        }
        if (element.isJsonArray()) {
            return ValueKind.ARRAY;
        }
        JsonPrimitive p = element.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return p.getAsBoolean() ? ValueKind.TRUE : ValueKind.FALSE;
        }
        return p.isNumber() ? ValueKind.NUMBER : ValueKind.STRING;
    }

    /** The kinds of JSON value a problem can name, each a word of the bundles. */
    enum ValueKind implements ProblemWord {
        NULL, OBJECT, ARRAY, TRUE, FALSE, NUMBER, STRING;

        @Override
        public String key() {
            return "problem.kind." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
