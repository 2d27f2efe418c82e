package com.computetco.template;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A remark saying the prices include VAT, such as "价格均含13%增值税", "含税价" or "prices incl. 13% VAT": Chinese
 * quotes are usually tax-inclusive, and a vendor who says so in a remark instead of the VAT columns must not have
 * the prices read as net (methodology section 9). "不含税" and "excl. VAT" say the opposite and are not matched.
 */
record VatNote(BigDecimal ratePct) {
    private static final Pattern CHINESE_RATE = Pattern.compile(
            "(?<!不)含\\s*(\\d+(?:\\.\\d+)?)\\s*%\\s*(?:的)?\\s*(?:增值税|税|专票|VAT)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHINESE = Pattern.compile("(?<!不)含(?:增值)?税");
    private static final Pattern ENGLISH_RATE = Pattern.compile(
            "(?<!ex)(?:incl(?:\\.|uding|usive of)?|with)\\s+(\\d+(?:\\.\\d+)?)\\s*%\\s*VAT", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENGLISH = Pattern.compile(
            "\\bVAT[- ]inclusive\\b|\\bincl(?:\\.|uding|usive of)?\\s+VAT\\b|\\bVAT\\s+included\\b|\\btax[- ]inclusive\\b",
            Pattern.CASE_INSENSITIVE);

    /** The note in {@code text}, its rate null where it gives none. */
    static Optional<VatNote> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (Pattern p : new Pattern[] {CHINESE_RATE, ENGLISH_RATE}) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return Optional.of(new VatNote(new BigDecimal(m.group(1))));
            }
        }
        if (CHINESE.matcher(text).find() || ENGLISH.matcher(text).find()) {
            return Optional.of(new VatNote(null));
        }
        return Optional.empty();
    }

    /** "13% VAT" or "VAT", for a message. */
    String describe() {
        return ratePct == null ? "VAT" : ratePct.stripTrailingZeros().toPlainString() + "% VAT";
    }
}
