package com.computetco.template;

import static com.computetco.template.TemplateFiles.MAY_2024;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.i18n.Messages;
import com.computetco.io.QuoteReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 12: a template's problems in Chinese for import-quotes --lang zh and the window in Chinese. */
class TemplateProblemTextsTest {
    private static final Messages ZH = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private static final Messages EN = Messages.forLocale(Locale.ENGLISH);
    private static final Pattern LATIN_WORDS = Pattern.compile("[a-z]{4,}");

    private static List<String> chinese(byte[] workbook) {
        TemplateImport imported = QuoteTemplateReader.read(workbook, new QuoteReader(MAY_2024));
        return imported.issues().stream().map(p -> TemplateProblemTexts.line(p, ZH)).toList();
    }

    @Test
    void theCommonProblemsReadInChinese() {
        byte[] filled = TemplateFiles.edit(TemplateFiles.template(), sheet -> TemplateFiles.fill(sheet, 4, Map.of(
                TemplateColumn.KIND, "server", TemplateColumn.SUPPLIER, "Acme", TemplateColumn.MODEL, "X1",
                TemplateColumn.PEAK_PFLOPS, 7.9, TemplateColumn.PRICE, "abc", TemplateColumn.CURRENCY, "CNY",
                TemplateColumn.POWER_KW, 10.2, TemplateColumn.LEAD_MIN, 2, TemplateColumn.LEAD_LIKELY, 4,
                TemplateColumn.LEAD_MAX, 9)));
        List<String> lines = chinese(filled);
        assertTrue(lines.contains("Quote!H4：价格必须是数字，实际填写为 \"abc\""), lines.toString());
        for (String line : lines) {
            assertTrue(!LATIN_WORDS.matcher(line.replaceAll("\"[^\"]*\"", "").replaceAll("Quote", "")).find(), line);
        }
        assertEquals(List.of("没有报价：Quote 工作表中除示例行外没有填写的行"), chinese(TemplateFiles.template()));
    }

    @Test
    void englishStaysAsTheReaderWroteIt() {
        TemplateImport imported = QuoteTemplateReader.read(TemplateFiles.template(), new QuoteReader(MAY_2024));
        assertEquals(imported.problems(), imported.issues().stream().map(p -> TemplateProblemTexts.line(p, EN))
                .toList());
    }
}
