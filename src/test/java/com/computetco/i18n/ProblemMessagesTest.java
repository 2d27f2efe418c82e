package com.computetco.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.rules.Problem;
import com.computetco.rules.ProblemCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Problems are codes rendered through the bundles: every code has both sentences, and each says it in its language. */
class ProblemMessagesTest {
    private static final Messages EN = Messages.forLocale(Locale.ENGLISH);
    private static final Messages ZH = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);

    /** One bundle file alone: a key missing from the Chinese file must not be found in the English parent. */
    private static Properties file(String name) {
        Properties properties = new Properties();
        try (InputStream in = ProblemMessagesTest.class.getResourceAsStream("/com/computetco/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @ParameterizedTest
    @EnumSource(ProblemCode.class)
    void everyCodeHasASentenceInBothBundles(ProblemCode code) {
        assertTrue(file("messages.properties").containsKey(code.key()), "English: " + code.key());
        assertTrue(file("messages_zh_CN.properties").containsKey(code.key()), "Chinese: " + code.key());
    }

    /** The sentences the CLI printed before problems became codes, byte for byte. */
    static Stream<Arguments> englishSentences() {
        return Stream.of(
                Arguments.of(Problem.error("horizonMonths", ProblemCode.AT_LEAST_AT_MOST, "1", "240", "300"),
                        "horizonMonths: must be at least 1 and at most 240, got 300"),
                Arguments.of(Problem.error("discountRatePct", ProblemCode.AT_LEAST_BELOW, "0", "100", "100"),
                        "discountRatePct: must be at least 0 and less than 100, got 100"),
                Arguments.of(Problem.error("demandPflops", ProblemCode.ABOVE_AT_MOST, "0", "1e7", "0"),
                        "demandPflops: must be greater than 0 and at most 1e7, got 0"),
                Arguments.of(Problem.error("$", ProblemCode.MORE_PROBLEMS, "1", 1, "0", 0),
                        "$: and 1 more problem not listed (0 errors)"),
                Arguments.of(Problem.error("$", ProblemCode.MORE_PROBLEMS, "1234", 1234, "1", 1),
                        "$: and 1234 more problems not listed (1 error)"),
                Arguments.of(Problem.warning("colour", ProblemCode.UNKNOWN_FIELD),
                        "colour: warning: unknown field, ignored"),
                Arguments.of(Problem.warning("options[0]", ProblemCode.IMPLAUSIBLE_IRR, "5000", "1000"),
                        "options[0]: warning: an IRR of 5000 % a year is implausible (above 1000 %); check this"
                                + " option's prices"),
                Arguments.of(Problem.error("schemaVersion", ProblemCode.NEWER_VERSION, "9", "2"),
                        "schemaVersion: this file was written by a newer version of Compute TCO (schema version 9);"
                                + " this build reads versions up to 2 \u2014 please update"),
                Arguments.of(Problem.error("currency", ProblemCode.CURRENCY_CODE, "\"cny\""),
                        "currency: must be a currency code of three capital letters, such as \"CNY\", got \"cny\""),
                Arguments.of(Problem.error("options[0].quote.kind", ProblemCode.QUOTE_KIND, "server", "build",
                        "\"rental\""), "options[0].quote.kind: must be \"server\" for a build option, got \"rental\""),
                Arguments.of(Problem.error("electricity.pue", ProblemCode.MUST_BE_NUMBER,
                        kind("STRING")), "electricity.pue: must be a number, got a string"));
    }

    /** The kind words live with the JSON reader; the test reaches them through a problem it reads. */
    private static Object kind(String name) {
        return new com.computetco.rules.ProblemWord() {
            @Override
            public String key() {
                return "problem.kind." + name.toLowerCase(Locale.ROOT);
            }
        };
    }

    @ParameterizedTest
    @MethodSource("englishSentences")
    void englishIsTheCliSentence(Problem problem, String line) {
        assertEquals(line, ProblemMessages.line(problem, EN));
    }

    static List<Problem> someProblems() {
        return List.of(
                Problem.error("horizonMonths", ProblemCode.AT_LEAST_AT_MOST, "1", "240", "300"),
                Problem.error("options[1].quote.unitPrice.currency", ProblemCode.NO_RATE, "\"EUR\""),
                Problem.error("baselineOptionId", ProblemCode.BASELINE_RENT, "\"own\"", "options[0]"),
                Problem.warning("options[0].quote.validUntil", ProblemCode.EXPIRED, "2024-06-30"),
                Problem.error("options[0].quote.paymentSchedule", ProblemCode.PAYMENT_SUM, "90"),
                Problem.error("$", ProblemCode.MORE_PROBLEMS, "3", 3, "2", 2),
                Problem.error("electricity.pue", ProblemCode.MUST_BE_NUMBER, kind("STRING")));
    }

    @ParameterizedTest
    @MethodSource("someProblems")
    void chineseRenderingIsChinese(Problem problem) {
        String chinese = ProblemMessages.text(problem, ZH);
        assertTrue(chinese.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                chinese);
        assertFalse(chinese.matches("(?s).*\\b(must|got|the|is)\\b.*"), chinese);
        assertFalse(chinese.equals(ProblemMessages.text(problem, EN)), chinese);
    }

    @ParameterizedTest
    @MethodSource("someProblems")
    void warningsAreMarkedInEachLanguage(Problem problem) {
        String en = ProblemMessages.line(problem, EN);
        String zh = ProblemMessages.line(problem, ZH);
        assertEquals(!problem.isError(), en.startsWith(problem.path() + ": warning: "), en);
        assertEquals(!problem.isError(), zh.startsWith(problem.path() + ": 警告："), zh);
    }
}
