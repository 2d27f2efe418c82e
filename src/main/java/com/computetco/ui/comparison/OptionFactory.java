package com.computetco.ui.comparison;

import com.computetco.domain.Option;
import com.computetco.domain.OptionType;
import com.computetco.domain.Quote;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.ServerQuote;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Turns a quote from the library into an option with neutral defaults and an id unique in the scenario. */
public final class OptionFactory {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private OptionFactory() {
    }

    public static Option fromQuote(Quote quote, Set<String> takenIds) {
        String label;
        if (quote instanceof ServerQuote s) {
            label = s.vendor() + " " + s.model();
        } else {
            RentalQuote r = (RentalQuote) quote;
            label = r.provider() + r.acceleratorName().map(a -> " (" + a + ")").orElse("");
        }
        OptionType type = quote.optionType();
        return new Option(uniqueId(slug(label), takenIds), label, type, quote, HUNDRED, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, null);
    }

    /** The same option under a new id, for Duplicate. */
    public static Option copyOf(Option option, Set<String> takenIds, String labelSuffix) {
        return new Option(uniqueId(option.id(), takenIds), option.label() + labelSuffix, option.type(),
                option.quote(), option.efficiencyPct(), option.operationsFte(), option.residualValuePct(),
                option.supplierDefaultPct(), option.retraining());
    }

    /** Lower-case ASCII letters, digits and dashes, as ids must be; "option" when nothing is left. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 32) {
            slug = slug.substring(0, 32).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "option" : slug;
    }

    static String uniqueId(String base, Set<String> taken) {
        String stem = base.replaceAll("-\\d+$", "");
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = stem + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
