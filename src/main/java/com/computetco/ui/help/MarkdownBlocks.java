package com.computetco.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small markdown subset of the help pages, parsed into blocks: {@code #}, {@code ##}, {@code ###} headings;
 * paragraphs; {@code - } bullets (an indented line continues the item); fenced {@code ```} code blocks;
 * {@code |} tables (a header row, an optional {@code |---|} separator row, then body rows). Inline text knows
 * {@code `code`}, {@code **bold**} and {@code *italic*}; a backslash escapes one of {@code \ ` * |}. No JavaFX, so
 * the parsing is tested without a toolkit.
 */
public final class MarkdownBlocks {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SEPARATOR_ROW = Pattern.compile("^\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?$");
    private static final String BULLET = "- ";
    private static final String FENCE = "```";

    private MarkdownBlocks() {
    }

    /** How a run of inline text is drawn. */
    public enum Style { PLAIN, BOLD, ITALIC, CODE }

    /** A run of inline text in one style. */
    public record Span(String text, Style style) {
        public Span {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }
    }

    /** One block of the page. */
    public sealed interface Block permits Heading, Paragraph, BulletList, CodeBlock, Table {
    }

    /** A heading; level 1 for {@code #}, 2 for {@code ##}, 3 for {@code ###} (and so on up to 6). */
    public record Heading(int level, List<Span> spans) implements Block {
        public Heading {
            spans = List.copyOf(spans);
        }

        public String text() {
            return plainText(spans);
        }
    }

    /** Consecutive text lines, joined. */
    public record Paragraph(List<Span> spans) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }

        public String text() {
            return plainText(spans);
        }
    }

    /** Consecutive {@code - } items. */
    public record BulletList(List<List<Span>> items) implements Block {
        public BulletList {
            items = items.stream().map(List::copyOf).toList();
        }

        public List<String> texts() {
            return items.stream().map(MarkdownBlocks::plainText).toList();
        }
    }

    /** A fenced code block: its lines verbatim, joined with {@code \n}, without the fences. */
    public record CodeBlock(String code) implements Block {
        public CodeBlock {
            Objects.requireNonNull(code, "code");
        }
    }

    /** A table; every body row has as many cells as the header. */
    public record Table(List<List<Span>> header, List<List<List<Span>>> rows) implements Block {
        public Table {
            header = header.stream().map(List::copyOf).toList();
            rows = rows.stream().map(row -> row.stream().map(List::copyOf).toList()).toList();
        }

        public int columns() {
            return header.size();
        }

        public List<String> headerTexts() {
            return header.stream().map(MarkdownBlocks::plainText).toList();
        }

        public List<String> rowTexts(int row) {
            return rows.get(row).stream().map(MarkdownBlocks::plainText).toList();
        }
    }

    /** Parses a whole page. Line endings may be {@code \n} or {@code \r\n}; a leading byte-order mark is dropped. */
    public static List<Block> parse(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                i++;
            } else if (trimmed.startsWith(FENCE)) {
                i = codeBlock(lines, i, blocks);
            } else if (HEADING.matcher(trimmed).matches()) {
                Matcher m = HEADING.matcher(trimmed);
                m.matches();
                blocks.add(new Heading(m.group(1).length(), inline(m.group(2))));
                i++;
            } else if (trimmed.startsWith("|")) {
                i = table(lines, i, blocks);
            } else if (isBullet(line)) {
                i = bulletList(lines, i, blocks);
            } else {
                i = paragraph(lines, i, blocks);
            }
        }
        return List.copyOf(blocks);
    }

    /** Parses inline text into spans; unmatched markers are kept as text. */
    public static List<Span> inline(String text) {
        List<Span> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < n && "\\`*|".indexOf(text.charAt(i + 1)) >= 0) {
                plain.append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '`') {
                int end = text.indexOf('`', i + 1);
                if (end > i + 1) {
                    flush(plain, spans);
                    spans.add(new Span(text.substring(i + 1, end), Style.CODE));
                    i = end + 1;
                    continue;
                }
            } else if (text.startsWith("**", i)) {
                int end = text.indexOf("**", i + 2);
                if (end > i + 2) {
                    flush(plain, spans);
                    spans.add(new Span(text.substring(i + 2, end), Style.BOLD));
                    i = end + 2;
                    continue;
                }
            } else if (c == '*' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
                int end = text.indexOf('*', i + 1);
                if (end > i + 1 && !Character.isWhitespace(text.charAt(end - 1))) {
                    flush(plain, spans);
                    spans.add(new Span(text.substring(i + 1, end), Style.ITALIC));
                    i = end + 1;
                    continue;
                }
            }
            plain.append(c);
            i++;
        }
        flush(plain, spans);
        return List.copyOf(spans);
    }

    /** The text of some spans without their styles. */
    public static String plainText(List<Span> spans) {
        StringBuilder text = new StringBuilder();
        spans.forEach(span -> text.append(span.text()));
        return text.toString();
    }

    private static void flush(StringBuilder plain, List<Span> spans) {
        if (!plain.isEmpty()) {
            spans.add(new Span(plain.toString(), Style.PLAIN));
            plain.setLength(0);
        }
    }

    private static int codeBlock(String[] lines, int start, List<Block> blocks) {
        List<String> code = new ArrayList<>();
        int i = start + 1;
        while (i < lines.length && !lines[i].strip().startsWith(FENCE)) {
            code.add(lines[i]);
            i++;
        }
        blocks.add(new CodeBlock(String.join("\n", code)));
        return Math.min(i + 1, lines.length); // past the closing fence; an unclosed block runs to the end
    }

    private static int table(String[] lines, int start, List<Block> blocks) {
        List<List<List<Span>>> rows = new ArrayList<>();
        int i = start;
        while (i < lines.length && lines[i].strip().startsWith("|")) {
            String row = lines[i].strip();
            if (!(rows.size() == 1 && SEPARATOR_ROW.matcher(row).matches())) {
                rows.add(cells(row).stream().map(MarkdownBlocks::inline).toList());
            }
            i++;
        }
        List<List<Span>> header = rows.get(0);
        List<List<List<Span>>> body = rows.subList(1, rows.size()).stream()
                .map(row -> fit(row, header.size())).toList();
        blocks.add(new Table(header, body));
        return i;
    }

    private static List<List<Span>> fit(List<List<Span>> row, int columns) {
        List<List<Span>> cells = new ArrayList<>(row.subList(0, Math.min(row.size(), columns)));
        while (cells.size() < columns) {
            cells.add(List.of());
        }
        return cells;
    }

    /** The cells of a {@code | a | b |} row: split at bars outside code spans, not at escaped bars. */
    static List<String> cells(String row) {
        String inner = row.substring(1);
        if (inner.endsWith("|") && !inner.endsWith("\\|")) {
            inner = inner.substring(0, inner.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean inCode = false;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length() && inner.charAt(i + 1) == '|') {
                cell.append("\\|"); // left escaped for inline(), which turns it into a bar
                i++;
            } else if (c == '`') {
                inCode = !inCode;
                cell.append(c);
            } else if (c == '|' && !inCode) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    private static boolean isBullet(String line) {
        return line.startsWith(BULLET) || line.strip().equals("-");
    }

    private static int bulletList(String[] lines, int start, List<Block> blocks) {
        List<StringBuilder> items = new ArrayList<>();
        int i = start;
        while (i < lines.length) {
            String line = lines[i];
            if (isBullet(line)) {
                items.add(new StringBuilder(line.strip().substring(1).strip()));
            } else if (!line.isBlank() && Character.isWhitespace(line.charAt(0))) {
                join(items.get(items.size() - 1), line.strip());
            } else {
                break;
            }
            i++;
        }
        blocks.add(new BulletList(items.stream().map(item -> inline(item.toString())).toList()));
        return i;
    }

    private static int paragraph(String[] lines, int start, List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        int i = start;
        while (i < lines.length) {
            String trimmed = lines[i].strip();
            if (trimmed.isEmpty() || trimmed.startsWith(FENCE) || trimmed.startsWith("|")
                    || HEADING.matcher(trimmed).matches() || isBullet(lines[i])) {
                break;
            }
            join(text, trimmed);
            i++;
        }
        blocks.add(new Paragraph(inline(text.toString())));
        return i;
    }

    /** Joins a wrapped line: with a space, except between Chinese characters, which take none. */
    private static void join(StringBuilder text, String line) {
        if (text.isEmpty()) {
            text.append(line);
            return;
        }
        if (!(isCjk(text.charAt(text.length() - 1)) || isCjk(line.charAt(0)))) {
            text.append(' ');
        }
        text.append(line);
    }

    static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
