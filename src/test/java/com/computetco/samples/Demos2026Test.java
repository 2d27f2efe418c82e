package com.computetco.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Option;
import com.computetco.domain.Quote;
import com.computetco.domain.Scenario;
import com.computetco.engine.Evaluation;
import com.computetco.engine.TcoEngine;
import com.computetco.i18n.Messages;
import com.computetco.io.BundledSamples;
import com.computetco.io.QuoteReader;
import com.computetco.io.ReadResult;
import com.computetco.app.ScenarioLoader;
import com.computetco.io.ScenarioReader;
import com.computetco.io.preset.PresetApplication;
import com.computetco.io.preset.Presets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The bundled demos tell today's story honestly: they open without warnings, carry names in both languages, the
 * 2026 quotes are current, the history demo compares against the realistic lessor with the article's rents in their
 * true order, and the licence demo is the 2026 cluster with exactly the licence preset (and the H20 lease as
 * baseline). Dates are judged on 2026-11-29, the day these samples were dated.
 */
class Demos2026Test {
    private static final Clock RELEASE_DAY = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
    private static final ScenarioLoader LOADER = new ScenarioLoader(new ScenarioReader(RELEASE_DAY), new TcoEngine());
    private static final Path SAMPLES = Path.of("sample-quotes");

    static Stream<Path> demos() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".scenario.json")).sorted().toList().stream();
        }
    }

    private static Scenario demo(String name) {
        ReadResult<Scenario> read = LOADER.load(SAMPLES.resolve(name));
        assertTrue(read.isValid(), () -> read.problems().toString());
        return read.value();
    }

    @ParameterizedTest
    @MethodSource("demos")
    void everyDemoOpensWithoutWarningsAndHasChineseNames(Path file) {
        ReadResult<Scenario> read = LOADER.load(file);
        assertTrue(read.isValid() && read.problems().isEmpty(), () -> file + ": " + read.problems());
        Scenario s = read.value();
        assertFalse(s.nameZh().isBlank(), file + " nameZh");
        for (Option o : s.options()) {
            assertFalse(o.labelZh().isBlank(), file + " " + o.id() + " labelZh");
        }
        String key = "gallery." + file.getFileName().toString().replace(".scenario.json", "");
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Messages m = Messages.forLocale(locale);
            assertTrue(m.has(key + ".title") && m.has(key + ".description"), key + " " + locale);
            assertFalse(m.get(key + ".description").contains("\n"), key);
        }
    }

    @Test
    void theAppOpensOnThe2026Demo() {
        assertEquals("inference-cluster-2026.scenario.json", BundledSamples.MAIN_DEMO);
        Scenario s = demo(BundledSamples.MAIN_DEMO);
        assertTrue(s.taxBlock().isPresent(), "after tax");
        assertTrue(s.options().stream().anyMatch(o -> o.financingPlan().isPresent()), "with a loan");
    }

    @Test
    void the2026QuotesAreCurrentSourcedAndDated() throws IOException {
        LocalDate today = LocalDate.now(RELEASE_DAY);
        List<Path> current = Stream.of("h20-8gpu-2026", "h200-8gpu-2026-with-fee", "huawei-atlas-800t-a2-2026",
                "huawei-cloudmatrix-384-2026", "lessor-h20-card-hour-2026", "lessor-ascend-910b-card-hour-2026",
                "lessor-ascend-p-year-2026", "us-cloud-h100-2026").map(n -> SAMPLES.resolve(n + ".quote.json")).toList();
        {
            for (Path p : current) {
                ReadResult<Quote> read = new QuoteReader(RELEASE_DAY).read(p);
                assertTrue(read.isValid() && read.problems().isEmpty(), () -> p + ": " + read.problems());
                Quote q = read.value();
                assertTrue(q.validUntil().orElseThrow().isAfter(today), p.toString());
                assertTrue(q.quoteDate().orElseThrow().getYear() == 2026, p.toString());
                assertTrue(q.source().orElseThrow().length() > 100, p.toString());
            }
        }
    }

    @Test
    void theHistoryDemoComparesWithTheRealisticLessorAndKeepsTheRentsInTheirTrueOrder() {
        Scenario s = demo("market-2024-h100-vs-ascend-vs-leasing.scenario.json");
        assertTrue(s.name().startsWith("History"), s.name());
        assertEquals("lease-h800-120k", s.baselineOptionId());
        Evaluation e = new TcoEngine().evaluate(s);
        assertEquals(null, e.option("dealer-h100").orElseThrow().paybackMonths(), "the H100 never pays back");
        // 12万 (2023-09-07) < 18万 (2023-11-16); the 2024 rent, after the >20 % fall, is below 18万.
        List<Option> lessors = s.options().stream().filter(o -> !o.isBuild()).toList();
        assertEquals(List.of("2023-09-07", "2023-11-16", "2024-05-17"),
                lessors.stream().map(o -> o.quote().quoteDate().orElseThrow().toString()).toList());
        double peak = rent(s, "lease-h800-180k");
        assertTrue(rent(s, "lease-2024-after-fall") <= 0.8 * peak, "fell by more than 20%");
    }

    @Test
    void theLicenceDemoIsThe2026ClusterWithTheLicencePresetAndTheH20LeaseAsBaseline() {
        Scenario cluster = demo("inference-cluster-2026.scenario.json");
        Scenario late = demo("export-licence-late-2026.scenario.json");
        Scenario expected = PresetApplication.apply(Presets.byId("h20-export-licence").orElseThrow(), cluster, LOADER::load)
                .result().value();
        assertEquals(expected.options(), late.options());
        assertEquals("lease-h20-hourly", late.baselineOptionId());
        assertTrue(late.option("h20-build").orElseThrow().supplyRiskPlan().isPresent());
    }

    @Test
    void theWesternDemoSubsidisesExactlyTheDomesticBuilds() {
        Scenario west = demo("western-site-domestic-subsidy.scenario.json");
        for (Option o : west.options()) {
            boolean domesticBuild = o.isBuild() && !o.id().startsWith("h20");
            assertEquals(domesticBuild, o.electricitySubsidyPctValue() != null, o.id());
        }
    }

    private static double rent(Scenario s, String id) {
        var quote = (com.computetco.domain.RentalQuote) s.option(id).orElseThrow().quote();
        return quote.pricePerPflopsYear().amount().doubleValue();
    }
}
