package com.computetco.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
            no exchange rate for "EUR"                        | 缺少"EUR"的汇率
            must not be less than min (3), got 2              | 不能小于 min（3），当前为 2
            quote expired on 2024-06-30                       | 报价已于 2024-06-30 过期
            something nobody foresaw                          | 输入无效：something nobody foresaw
            """)
    void readerSentencesReadInChinese(String english, String chinese) {
        assertEquals(chinese, ProblemTexts.translate(zh, english));
    }

    @Test
    void englishMessagesAreLeftAsTheReadersWroteThem() {
        String english = "must be at least 1 and at most 3, got 5";
        assertEquals(english, ProblemTexts.translate(Messages.forLocale(Locale.ENGLISH), english));
    }
}
