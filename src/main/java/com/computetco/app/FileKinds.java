package com.computetco.app;

import com.computetco.io.JsonSource;
import com.computetco.io.ReadResult;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What kind of file a name is, for every place that asks: the file choosers' filters, a drop on the window or
 * on the quote library, the library's folder, the CLI's validate, the bundled samples and the names the app
 * proposes. Names are compared without regard to case, since Windows users write {@code .XLSX} too.
 */
public final class FileKinds {
    /** A scenario file's suffix. */
    public static final String SCENARIO_SUFFIX = ".scenario.json";
    /** A quote file's suffix. */
    public static final String QUOTE_SUFFIX = ".quote.json";
    /** A workbook: a report written by the app, or a vendor quote template. */
    public static final String WORKBOOK_SUFFIX = ".xlsx";
    private static final String JSON_SUFFIX = ".json";

    /** A file's kind by its name alone. */
    public enum Kind {
        SCENARIO,
        QUOTE,
        /** JSON that is named neither: a quote to the library, and a question of content to the CLI. */
        OTHER_JSON,
        WORKBOOK,
        OTHER
    }

    private FileKinds() {
    }

    /** The kind of the file named {@code fileName} (a name or a path's text). */
    public static Kind of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(SCENARIO_SUFFIX)) {
            return Kind.SCENARIO;
        }
        if (name.endsWith(QUOTE_SUFFIX)) {
            return Kind.QUOTE;
        }
        if (name.endsWith(JSON_SUFFIX)) {
            return Kind.OTHER_JSON;
        }
        return name.endsWith(WORKBOOK_SUFFIX) ? Kind.WORKBOOK : Kind.OTHER;
    }

    /** The kind of {@code file} by its file name; a path without one (a root) is {@link Kind#OTHER}. */
    public static Kind of(Path file) {
        Path name = file.getFileName();
        return name == null ? Kind.OTHER : of(name.toString());
    }

    public static boolean isScenario(Path file) {
        return of(file) == Kind.SCENARIO;
    }

    /** A file the quote library reads from its folder: JSON that is not a scenario. */
    public static boolean isQuoteJson(Path file) {
        Kind kind = of(file);
        return kind == Kind.QUOTE || kind == Kind.OTHER_JSON;
    }

    /** A file a drop or an import hands to the quote library: quote JSON, or a workbook of template rows. */
    public static boolean isQuoteImport(Path file) {
        return isQuoteJson(file) || of(file) == Kind.WORKBOOK;
    }

    /** A file a drop may carry to the app at all: a scenario, quote JSON or a workbook. */
    public static boolean isAccepted(Path file) {
        return isScenario(file) || isQuoteImport(file);
    }

    /**
     * The CLI's rule: a quote by its name ({@code *.quote.json}), or, for other JSON, by content: a root object
     * with "kind" and no "options". A scenario file, or a file that cannot be read, is not a quote.
     */
    public static boolean isQuoteByNameOrContent(Path file) {
        Kind kind = of(file);
        if (kind == Kind.QUOTE) {
            return true;
        }
        if (kind == Kind.SCENARIO || !Files.isRegularFile(file)) {
            return false;
        }
        ReadResult<JsonElement> tree = JsonSource.load(file);
        if (!tree.isValid() || !tree.value().isJsonObject()) {
            return false;
        }
        JsonObject root = tree.value().getAsJsonObject();
        return root.has("kind") && !root.has("options");
    }

    /** A file chooser's patterns for scenarios, the preferred first. */
    public static List<String> scenarioPatterns() {
        return List.of("*" + SCENARIO_SUFFIX, "*" + JSON_SUFFIX);
    }

    /** A file chooser's patterns for quotes to import: quote files, any JSON, and templates. */
    public static List<String> quotePatterns() {
        return List.of("*" + QUOTE_SUFFIX, "*" + JSON_SUFFIX, "*" + WORKBOOK_SUFFIX);
    }

    /** A file chooser's patterns for reports and templates. */
    public static List<String> workbookPatterns() {
        return List.of("*" + WORKBOOK_SUFFIX);
    }

    public static String scenarioFileName(String stem) {
        return stem + SCENARIO_SUFFIX;
    }

    public static String quoteFileName(String stem) {
        return stem + QUOTE_SUFFIX;
    }

    public static String workbookFileName(String stem) {
        return stem + WORKBOOK_SUFFIX;
    }
}
