package com.computetco.template;

/** What {@link QuoteTemplateReader} accepts from a workbook sent back by a vendor. */
final class TemplateLimits {
    /** Larger files are refused before they are opened. */
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    /** Rows of the Quote sheet, the header included. */
    static final int MAX_ROWS = 5_000;
    static final int MAX_COLUMNS = 60;
    /** Parts in the zip; a template has about a dozen. */
    static final int MAX_ENTRIES = 1_000;
    /**
     * Uncompressed size of one part, and of all together: bounds the memory a workbook can make us use (a Quote
     * sheet with all 5,000 rows and every column filled is about 5.5 MB).
     */
    static final long MAX_ENTRY_BYTES = 16L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 32L * 1024 * 1024;
    /** Compressed / uncompressed below this is a zip bomb (POI's default, 100:1)... */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** ...once a part has expanded to more than this (small parts of repeated text compress well legitimately). */
    static final long GRACE_ENTRY_BYTES = 100L * 1024;
    /** Text in one cell; Excel's own limit is 32,767. */
    static final int MAX_CELL_CHARS = 32_767;

    private TemplateLimits() {
    }

    /**
     * POI logs through the Log4j API; without a provider Log4j prints a warning on every run. The simple logger
     * (errors only) keeps the command line quiet unless the host application chose one. Same as the report writer.
     */
    static void quietPoiLogging() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }
}
