package com.computetco.report;

import com.computetco.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verdict sentence as a spreadsheet formula over the Summary's ranking, so that it names the option an edit made
 * cheapest (a sentence fixed at export named the old one after 7 of 25 edits). It spells out the same sentences as
 * {@link com.computetco.text.Verdict}, from the same message patterns, with TEXT() in place of the number formats.
 */
final class VerdictFormula {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    /** Cell references (absolute) and ranges of the ranking that the sentence reads. */
    record Cells(String winner, String bestBuild, String labels, String isBuild, String totals, String paybacks,
            String irrs, String breakEvens) {
    }

    private final Messages text;
    private final String currency;
    private final String baselineLabel;

    VerdictFormula(Messages text, String currency, String baselineLabel) {
        this.text = text;
        // As the window's verdict: 元 in a Chinese sentence about CNY.
        this.currency = text.currencyWord(currency);
        this.baselineLabel = baselineLabel;
    }

    String formula(Cells c) {
        String w = c.winner();
        String label = "INDEX(" + c.labels() + "," + w + ")";
        String total = "INDEX(" + c.totals() + "," + w + ")";
        String horizon = AssumptionsSheet.HORIZON;
        String buildLead = pattern("verdict.build.cheapest", label, compact(total), literal(currency), horizon);
        String rentLead = pattern("verdict.rent.cheapest", label, compact(total), literal(currency), horizon);
        String p = "INDEX(" + c.paybacks() + "," + w + ")";
        String irr = "INDEX(" + c.irrs() + "," + w + ")";
        String base = literal(baselineLabel);
        String payback = "IF(ISNUMBER(" + p + "),IF(" + p + "=0," + pattern("verdict.payback.immediate", base)
                + ",IF(ISNUMBER(" + irr + ")," + pattern("verdict.payback.irr", base, months(p), percent(irr)) + ","
                + pattern("verdict.payback", base, months(p)) + "))," + pattern("verdict.payback.never", base) + ")";
        String b = c.bestBuild();
        String more = compact("INDEX(" + c.totals() + "," + b + ")-" + total);
        String be = "INDEX(" + c.breakEvens() + "," + b + ")";
        String buildLabel = "INDEX(" + c.labels() + "," + b + ")";
        String gap = "IF(" + b + "=0,\"\"," + literal(separator()) + "&IF(ISNUMBER(" + be + "),"
                + pattern("verdict.build.gap.breakEven", buildLabel, more, literal(currency), amount(be)) + ","
                + pattern("verdict.build.gap", buildLabel, more, literal(currency)) + "))";
        String sentence = "IF(INDEX(" + c.isBuild() + "," + w + ")=1," + buildLead + "&" + literal(separator()) + "&"
                + payback + "," + rentLead + "&" + gap + ")";
        // Messages.tidy: a scaled amount takes 元 without a space ("6,749万元").
        return text.isChinese() && "元".equals(currency)
                ? "SUBSTITUTE(SUBSTITUTE(" + sentence + ",\"万 元\",\"万元\"),\"亿 元\",\"亿元\")" : sentence;
    }

    /** Chinese sentences follow each other without a space, as in {@link com.computetco.text.Verdict}. */
    private String separator() {
        return text.isChinese() ? "" : " ";
    }

    /** A message pattern as a concatenation: its literal parts as strings, each {n} as the n-th expression. */
    String pattern(String key, String... arguments) {
        String pattern = text.get(key);
        List<String> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(literal(unquote(pattern.substring(at, m.start()))));
            }
            parts.add("(" + arguments[Integer.parseInt(m.group(1))] + ")");
            at = m.end();
        }
        if (at < pattern.length()) {
            parts.add(literal(unquote(pattern.substring(at))));
        }
        return "(" + String.join("&", parts) + ")";
    }

    /** MessageFormat's quoting: '' is one apostrophe. */
    private static String unquote(String part) {
        return part.replace("''", "'");
    }

    static String literal(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** {@link com.computetco.i18n.AmountFormat#compact}: "43.9 million", "4,388万". */
    private String compact(String x) {
        if (text.isChinese()) {
            return "IF(ABS(" + x + ")>=1E8,TEXT((" + x + ")/1E8,\"#,##0.00\")&\"亿\",IF(ABS(" + x + ")>=1E6,TEXT(("
                    + x + ")/1E4,\"#,##0\")&\"万\",IF(ABS(" + x + ")>=1E4,TEXT((" + x + ")/1E4,\"#,##0.0\")&\"万\",TEXT("
                    + x + ",\"#,##0\"))))";
        }
        return "IF(ABS(" + x + ")>=1E9,TEXT((" + x + ")/1E9,\"#,##0.00\")&\" billion\",IF(ABS(" + x + ")>=1E6,TEXT(("
                + x + ")/1E6,\"#,##0.0\")&\" million\",TEXT(" + x + ",\"#,##0\")))";
    }

    /** {@link com.computetco.i18n.AmountFormat#amount}, in 万 and 亿 for Chinese as the verdict shows it. */
    private String amount(String x) {
        if (text.isChinese()) {
            return "IF(ABS(" + x + ")>=1E8,TEXT((" + x + ")/1E8,\"#,##0.00\")&\"亿\",IF(ABS(" + x + ")>=1E4,TEXT(("
                    + x + ")/1E4,\"#,##0.00\")&\"万\",TEXT(" + x + ",\"#,##0\")))";
        }
        return "TEXT(" + x + ",\"#,##0\")";
    }

    private static String months(String x) {
        return "TEXT(" + x + ",\"#,##0.0\")";
    }

    /** The IRR cell holds a fraction; the sentence shows "8.7%". */
    private static String percent(String x) {
        return "TEXT((" + x + ")*100,\"#,##0.0\")&\"%\"";
    }
}
