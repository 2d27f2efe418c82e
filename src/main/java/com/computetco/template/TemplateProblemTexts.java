package com.computetco.template;

import com.computetco.i18n.Messages;
import com.computetco.template.TemplateImport.TemplateProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template problem in the user's language: {@code import-quotes --lang zh} and the window in Chinese. The reader
 * and the quote rules phrase their messages in English (the quote file's rules are shared with the JSON files); the
 * messages a vendor's workbook usually gets are recognized here by their form and said again from the
 * {@code template.problem.*} texts, with the column named as the template's header names it. A message of another
 * form is kept in English rather than guessed at.
 */
public final class TemplateProblemTexts {
    /** English form → key; each group is an argument, the first a field label when {@code labelled}. */
    private record Form(Pattern pattern, String key, boolean labelled) {
    }

    private static final List<Form> FORMS = new ArrayList<>();

    static {
        labelled("(.+?) is too long: (\\d+) characters, at most (\\d+)", "tooLong");
        labelled("(.+?) is longer than (\\d+) characters", "longerThan");
        labelled("(.+?) must be a number, got (.+)", "notNumber");
        labelled("(.+?) must be a whole number, got (.+)", "notWhole");
        labelled("(.+?):? is required", "required");
        labelled("(.+?) must not be empty", "required");
        labelled("(.+?) holds a formula without a saved result; type the value instead", "uncachedFormula");
        labelled("(.+?) holds the error value (.+)", "errorValue");
        labelled("(.+?) is 0: check it \\(a free (?:server|rental) is unusual\\)", "zeroPrice");
        labelled("(.+?) is too large: (.+) \\(at most 10\\^15\\)", "tooLarge");
        labelled("(.+?) must be at least (.+) and at most (.+), got (.+)", "range");
        labelled("(.+?) must be yes or no, got (.+)", "yesNo");
        labelled("(.+?) is not part of a (?:server|rental) quote; ignored", "notPart");
        labelled("(.+?): quote expired on (.+)", "expired");
        // v2 (issue 11): payment terms and VAT remarks.
        labelled("(.+?) cannot read \"(.+)\": write each milestone as SHARE% EVENT\\[\\+MONTHS\\].*",
                "paymentTermsUnreadable");
        labelled("(.+?) \"(.+)\": unknown event \"(.+)\" .*", "paymentTermsEvent");
        labelled("(.+?) is \"no\" but (.+?) says the prices include (.+): check which is right", "vatConflict");
        plain("says the prices include (.+?)(?: \\(a note for every row\\))?: row (\\d+) is read as VAT-inclusive.*",
                "vatNote");
        plain("no quotes: the Quote sheet has no filled-in rows besides the examples", "noQuotes");
        plain("this row is marked EXAMPLE in its source but holds other values than the example \\((.+)\\); it is "
                + "not imported: remove \"EXAMPLE\" from the source to import it", "editedExample");
        plain("refused: the workbook contains macros.*", "macros");
        plain("refused: oversized sheet: .*", "oversized");
        plain("refused: the file is larger than (\\d+) MB.*", "tooLargeFile");
        plain("refused: the workbook links to other workbooks.*", "externalLinks");
        plain("refused: the workbook has external data connections.*", "connections");
        plain("refused: .*(?:zip bomb|expands).*", "zipBomb");
        plain("cannot read the file: (.+)", "cannotRead");
        plain("not an? (?:readable )?\\.xlsx workbook.*", "notWorkbook");
        plain("the workbook has no sheet named \"Quote\".*", "noQuoteSheet");
    }

    private static void labelled(String regex, String key) {
        FORMS.add(new Form(Pattern.compile(regex, Pattern.DOTALL), key, true));
    }

    private static void plain(String regex, String key) {
        FORMS.add(new Form(Pattern.compile(regex, Pattern.DOTALL), key, false));
    }

    private TemplateProblemTexts() {
    }

    /** {@code Quote!H7: reason} in the language of {@code messages}; English as the reader wrote it otherwise. */
    public static String line(TemplateProblem problem, Messages messages) {
        if (!messages.isChinese()) {
            return problem.toString();
        }
        return (problem.cell() == null ? "" : problem.cell() + "：")
                + (problem.error() ? "" : messages.get("template.problem.warning"))
                + message(problem.message(), messages);
    }

    /** The problem's message alone (no cell, no warning mark) in the language of {@code messages}. */
    public static String message(TemplateProblem problem, Messages messages) {
        return messages.isChinese() ? message(problem.message(), messages) : problem.message();
    }

    static String message(String english, Messages messages) {
        for (Form form : FORMS) {
            Matcher m = form.pattern.matcher(english);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1);
                }
                if (form.labelled && args.length > 0) {
                    args[0] = label((String) args[0], messages);
                }
                return messages.format("template.problem." + form.key, args);
            }
        }
        return english;
    }

    /** "lead time (min, likely, max)" → the header's name in Chinese, when it is a column's label. */
    private static String label(String english, Messages messages) {
        for (TemplateColumn column : TemplateColumn.values()) {
            for (String kind : new String[] {null, TemplateColumn.SERVER, TemplateColumn.RENTAL}) {
                if (column.label(kind).equals(english)) {
                    return messages.get("template.column." + column.key());
                }
            }
        }
        return switch (english.toLowerCase(Locale.ROOT)) {
            case "lead time (min, likely, max)" -> messages.get("template.column.leadLikely");
            case "currency (of the installation cost)", "currency (of the setup fee)" ->
                    messages.get("template.column.currency");
            default -> english;
        };
    }
}
