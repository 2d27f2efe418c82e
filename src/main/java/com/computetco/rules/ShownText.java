package com.computetco.rules;

/**
 * Which characters of a user's text cannot be shown as they are: control characters (an ESC sequence in a name
 * would retitle or clear a terminal) and invisible or direction-changing ones (U+202E turns "exe.txt" around,
 * U+200B hides inside a word). Messages quoting a file's text and the terminal output share this one list.
 */
public final class ShownText {
    private ShownText() {
    }

    /** How {@code c} is written in a message ({@code \u001B}, {@code <U+202E>}), or null when it is shown as is. */
    public static String shown(char c) {
        if (c == '\t') {
            return null; // tabs are harmless and common in pasted text
        }
        if (c < 0x20 || c >= 0x7F && c < 0xA0) {
            return String.format("\\u%04X", (int) c);
        }
        if (isInvisible(c)) {
            return String.format("<U+%04X>", (int) c);
        }
        return null;
    }

    /** Format characters that change direction or hide: bidi controls, zero-width ones, the BOM, soft hyphen. */
    public static boolean isInvisible(char c) {
        return c >= 0x200B && c <= 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2060 && c <= 0x2069
                || c == 0xFEFF || c == 0x00AD || c == 0x061C || c == 0x2028 || c == 0x2029 || c == 0x180E;
    }
}
