package com.computetco.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.ui.help.MarkdownBlocks.Block;
import com.computetco.ui.help.MarkdownBlocks.Heading;
import com.computetco.ui.help.MarkdownBlocks.Table;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MethodologyTextTest {

    @Test
    void theEnglishPageExplainsPaybackAndIrr() {
        String text = MethodologyText.load(Locale.ENGLISH);

        assertTrue(text.contains("payback"));
        assertTrue(text.contains("IRR"));
        assertTrue(text.contains("Monte Carlo"));
        for (String v2 : List.of("Prices as quoted", "Payment schedules", "Financing", "Escalation",
                "Taxes and the after-tax view", "the **last** month")) {
            assertTrue(text.contains(v2), v2);
        }
    }

    @Test
    void theChinesePageUsesTheGlossaryTerms() {
        String text = MethodologyText.load(Locale.SIMPLIFIED_CHINESE);

        for (String term : List.of("回本周期", "内部收益率", "折现率", "算力租赁", "自建", "交货期", "预付款", "过保维保", "残值",
                "再培训", "PUE（电能利用效率）", "过渡期租赁", "算力缺口", "盈亏平衡价格", "基准方案", "蒙特卡洛模拟", "最低成本概率",
                // Methodology version 2.
                "含税", "进项税额", "折旧", "一次性税前扣除", "融资租赁", "质保金", "卡时", "企业所得税", "一般纳税人")) {
            assertTrue(text.contains(term), term);
        }
    }

    @Test
    void anyChineseLocaleGetsTheChinesePageAndOthersTheEnglishOne() {
        assertEquals("methodology_zh_CN.md", MethodologyText.resourceName(Locale.CHINA));
        assertEquals("methodology_zh_CN.md", MethodologyText.resourceName(Locale.TRADITIONAL_CHINESE));
        assertEquals("methodology_en.md", MethodologyText.resourceName(Locale.GERMANY));
        assertEquals("methodology_en.md", MethodologyText.resourceName(Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void bothPagesParseIntoTheSameOutline(String tag) {
        List<Block> blocks = MethodologyText.blocks(Locale.forLanguageTag(tag));
        List<Block> english = MethodologyText.blocks(Locale.ENGLISH);

        assertEquals(1, assertInstanceOf(Heading.class, blocks.get(0)).level());
        assertEquals(levels(english), levels(blocks), "the translation has the same headings");
        assertEquals(kinds(english), kinds(blocks), "the translation has the same blocks");
        blocks.stream().filter(Table.class::isInstance).map(Table.class::cast)
                .forEach(table -> table.rows().forEach(row -> assertEquals(table.columns(), row.size())));
    }

    @Test
    void noPageLeavesMarkdownMarkersInItsText() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            for (Block block : MethodologyText.blocks(locale)) {
                if (block instanceof MarkdownBlocks.Paragraph paragraph) {
                    assertFalse(paragraph.text().contains("**"), paragraph.text());
                    assertFalse(paragraph.text().contains("`"), paragraph.text());
                }
            }
        }
    }

    private static List<Integer> levels(List<Block> blocks) {
        return blocks.stream().filter(Heading.class::isInstance).map(b -> ((Heading) b).level()).toList();
    }

    private static List<String> kinds(List<Block> blocks) {
        return blocks.stream().map(b -> b.getClass().getSimpleName()).toList();
    }
}
