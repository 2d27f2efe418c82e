package com.computetco.cli;

import java.util.Locale;

/** The {@code --lang} option: en or zh, the system's language when absent. */
final class Languages {
    private Languages() {
    }

    static Locale parse(String value) throws UsageException {
        if (value == null) {
            return Locale.getDefault();
        }
        return switch (value) {
            case "en" -> Locale.ENGLISH;
            case "zh", "zh-CN", "zh_CN" -> Locale.SIMPLIFIED_CHINESE;
            default -> throw new UsageException("--lang must be en or zh, got " + value);
        };
    }
}
