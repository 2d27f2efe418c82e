package com.computetco.i18n;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the file readers' validation messages, which are English sentences (they are also the CLI's output),
 * into the window's language. Each known sentence shape has a template {@code problem.NAME} in the bundles;
 * an unknown one is shown with a localized "invalid value" prefix rather than not at all.
 */
public final class ProblemTexts {
    private record Shape(String key, Pattern pattern) {
    }

    private static final String NUMBER = "(\\S+)";
    private static final List<Shape> SHAPES = List.of(
            shape("range", "must be (at least|greater than) " + NUMBER + " and (at most|less than) " + NUMBER
                    + ", got " + NUMBER),
            shape("lower", "must be (at least|greater than) " + NUMBER + ", got " + NUMBER),
            shape("upper", "must be (at most|less than) " + NUMBER + ", got " + NUMBER),
            shape("required", "is required"),
            shape("wholeNumber", "must be a whole number, got (.+)"),
            shape("finite", "must be a finite number(?:, got .+)?"),
            shape("noRate", "no exchange rate for \"(.+)\""),
            shape("empty", "must not be empty"),
            shape("currencyCode", "must be a currency code of three capital letters, such as \"CNY\", got (.+)"),
            shape("date", "must be a real date written as YYYY-MM-DD, got (.+)"),
            shape("notBelow", "must not be less than (\\S+) \\((\\S+)\\), got (\\S+)"),
            shape("baseRate", "the rate of the base currency must be 1, got (.+)"),
            shape("id", "must be 1 to 40 lower-case letters, digits or hyphens, got (.+)"),
            shape("baselineRent", "must name a rent option, but .+"),
            shape("notFinite", "the results of this option would not be finite numbers.*"),
            shape("oneOf", "must be one of (.+), got (.+)"),
            shape("expired", "quote expired on (.+)"),
            shape("unknownField", "unknown field, ignored"),
            shape("newerVersion", "this file was written by a newer version of Compute TCO \\(schema version (\\S+)\\);"
                    + " this build reads versions up to (\\S+) .*"),
            shape("encoding", "the file is (\\S+) text, not UTF-8; save it with UTF-8 encoding"),
            // Schema version 2 (methodology sections 9 to 13).
            shape("needsVersion2", "needs schema version 2; ignored in this version 1 file .*"),
            shape("buildOnly", "applies only to build options; ignored for a rent option"),
            shape("prepaymentOrSchedule", "a quote gives prepaymentPct or paymentSchedule, not both"),
            shape("paymentCount", "must list at least 1 and at most (\\S+) payments, got (\\S+)"),
            shape("paymentSum", "the percentages must add up to 100, got (\\S+)"),
            shape("priceRequired", "is required, or pricePerAcceleratorHour with pflopsPerAccelerator"),
            shape("onePrice", "a quote gives pricePerPflopsYear or pricePerAcceleratorHour, not both"),
            shape("perAcceleratorRequired", "is required with pricePerAcceleratorHour"),
            shape("perAcceleratorOnlyHourly", "applies only to pricePerAcceleratorHour; .*"),
            // Plausibility warnings (issue 10 section 5).
            shape("implausibleServerPrice", "the price per PFLOPS, about (\\S+) USD, is far outside the reference"
                    + " figures \\((\\S+) to (\\S+) USD\\); .*"),
            shape("implausibleIrr", "an IRR of (\\S+) % a year is implausible \\(above (\\S+) %\\); .*"),
            shape("rangeMissesValue", "the range (\\S+) to (\\S+) does not contain the electricity price (\\S+);"
                    + " .*"));

    private ProblemTexts() {
    }

    private static Shape shape(String key, String regex) {
        return new Shape(key, Pattern.compile(regex));
    }

    /** The message in the language of {@code messages}; English messages come back as they are. */
    public static String translate(Messages messages, String english) {
        if (!messages.isChinese()) {
            return english;
        }
        for (Shape shape : SHAPES) {
            Matcher m = shape.pattern().matcher(english);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    String group = m.group(i + 1);
                    args[i] = messages.has("problem.word." + group) ? messages.get("problem.word." + group) : group;
                }
                return messages.format("problem." + shape.key(), args);
            }
        }
        return messages.format("problem.other", english);
    }
}
