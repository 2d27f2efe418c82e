package com.computetco.io;

import static com.computetco.i18n.ProblemMessages.english;
import com.computetco.rules.Problem;
import com.computetco.rules.ProblemCode;
import static com.computetco.io.ProblemAssertions.assertHasWarning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.app.ScenarioLoader;
import com.computetco.domain.Scenario;
import com.computetco.i18n.Messages;
import com.computetco.i18n.ProblemMessages;
import com.computetco.rules.ProblemCode;
import com.computetco.testing.Scenarios;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 10 §5: implausible figures are warned about, and the file stays usable. */
class PlausibilityWarningsTest {
    private final ScenarioLoader loader = new ScenarioLoader(new ScenarioReader(Scenarios.TODAY),
            new com.computetco.engine.TcoEngine());

    private ReadResult<Scenario> load(JsonObject tree) {
        return loader.load(tree.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject option(JsonObject tree, int i) {
        return tree.getAsJsonArray("options").get(i).getAsJsonObject();
    }

    @Test
    void theWorkedExampleRaisesNoPlausibilityWarning() {
        ReadResult<Scenario> read = load(Scenarios.workedExampleV2Tree());
        assertTrue(read.isValid());
        assertTrue(read.warnings().stream().noneMatch(p -> english(p).contains("implausible")
                || english(p).contains("reference figures") || english(p).contains("does not contain")),
                read.warnings().toString());
    }

    @Test
    void aServerPriceOf150CnyIsWarnedAbout() {
        JsonObject tree = Scenarios.workedExampleV2Tree();
        option(tree, 0).getAsJsonObject("quote").getAsJsonObject("unitPrice").addProperty("amount", 150);
        ReadResult<Scenario> read = load(tree);
        assertTrue(read.isValid(), "a warning must not make the file unusable");
        assertHasWarning(read, "options[0].quote.unitPrice", "far outside the reference figures");
    }

    @Test
    void anIrrAboveAThousandPercentAYearIsWarnedAbout() {
        JsonObject tree = Scenarios.workedExampleV2Tree();
        // 15,000 CNY for the loan-financed H20 server gives an IRR of about 550,000 % a year.
        option(tree, 0).getAsJsonObject("quote").getAsJsonObject("unitPrice").addProperty("amount", 15000);
        ReadResult<Scenario> read = load(tree);
        assertTrue(read.isValid());
        Problem irr = assertHasWarning(read, "options[0]", "implausible (above 1000 %)");
        assertTrue(english(irr).startsWith("an IRR of "), english(irr));
    }

    @Test
    void aServerPriceAThousandTimesTooHighIsWarnedAbout() {
        JsonObject tree = Scenarios.workedExampleV2Tree();
        option(tree, 1).getAsJsonObject("quote").getAsJsonObject("unitPrice").addProperty("amount", 1_150_000_000L);
        assertHasWarning(load(tree), "options[1].quote.unitPrice", "far outside the reference figures");
    }

    @Test
    void aMonteCarloRangeWithoutTheElectricityPriceIsWarnedAbout() {
        JsonObject tree = Scenarios.workedExampleV2Tree();
        tree.getAsJsonObject("electricity").addProperty("pricePerKwh", 1.2);
        JsonObject range = tree.getAsJsonObject("uncertainty").getAsJsonObject("electricityPricePerKwh");
        range.addProperty("min", 0.65);
        range.addProperty("likely", 0.75);
        range.addProperty("max", 0.85);
        ReadResult<Scenario> read = load(tree);
        assertTrue(read.isValid());
        Problem p = assertHasWarning(read, "uncertainty.electricityPricePerKwh", "does not contain");
        assertTrue(english(p).contains("0.65 to 0.85") && english(p).contains("1.2"), english(p));
    }

    @Test
    void thePlausibilityWarningsHaveChineseTexts() {
        Messages zh = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals("每 PFLOPS 价格约 18 美元，远超参考数据范围（1250 至 2800000 美元）；请检查单价和每台服务器的 PFLOPS",
                ProblemMessages.text(Problem.warning("options[0].quote.unitPrice", ProblemCode.IMPLAUSIBLE_SERVER_PRICE,
                        "18", "1250", "2800000"), zh));
        assertEquals("内部收益率每年 13927043962708.7 % 不合理（超过 1000 %）；请检查该方案的价格",
                ProblemMessages.text(Problem.warning("options[0]", ProblemCode.IMPLAUSIBLE_IRR, "13927043962708.7",
                        "1000"), zh));
        assertEquals("区间 0.65 至 0.85 不包含电价 1.2；模拟不会围绕确定性结果变化",
                ProblemMessages.text(Problem.warning("uncertainty.electricityPricePerKwh",
                        ProblemCode.RANGE_MISSES_VALUE, "0.65", "0.85", "1.2"), zh));
    }
}
