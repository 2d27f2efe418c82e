package com.computetco.io;

import com.computetco.rules.Limits;
import com.computetco.rules.ProblemCode;
import com.computetco.rules.FieldPath;
import java.util.Set;

/**
 * What a money amount may be priced in. A quote file stands alone and knows no base currency, so only the
 * code's format can be checked there; inside a scenario the code must also be the base or have a rate.
 *
 * @param base the scenario's currency, or null when unknown (a quote file, or the scenario's own is invalid)
 * @param rated codes listed in exchangeRates, even those with an invalid rate, so that one bad rate is not
 *              reported again at every amount priced in it
 */
record Currencies(String base, Set<String> rated) {
    static final Currencies UNKNOWN = new Currencies(null, Set.of());

    Currencies {
        rated = Set.copyOf(rated);
    }

    /** A required currency code; null after recording a problem. */
    static String requiredCode(JsonFields fields, String key) {
        String code = fields.requiredString(key);
        if (code != null && !Limits.isCurrencyCode(code)) {
            fields.log().error(fields.path(key), ProblemCode.CURRENCY_CODE, FieldPath.quote(code));
            return null;
        }
        return code;
    }

    /** Whether an amount in {@code code} can be converted to the base currency, as far as is known. */
    boolean canConvert(String code) {
        return base == null || base.equals(code) || rated.contains(code);
    }
}
