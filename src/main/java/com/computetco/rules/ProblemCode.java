package com.computetco.rules;

/**
 * The stable name of each kind of problem. Each has a sentence under {@link #key()} in both message bundles;
 * its values are the {@link Problem#args()}. Rewording a sentence changes the bundles only, never the code, so the
 * Chinese window cannot fall behind the English one.
 */
public enum ProblemCode {
    // --- the file as bytes and JSON (io) ---
    CANNOT_READ("cannotRead"),
    FILE_EMPTY("fileEmpty"),
    FILE_TOO_LARGE("fileTooLarge"),
    ENCODING("encoding"),
    TWO_BYTE_ORDER_MARKS("twoByteOrderMarks"),
    /** A parser's account of malformed JSON, with its line and column; the detail stays as the parser gives it. */
    JSON_SYNTAX("jsonSyntax"),
    DUPLICATE_KEY("duplicateKey"),
    MORE_DUPLICATE_KEYS("moreDuplicateKeys"),
    MORE_PROBLEMS("moreProblems"),
    NOT_A_SCENARIO_OBJECT("notScenarioObject"),
    NOT_A_QUOTE_OBJECT("notQuoteObject"),
    SCHEMA_NOT_WHOLE("schemaNotWhole"),
    NEWER_VERSION("newerVersion"),
    UNKNOWN_VERSION("unknownVersion"),
    CANNOT_CONVERT("cannotConvert"),
    NEEDS_VERSION_2("needsVersion2"),
    // --- types of values (io) ---
    MUST_BE_OBJECT("object"),
    MUST_BE_ARRAY("array"),
    MUST_BE_STRING("string"),
    MUST_BE_BOOLEAN("boolean"),
    MUST_BE_NUMBER("number"),
    WHOLE_NUMBER("wholeNumber"),
    FINITE("finite"),
    FINITE_GOT("finiteGot"),
    DATE("date"),
    ONE_OF("oneOf"),
    TOO_LONG("tooLong"),
    REQUIRED("required"),
    UNKNOWN_FIELD("unknownField"),
    // --- rules on the domain (rules) ---
    AT_LEAST_AT_MOST("range.atLeastAtMost"),
    AT_LEAST_BELOW("range.atLeastBelow"),
    ABOVE_AT_MOST("range.aboveAtMost"),
    ABOVE_BELOW("range.aboveBelow"),
    AT_LEAST("range.atLeast"),
    ABOVE("range.above"),
    AT_MOST("range.atMost"),
    BELOW("range.below"),
    NOT_EMPTY("empty"),
    NOT_BELOW("notBelow"),
    CURRENCY_CODE("currencyCode"),
    NO_RATE("noRate"),
    BASE_RATE("baseRate"),
    OPTION_COUNT("optionCount"),
    ID("id"),
    DUPLICATE_ID("duplicateId"),
    BASELINE_UNKNOWN("baselineUnknown"),
    BASELINE_RENT("baselineRent"),
    BUILD_ONLY("buildOnly"),
    QUOTE_KIND("quoteKind"),
    PREPAYMENT_OR_SCHEDULE("prepaymentOrSchedule"),
    PAYMENT_COUNT("paymentCount"),
    PAYMENT_SUM("paymentSum"),
    PRICE_REQUIRED("priceRequired"),
    ONE_PRICE("onePrice"),
    PER_ACCELERATOR_REQUIRED("perAcceleratorRequired"),
    PER_ACCELERATOR_ONLY_HOURLY("perAcceleratorOnlyHourly"),
    EXPIRED("expired"),
    // --- checks made with the engine's results (app) ---
    NOT_FINITE("notFinite"),
    IMPLAUSIBLE_SERVER_PRICE("implausibleServerPrice"),
    IMPLAUSIBLE_IRR("implausibleIrr"),
    RANGE_MISSES_VALUE("rangeMissesValue"),
    // --- the window's quote library ---
    CANNOT_LIST_SAMPLES("cannotListSamples"),
    CANNOT_READ_FOLDER("cannotReadFolder"),
    NOT_SAVED("notSaved"),
    /** A sentence already said in the user's language by another reader (a vendor template's problems). */
    SAID("said");

    private final String key;

    ProblemCode(String name) {
        this.key = "problem." + name;
    }

    /** The key of the sentence in the message bundles. */
    public String key() {
        return key;
    }
}
