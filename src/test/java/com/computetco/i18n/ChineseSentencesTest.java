package com.computetco.i18n;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.engine.Evaluation;
import com.computetco.engine.TcoEngine;
import com.computetco.engine.risk.BreakEvenAnalysis;
import com.computetco.engine.risk.BreakEvenResult;
import com.computetco.testing.Scenarios;
import com.computetco.text.RiskTexts;
import com.computetco.text.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 10 §4: generated Chinese sentences about a CNY scenario say 元, written to the house style. */
class ChineseSentencesTest {
    private static final Messages CHINESE = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);
    private final Scenario scenario = Scenarios.reader()
            .read(Path.of("sample-quotes/inference-cluster-2026.scenario.json")).value();
    private final Evaluation evaluation = new TcoEngine().evaluate(scenario);

    /** The option labels of the sample are English and may name CNY themselves. */
    private String withoutLabels(String sentence) {
        for (var o : scenario.options()) {
            sentence = sentence.replace(o.label(), "");
        }
        return sentence;
    }

    @Test
    void theChineseVerdictSays元NotCny() {
        String plain = new Verdict(CHINESE, new AmountFormat(CHINESE.locale(), false)).describe(evaluation);
        assertFalse(withoutLabels(plain).contains("CNY"), plain);
        assertTrue(plain.contains("67,492,500 元"), plain);
        String scaled = new Verdict(CHINESE, new AmountFormat(CHINESE.locale(), true)).describe(evaluation);
        assertTrue(scaled.contains("6,749万元"), scaled);
        assertFalse(scaled.contains("万 元"), scaled);
        String english = new Verdict(ENGLISH, new AmountFormat(ENGLISH.locale(), false)).describe(evaluation);
        assertTrue(english.contains("67.5 million CNY"), english);
    }

    @Test
    void theChineseBreakEvenSentencesSay元NotCny() {
        RiskTexts texts = new RiskTexts(CHINESE, new AmountFormat(CHINESE.locale(), false));
        int withMoney = 0;
        for (BreakEvenResult r : BreakEvenAnalysis.all(scenario)) {
            String sentence = texts.breakEvenSentence(r);
            assertFalse(withoutLabels(sentence).contains("CNY"), sentence);
            assertTrue(sentence.contains("“" + r.optionLabel() + "”"), "labels in “” quotes: " + sentence);
            assertFalse(sentence.matches(".*\\p{IsHan} \\p{IsHan}.*"), "no space between characters: " + sentence);
            withMoney += sentence.contains(" 元") ? 1 : 0;
        }
        assertTrue(withMoney > 0, "some sentence names an amount");
    }

    @Test
    void theChineseVerdictQuotesOptionNamesWithNoStraySpaces() {
        String plain = new Verdict(CHINESE, new AmountFormat(CHINESE.locale(), false)).describe(evaluation);
        String cheapest = evaluation.cheapest().label();
        assertTrue(plain.contains("“" + cheapest + "”成本最低"), plain);
        assertFalse(plain.matches("(?s).*[）\\p{IsHan}] [的是比与]\\p{IsHan}.*"),
                "no space between a name's closing bracket and the sentence: " + plain);
        assertFalse(plain.contains("（" + cheapest), "no name nested in brackets: " + plain);
    }

    /** A half-width quote or a space beside a Chinese quote mark reads as an English fragment in a Chinese sentence. */
    static List<String> bundles() {
        return Messages.bundleNames();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void chineseTextsUseChineseQuotesWithoutSpacesAroundThem(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/com/computetco/i18n/" + bundle + "_zh_CN.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Pattern spaceBesideQuote = Pattern.compile("[\\p{IsHan}，。：；] “|” [\\p{IsHan}，。：；]");
        List<String> offending = new ArrayList<>();
        for (String key : texts.stringPropertyNames()) {
            String value = texts.getProperty(key);
            if (value.contains("\"") || spaceBesideQuote.matcher(value).find()) {
                offending.add(key + "=" + value);
            }
        }
        assertTrue(offending.isEmpty(), String.join("\n", offending));
    }
}
