package com.computetco.template;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vendor's payment terms as typed in the quote template, such as {@code 30% signing / 60% delivery / 10%
 * acceptance+12} or {@code 30% 签约 / 60% 到货 / 10% 验收后12个月}, read into the payment schedule of methodology
 * section 10 ({@code [{pct, at, afterMonths}]}). The shares are not checked here: the quote reader says where they do
 * not add up to 100, so a schedule from a file and one from the template get the same message.
 */
final class PaymentTerms {
    /** An entry: the share (30 or 30%), the event, and optionally "+12", "+12 months" or "后12个月". */
    private static final Pattern SHARE_FIRST = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*%?\\s*(?:at\\s+|on\\s+|于)?([\\p{L}]+?)\\s*" + PatternAfter.TEXT);
    /** The event first ("验收后12个月 5%", "acceptance 10% +12"): the delay may come before or after the share. */
    private static final Pattern EVENT_FIRST = Pattern.compile(
            "([\\p{L}]+?)\\s*" + PatternAfter.TEXT + "\\s*(\\d+(?:\\.\\d+)?)\\s*%\\s*" + PatternAfter.TEXT);

    /** The optional delay after the event, as a pattern fragment with one group. */
    private static final class PatternAfter {
        static final String TEXT = "(?:(?:\\+|后)\\s*(\\d+)\\s*(?:m|mo|months?|个月|月)?)?";
    }

    /** The schedule, or the reason it cannot be read (a code and its arguments after the column's label). */
    record Result(JsonArray schedule, TemplateProblemCode problem, List<Object> args) {
        static Result of(JsonArray schedule) {
            return new Result(schedule, null, List.of());
        }

        static Result failed(TemplateProblemCode problem, Object... args) {
            return new Result(null, problem, List.of(args));
        }
    }

    private PaymentTerms() {
    }

    static Result parse(String text) {
        JsonArray schedule = new JsonArray();
        String[] parts = text.strip().split("\\s*[/;；,，、\\n]\\s*");
        for (String raw : parts) {
            String part = raw.strip();
            if (part.isEmpty()) {
                continue;
            }
            Matcher m = SHARE_FIRST.matcher(part);
            String share;
            String event;
            String after;
            if (m.matches()) {
                share = m.group(1);
                event = m.group(2);
                after = m.group(3);
            } else {
                m = EVENT_FIRST.matcher(part);
                if (!m.matches()) {
                    return Result.failed(TemplateProblemCode.PAYMENT_TERMS_UNREADABLE, part);
                }
                event = m.group(1);
                share = m.group(3);
                after = m.group(2) != null ? m.group(2) : m.group(4);
            }
            String at = event(event);
            if (at == null) {
                return Result.failed(TemplateProblemCode.PAYMENT_TERMS_EVENT, part, event);
            }
            JsonObject entry = new JsonObject();
            entry.addProperty("pct", new BigDecimal(share));
            entry.addProperty("at", at);
            if (after != null) {
                entry.addProperty("afterMonths", Integer.parseInt(after.length() > 6 ? "999999" : after));
            }
            schedule.add(entry);
        }
        if (schedule.isEmpty()) {
            return Result.failed(TemplateProblemCode.PAYMENT_TERMS_EMPTY);
        }
        return Result.of(schedule);
    }

    /** The section 10 event a vendor's word names, or null. */
    private static String event(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "signing", "sign", "signature", "contract", "order", "签约", "签合同", "合同签订", "预付", "预付款", "订货" ->
                "signing";
            case "delivery", "deliver", "delivered", "shipment", "shipping", "到货", "发货", "交货" -> "delivery";
            case "acceptance", "accept", "accepted", "验收", "初验", "终验", "验收合格" -> "acceptance";
            default -> null;
        };
    }
}
