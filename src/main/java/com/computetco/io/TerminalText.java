package com.computetco.io;

import com.computetco.rules.ShownText;

/**
 * Text from a file made safe to print: control characters (an ESC sequence in a scenario name would retitle or
 * clear the user's terminal) are shown as {@code \u001B}-style escapes, and invisible or direction-changing
 * characters (U+202E turns "exe.txt" around, U+200B hides inside a word) as {@code <U+202E>}, so a message shows
 * what the file really holds. Long text is cut, so a 1 MB field never floods a message.
 */
public final class TerminalText {
    /** The default length of echoed text in messages, in characters before escaping. */
    public static final int ECHO_LIMIT = 200;

    private TerminalText() {
    }

    /** {@code text} with every control character escaped, every invisible one shown; never null. */
    public static String escape(String text) {
        return escape(text, Integer.MAX_VALUE);
    }

    /** As {@link #escape(String)}, cut after {@code max} characters with "… (N characters)". */
    public static String escape(String text, int max) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        int length = text.length();
        int end = Math.min(length, max);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            String shown = shown(c);
            if (shown != null && out == null) {
                out = new StringBuilder(end + 16).append(text, 0, i);
            }
            if (out != null) {
                if (shown != null) {
                    out.append(shown);
                } else {
                    out.append(c);
                }
            }
        }
        String result = out != null ? out.toString() : end == length ? text : text.substring(0, end);
        return end < length ? result + "... (" + length + " characters)" : result;
    }

    /**
     * Text on its way to a terminal: line breaks ({@code \n}, {@code \r\n}) and tabs kept, every other control,
     * invisible or direction-changing character written as a {@code \u001B}-style escape. That form is also a valid
     * JSON escape of the same character, so JSON output stays valid and means the same.
     */
    public static String forTerminal(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean keep = c == '\n' || c == '\t' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            boolean escape = !keep && shown(c) != null;
            if (escape && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (escape) {
                    out.append(String.format("\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** True when the text holds something {@link #escape} changes. */
    public static boolean needsEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (shown(text.charAt(i)) != null) {
                return true;
            }
        }
        return false;
    }

    private static String shown(char c) {
        return ShownText.shown(c);
    }
}
