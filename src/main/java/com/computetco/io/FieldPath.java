package com.computetco.io;

import java.util.regex.Pattern;

/** Builds the paths shown to users: {@code options[1].quote.unitPrice}, with {@code $} for the root. */
final class FieldPath {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private FieldPath() {
    }

    static String child(String parent, String key) {
        String segment = PLAIN_NAME.matcher(key).matches() ? key : "[" + quote(key) + "]";
        if (Problem.ROOT.equals(parent)) {
            return segment.startsWith("[") ? Problem.ROOT + segment : segment;
        }
        return segment.startsWith("[") ? parent + segment : parent + "." + segment;
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** Quotes a user's text for a message, escaping what would otherwise confuse the reader. */
    static String quote(String text) {
        StringBuilder sb = new StringBuilder("\"");
        int shown = Math.min(text.length(), 60);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (text.length() > shown) {
            sb.append("...");
        }
        return sb.append('"').toString();
    }
}
