package com.computetco.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProblemTextsTest {
    private final Messages zh = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            must be at least 1 and at most 3, got 5           | 必须不小于 1 且不大于 3，当前为 5
            must be at least 0 and less than 100, got 100     | 必须不小于 0 且小于 100，当前为 100
            must be greater than 0, got 0                     | 必须大于 0，当前为 0
            is required                                       | 必填
            must be a whole number, got 60.5                  | 必须是整数，当前为 60.5
            no exchange rate for "EUR"                        | 缺少“EUR”的汇率
            must not be less than min (3), got 2              | 不能小于 min（3），当前为 2
            quote expired on 2024-06-30                       | 报价已于 2024-06-30 过期
            the file is UTF-16 text, not UTF-8; save it with UTF-8 encoding | 文件为 UTF-16 编码，不是 UTF-8；请以 UTF-8 编码保存
            the percentages must add up to 100, got 110       | 各付款节点比例之和必须为 100，当前为 110
            must list at least 1 and at most 10 payments, got 0 | 付款计划须有 1 至 10 个付款节点，当前为 0 个
            a quote gives prepaymentPct or paymentSchedule, not both | 报价只能给出预付比例（prepaymentPct）或付款计划（paymentSchedule）之一，不能同时给出
            is required with pricePerAcceleratorHour          | 给出每卡时价格时必填
            applies only to build options; ignored for a rent option | 仅适用于自建方案；租用方案已忽略
            something nobody foresaw                          | 输入无效：something nobody foresaw
            """)
    void readerSentencesReadInChinese(String english, String chinese) {
        assertEquals(chinese, ProblemTexts.translate(zh, english));
    }

    @Test
    void everyVersionTwoSentenceOfTheReadersHasAChineseTemplate() {
        for (String english : new String[] {
            "needs schema version 2; ignored in this version 1 file (set \"schemaVersion\": 2 to use it)",
            "is required, or pricePerAcceleratorHour with pflopsPerAccelerator",
            "a quote gives pricePerPflopsYear or pricePerAcceleratorHour, not both",
            "applies only to pricePerAcceleratorHour; remove it or give the price per accelerator-hour"}) {
            String chinese = ProblemTexts.translate(zh, english);
            assertTrue(!chinese.startsWith("输入无效") && !chinese.equals(english), chinese);
        }
        assertEquals("需要格式版本 2；在此版本 1 文件中已忽略（将“schemaVersion”改为 2 即可使用）",
                ProblemTexts.translate(zh, "needs schema version 2; ignored in this version 1 file (set"
                        + " \"schemaVersion\": 2 to use it)"));
    }

    @Test
    void englishMessagesAreLeftAsTheReadersWroteThem() {
        String english = "must be at least 1 and at most 3, got 5";
        assertEquals(english, ProblemTexts.translate(Messages.forLocale(Locale.ENGLISH), english));
    }

    @Test
    void aFileFromANewerVersionIsExplainedInChinese() {
        String english = "this file was written by a newer version of Compute TCO (schema version 3);"
                + " this build reads versions up to 1 \u2014 please update";
        assertEquals("此文件由更新版本的 Compute TCO 写入（格式版本 3）；本版本最高读取版本 1，请升级",
                ProblemTexts.translate(zh, english));
    }
}
