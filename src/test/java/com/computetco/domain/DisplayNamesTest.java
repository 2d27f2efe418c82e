package com.computetco.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.computetco.testing.Scenarios;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DisplayNamesTest {
    private static Scenario workedExample;

    @BeforeAll
    static void load() throws IOException {
        workedExample = Scenarios.workedExample();
    }

    /** The worked example with a Chinese scenario name and the given Chinese labels, option by option. */
    private static Scenario named(String nameZh, String... labelsZh) {
        List<Option> options = new java.util.ArrayList<>(workedExample.options());
        for (int i = 0; i < labelsZh.length; i++) {
            options.set(i, options.get(i).withLabels(options.get(i).label(), labelsZh[i]));
        }
        return workedExample.withOptions(options).withNameZh(nameZh);
    }

    @Test
    void chineseUsesTheChineseNamesWhereGivenAndTheEnglishElsewhere() {
        Scenario s = named("算例", "英伟达自建", "");
        Scenario zh = DisplayNames.forLocale(s, Locale.SIMPLIFIED_CHINESE);
        assertEquals("算例", zh.name());
        assertEquals("英伟达自建", zh.options().get(0).label());
        assertEquals(s.options().get(1).label(), zh.options().get(1).label());
        // Nothing else changes: the engine sees the same figures.
        assertEquals(s.options().get(0).quote(), zh.options().get(0).quote());
        assertEquals(s.baselineOptionId(), zh.baselineOptionId());
        assertEquals(s.demandPflops(), zh.demandPflops());
    }

    @Test
    void englishKeepsTheScenarioAsItIs() {
        Scenario s = named("算例", "英伟达自建");
        assertSame(s, DisplayNames.forLocale(s, Locale.ENGLISH));
        assertEquals(workedExample.name(), DisplayNames.name(s, Locale.ENGLISH));
        assertEquals(workedExample.options().get(0).label(), DisplayNames.label(s.options().get(0), Locale.ENGLISH));
    }

    @Test
    void aBlankChineseNameFallsBackToTheEnglishOne() {
        Scenario s = named("  ", " ");
        assertEquals(workedExample.name(), DisplayNames.name(s, Locale.SIMPLIFIED_CHINESE));
        assertEquals(workedExample.options().get(0).label(),
                DisplayNames.label(s.options().get(0), Locale.SIMPLIFIED_CHINESE));
        assertSame(s, DisplayNames.forLocale(s, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void editsKeepTheChineseNames() {
        Scenario s = named("算例", "英伟达自建");
        assertEquals("算例", s.withHorizonMonths(12).withStaff(Staff.none()).withName("x").nameZh());
        assertEquals("英伟达自建", s.options().get(0).withEfficiencyPct(java.math.BigDecimal.TEN)
                .withRetraining(null).withQuote(s.options().get(0).quote()).labelZh());
    }
}
