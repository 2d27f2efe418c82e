package com.computetco.ui.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.computetco.i18n.Messages;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quote library's texts: the same keys in English and Chinese, and every pattern formats. */
class QuotesBundleTest {
    private static Set<String> keys(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("com.computetco.i18n.quotes", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new TreeSet<>(bundle.keySet());
    }

    @Test
    void chineseHasEveryEnglishKey() {
        assertEquals(keys(Locale.ROOT), keys(Locale.SIMPLIFIED_CHINESE));
        assertFalse(keys(Locale.ROOT).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void everyTextFormatsWithNumbersForItsArguments(String tag) {
        Messages messages = Messages.forLocale(Locale.forLanguageTag(tag));
        for (String key : keys(Locale.ROOT)) {
            for (int n : new int[] {0, 1, 2}) {
                String text = messages.format(key, n, n, n, n, n);
                assertFalse(text.contains("{") || text.contains("}"), key + " -> " + text);
            }
        }
    }
}
