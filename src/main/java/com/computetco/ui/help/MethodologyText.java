package com.computetco.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The methodology page (Help > Methodology) in the user's language: {@code methodology_zh_CN.md} for Chinese,
 * {@code methodology_en.md} otherwise, read from this package on the classpath as UTF-8. A missing page is a
 * packaging error and fails loudly. No JavaFX.
 */
public final class MethodologyText {
    /** Where the pages live on the classpath. */
    public static final String RESOURCE_DIR = "/com/computetco/ui/help/";

    private MethodologyText() {
    }

    /** The file name of the page for a locale: Chinese for any {@code zh} locale, English otherwise. */
    public static String resourceName(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "zh".equals(locale.getLanguage()) ? "methodology_zh_CN.md" : "methodology_en.md";
    }

    /** The markdown text of the page for a locale. */
    public static String load(Locale locale) {
        String path = RESOURCE_DIR + resourceName(locale);
        try (InputStream in = MethodologyText.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing help resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read help resource " + path, e);
        }
    }

    /** The page for a locale, parsed into blocks. */
    public static List<MarkdownBlocks.Block> blocks(Locale locale) {
        return MarkdownBlocks.parse(load(locale));
    }
}
