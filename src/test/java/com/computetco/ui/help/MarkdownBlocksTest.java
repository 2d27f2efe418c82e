package com.computetco.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.computetco.ui.help.MarkdownBlocks.Block;
import com.computetco.ui.help.MarkdownBlocks.BulletList;
import com.computetco.ui.help.MarkdownBlocks.CodeBlock;
import com.computetco.ui.help.MarkdownBlocks.Heading;
import com.computetco.ui.help.MarkdownBlocks.Paragraph;
import com.computetco.ui.help.MarkdownBlocks.Span;
import com.computetco.ui.help.MarkdownBlocks.Style;
import com.computetco.ui.help.MarkdownBlocks.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownBlocksTest {

    @Test
    void headingsKeepTheirLevel() {
        List<Block> blocks = MarkdownBlocks.parse("# Title\n\n## Section\n\n### Sub-section\n");

        assertEquals(List.of(new Heading(1, List.of(new Span("Title", Style.PLAIN))),
                new Heading(2, List.of(new Span("Section", Style.PLAIN))),
                new Heading(3, List.of(new Span("Sub-section", Style.PLAIN)))), blocks);
    }

    @Test
    void consecutiveLinesFormOneParagraphAndABlankLineStartsAnother() {
        List<Block> blocks = MarkdownBlocks.parse("First line\nsecond line.\n\nNext paragraph.");

        assertEquals(2, blocks.size());
        assertEquals("First line second line.", assertInstanceOf(Paragraph.class, blocks.get(0)).text());
        assertEquals("Next paragraph.", assertInstanceOf(Paragraph.class, blocks.get(1)).text());
    }

    @Test
    void wrappedChineseLinesJoinWithoutASpace() {
        List<Block> blocks = MarkdownBlocks.parse("回本周期按月\n线性插值。");

        assertEquals("回本周期按月线性插值。", assertInstanceOf(Paragraph.class, blocks.get(0)).text());
    }

    @Test
    void bulletsFormOneListAndIndentedLinesContinueAnItem() {
        List<Block> blocks = MarkdownBlocks.parse("Intro:\n- one\n- two\n  continued\n- three\n\nAfter.");

        assertEquals(3, blocks.size());
        BulletList list = assertInstanceOf(BulletList.class, blocks.get(1));
        assertEquals(List.of("one", "two continued", "three"), list.texts());
        assertInstanceOf(Paragraph.class, blocks.get(2));
    }

    @Test
    void aFencedCodeBlockKeepsItsLinesVerbatim() {
        String markdown = "Before.\n\n```\nr_m = (1 + rate)^(1/12) - 1\n\n  factor(m) = **not bold**\n```\nAfter.";

        List<Block> blocks = MarkdownBlocks.parse(markdown);

        assertEquals(3, blocks.size());
        assertEquals(new CodeBlock("r_m = (1 + rate)^(1/12) - 1\n\n  factor(m) = **not bold**"), blocks.get(1));
        assertEquals("After.", assertInstanceOf(Paragraph.class, blocks.get(2)).text());
    }

    @Test
    void aTableHasAHeaderAndRowsWithoutTheSeparator() {
        String markdown = """
                | Input | What it means |
                |---|---|
                | Horizon | Months, `0 .. H-1` |
                | **PUE** | total over IT power |
                """;

        Table table = assertInstanceOf(Table.class, MarkdownBlocks.parse(markdown).get(0));

        assertEquals(List.of("Input", "What it means"), table.headerTexts());
        assertEquals(2, table.rows().size());
        assertEquals(List.of("Horizon", "Months, 0 .. H-1"), table.rowTexts(0));
        assertEquals(List.of(new Span("Months, ", Style.PLAIN), new Span("0 .. H-1", Style.CODE)),
                table.rows().get(0).get(1));
        assertEquals(List.of(new Span("PUE", Style.BOLD)), table.rows().get(1).get(0));
    }

    @Test
    void barsInsideCodeOrEscapedDoNotSplitCells() {
        String markdown = "| a | b |\n|---|---|\n| `|S(m)| <= ε` | x \\| y |\n";

        Table table = assertInstanceOf(Table.class, MarkdownBlocks.parse(markdown).get(0));

        assertEquals(List.of("|S(m)| <= ε", "x | y"), table.rowTexts(0));
    }

    @Test
    void shortRowsArePaddedToTheHeader() {
        Table table = assertInstanceOf(Table.class, MarkdownBlocks.parse("| a | b | c |\n|---|---|---|\n| 1 |\n").get(0));

        assertEquals(List.of("1", "", ""), table.rowTexts(0));
    }

    @Test
    void inlineCodeBoldAndItalicBecomeStyledSpans() {
        assertEquals(List.of(new Span("cost per ", Style.PLAIN), new Span("demand", Style.ITALIC),
                new Span(" is ", Style.PLAIN), new Span("total", Style.BOLD), new Span(" / ", Style.PLAIN),
                new Span("D × H / 12", Style.CODE)),
                MarkdownBlocks.inline("cost per *demand* is **total** / `D × H / 12`"));
    }

    @Test
    void unmatchedMarkersStayText() {
        assertEquals(List.of(new Span("a * b and `open and **open", Style.PLAIN)),
                MarkdownBlocks.inline("a * b and `open and **open"));
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreAccepted() {
        List<Block> blocks = MarkdownBlocks.parse("\uFEFF# Title\r\n\r\n- item\r\n");

        assertEquals(2, blocks.size());
        assertEquals("Title", assertInstanceOf(Heading.class, blocks.get(0)).text());
        assertEquals(List.of("item"), assertInstanceOf(BulletList.class, blocks.get(1)).texts());
    }
}
