package com.computetco.template;

/**
 * What is wrong with a filled-in quote template, as a code: its sentence is {@code template.problem.KEY} in the
 * bundles (English as the CLI has always printed it, and Chinese), filled in with the problem's arguments.
 */
public enum TemplateProblemCode {
    CANNOT_READ("cannotRead"),
    NOT_READABLE("notReadable"),
    NOT_XLSX("notWorkbook"),
    TOO_LARGE_FILE("tooLargeFile"),
    TOO_MANY_PARTS("tooManyParts"),
    ZIP_BOMB("zipBomb"),
    ZIP_BOMB_PART("zipBombPart"),
    DOCTYPE("doctype"),
    DOCTYPE_PART("doctypePart"),
    EXTERNAL_LINKS("externalLinks"),
    CONNECTIONS("connections"),
    MACROS("macros"),
    MACROS_DECLARED("macrosDeclared"),
    OVERSIZED_ROWS("oversizedRows"),
    OVERSIZED_COLUMNS("oversizedColumns"),
    NO_QUOTE_SHEET("noQuoteSheet"),
    NOT_HEADER("notHeader"),
    MISSING_COLUMN("missingColumn"),
    EDITED_EXAMPLE("editedExample"),
    EDITED_EXAMPLE_EMPTIED("editedExampleEmptied"),
    NO_QUOTES("noQuotes"),
    NOT_PART("notPart"),
    PAYMENT_TERMS_UNREADABLE("paymentTermsUnreadable"),
    PAYMENT_TERMS_EVENT("paymentTermsEvent"),
    PAYMENT_TERMS_EMPTY("paymentTermsEmpty"),
    ZERO_PRICE("zeroPrice"),
    ERROR_VALUE("errorValue"),
    UNCACHED_FORMULA("uncachedFormula"),
    LONGER_THAN("longerThan"),
    TOO_LARGE("tooLarge"),
    YES_NO("yesNo"),
    VAT_CONFLICT("vatConflict"),
    VAT_NOTE("vatNote"),
    VAT_NOTE_AT_RATE("vatNoteAtRate"),
    VAT_NOTE_EVERY_ROW("vatNoteEveryRow"),
    VAT_NOTE_EVERY_ROW_AT_RATE("vatNoteEveryRowAtRate"),
    /** A problem of the quote rules at a column: {0} the column, {1} the rules' problem, as a sentence. */
    VALIDATION("validation"),
    /** The same where the rules' reason is not a sentence about the column: "column: reason". */
    VALIDATION_FIELD("validationField");

    private final String key;

    TemplateProblemCode(String key) {
        this.key = "template.problem." + key;
    }

    /** The bundle key of the sentence. */
    public String key() {
        return key;
    }
}
