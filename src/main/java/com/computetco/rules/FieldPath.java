package com.computetco.rules;

import java.util.regex.Pattern;

/** Builds the paths shown to users: {@code options[1].quote.unitPrice}, with {@code $} for the root. */
public final class FieldPath {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private FieldPath() {
    }

    public static String child(String parent, String key) {
        // A long key is shown cut, like any text from the file: a 1 MB unknown key must not become a 1 MB message.
        String segment = key.length() <= 64 && PLAIN_NAME.matcher(key).matches() ? key : "[" + quote(key) + "]";
        if (Problem.ROOT.equals(parent)) {
            return segment.startsWith("[") ? Problem.ROOT + segment : segment;
        }
        return segment.startsWith("[") ? parent + segment : parent + "." + segment;
    }

    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** Quotes a user's text for a message, escaping what would otherwise confuse the reader. */
    public static String quote(String text) {
        StringBuilder sb = new StringBuilder("\"");
        int shown = Math.min(text.length(), 60);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7F && c < 0xA0) {
                sb.append(String.format("\\u%04x", (int) c));
            } else if (ShownText.isInvisible(c)) {
                // Invisible and direction-changing characters (U+202E, U+200B) shown, so the message shows the text.
                sb.append(ShownText.shown(c));
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
