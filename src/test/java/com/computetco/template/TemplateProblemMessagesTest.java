package com.computetco.template;

import static com.computetco.template.TemplateFiles.MAY_2024;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.i18n.Messages;
import com.computetco.io.QuoteReader;
import com.computetco.template.TemplateImport.TemplateProblem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a template's problems are codes said through the bundles, in English as the CLI has always printed
 * them and in Chinese for {@code import-quotes --lang zh} and the window in Chinese.
 */
class TemplateProblemMessagesTest {
    private static final Messages ZH = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private static final Messages EN = Messages.forLocale(Locale.ENGLISH);
    private static final Pattern LATIN_WORDS = Pattern.compile("[a-z]{4,}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private static List<String> chinese(byte[] workbook) {
        TemplateImport imported = QuoteTemplateReader.read(workbook, new QuoteReader(MAY_2024));
        return imported.issues().stream().map(p -> TemplateProblemMessages.line(p, ZH)).toList();
    }

    /** A problem of each code, its arguments the placeholders' own numbers, so a missing text cannot hide. */
    private static TemplateProblem sample(TemplateProblemCode code) {
        List<Object> args = new ArrayList<>(Collections.nCopies(6, (Object) "7"));
        return new TemplateProblem("Quote!A1", code, args, true);
    }

    @Test
    void everyCodeHasAnEnglishAndAChineseText() {
        for (TemplateProblemCode code : TemplateProblemCode.values()) {
            String english = EN.get(code.key());
            String chinese = ZH.get(code.key());
            assertFalse(english.isBlank(), code.name());
            assertFalse(chinese.isBlank(), code.name());
            assertNotEquals(english, chinese, code + " is not translated");
        }
    }

    @Test
    void chineseRenderingIsChinese() {
        for (TemplateProblemCode code : TemplateProblemCode.values()) {
            if (code == TemplateProblemCode.VALIDATION || code == TemplateProblemCode.VALIDATION_FIELD) {
                continue; // the column's name and the rules' sentence, each said in Chinese by their own texts
            }
            String text = TemplateProblemMessages.text(sample(code), ZH);
            assertTrue(HAN.matcher(text).find(), code + ": " + text);
            assertFalse(LATIN_WORDS.matcher(text.replaceAll("Excel|Quote|EXAMPLE|XML|xlsx|MB|no", "")).find(),
                    code + ": " + text);
            String english = TemplateProblemMessages.text(sample(code), EN);
            assertFalse(HAN.matcher(english.replaceAll("\\(含税\\)|签约, 到货 or 验收", "")).find(),
                    code + ": " + english);
        }
    }

    @Test
    void theCommonProblemsReadInChinese() {
        byte[] filled = TemplateFiles.edit(TemplateFiles.template(), sheet -> TemplateFiles.fill(sheet, 4, Map.of(
                TemplateColumn.KIND, "server", TemplateColumn.SUPPLIER, "Acme", TemplateColumn.MODEL, "X1",
                TemplateColumn.PEAK_PFLOPS, 7.9, TemplateColumn.PRICE, "abc", TemplateColumn.CURRENCY, "CNY",
                TemplateColumn.POWER_KW, 10.2, TemplateColumn.LEAD_MIN, 2, TemplateColumn.LEAD_LIKELY, 4,
                TemplateColumn.LEAD_MAX, 9)));
        List<String> lines = chinese(filled);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Quote!H4：" + ZH.get("template.column.price"))
                && l.contains("\"abc\"")), lines.toString());
        for (String line : lines) {
            assertTrue(!LATIN_WORDS.matcher(line.replaceAll("\"[^\"]*\"", "").replaceAll("Quote", "")).find(), line);
        }
        assertEquals(List.of("没有报价：Quote 工作表中除示例行外没有填写的行"), chinese(TemplateFiles.template()));
    }

    @Test
    void englishIsWhatTheReaderAlwaysPrinted() {
        TemplateImport imported = QuoteTemplateReader.read(TemplateFiles.template(), new QuoteReader(MAY_2024));
        assertEquals(List.of("no quotes: the Quote sheet has no filled-in rows besides the examples"),
                imported.problems());
        assertEquals(imported.problems(), imported.issues().stream().map(p -> TemplateProblemMessages.line(p, EN))
                .toList());
        // The apostrophes survive the message format.
        assertEquals("the Quote sheet's first row is not the template's header: fill in the template that \"Request "
                + "a quote\" writes", TemplateProblemMessages.english(sample(TemplateProblemCode.NOT_HEADER)));
    }
}
