package com.computetco.io;

import com.computetco.rules.ProblemCode;
import com.computetco.rules.FieldPath;
import com.computetco.rules.NumberRange;
import com.computetco.rules.DecimalText;
import com.computetco.domain.MinMax;
import com.computetco.domain.Money;
import com.computetco.domain.Triangular;
import java.math.BigDecimal;

/** Reads the small composite values shared by scenarios and quotes: money, three-point and min/max ranges. */
final class ValueFields {

    private ValueFields() {
    }

    /** {@code {"amount", "currency"}}; null when absent (if optional) or invalid. */
    static Money money(JsonFields parent, String key, boolean required, Currencies currencies) {
        JsonFields fields = object(parent, key, required);
        if (fields == null) {
            return null;
        }
        int before = fields.log().errorCount();
        BigDecimal amount = fields.requiredNumber("amount", NumberRange.AMOUNT);
        String currency = Currencies.requiredCode(fields, "currency");
        if (currency != null && !currencies.canConvert(currency)) {
            fields.log().error(fields.path("currency"), ProblemCode.NO_RATE, FieldPath.quote(currency));
        }
        fields.warnUnknownFields();
        return fields.log().errorCount() > before ? null : new Money(amount, currency);
    }

    /** The object at KEY; null when it is absent and not required, or not an object (then an error is logged). */
    private static JsonFields object(JsonFields parent, String key, boolean required) {
        return !required && !parent.has(key) ? null : parent.requiredObject(key);
    }

    /** {@code {min, likely, max}} with every value in {@code range} and min <= likely <= max. */
    static Triangular triangular(JsonFields parent, String key, boolean required, NumberRange range) {
        JsonFields fields = object(parent, key, required);
        if (fields == null) {
            return null;
        }
        int before = fields.log().errorCount();
        BigDecimal min = fields.requiredNumber("min", range);
        BigDecimal likely = fields.requiredNumber("likely", range);
        BigDecimal max = fields.requiredNumber("max", range);
        notBelow(fields, "likely", likely, "min", min);
        notBelow(fields, "max", max, "likely", likely);
        fields.warnUnknownFields();
        return fields.log().errorCount() > before ? null : new Triangular(min, likely, max);
    }

    /** {@code {min, max}} with both in {@code range} and min <= max. */
    static MinMax minMax(JsonFields parent, String key, boolean required, NumberRange range) {
        JsonFields fields = object(parent, key, required);
        if (fields == null) {
            return null;
        }
        int before = fields.log().errorCount();
        BigDecimal min = fields.requiredNumber("min", range);
        BigDecimal max = fields.requiredNumber("max", range);
        notBelow(fields, "max", max, "min", min);
        fields.warnUnknownFields();
        return fields.log().errorCount() > before ? null : new MinMax(min, max);
    }

    private static void notBelow(JsonFields fields, String key, BigDecimal value, String lowerKey, BigDecimal lower) {
        if (value != null && lower != null && value.compareTo(lower) < 0) {
            fields.log().error(fields.path(key), ProblemCode.NOT_BELOW, lowerKey, DecimalText.format(lower),
                    DecimalText.format(value));
        }
    }
}
