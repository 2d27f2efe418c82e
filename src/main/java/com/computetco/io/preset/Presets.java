package com.computetco.io.preset;

import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The library of dated market events (methodology v2 fields; the sources are in the Sources view). Each one
 * changes only what its description says; the tests check every changed path of each.
 */
public final class Presets {
    /** H20 exports: licence from 2025-04-09, sales resumed in July, production halted in August. */
    public static final BigDecimal LICENCE_PROBABILITY_PCT = new BigDecimal("50");
    public static final BigDecimal LICENCE_DELAY_MIN_MONTHS = new BigDecimal("3");
    public static final BigDecimal LICENCE_DELAY_MAX_MONTHS = new BigDecimal("12");
    /** The 25 % of H200 China sales paid to the US government, taken as passed on to the buyer. */
    public static final BigDecimal H200_FEE_FACTOR = new BigDecimal("1.25");
    public static final BigDecimal DOMESTIC_SUBSIDY_PCT = new BigDecimal("50");
    public static final BigDecimal PUE_CAP = new BigDecimal("1.25");

    private static final Pattern H200 = Pattern.compile("\\bh200\\b");

    private static final List<Preset> ALL = List.of(
            new EventPreset("h20-export-licence", YearMonth.of(2025, 4),
                    "US licence requirement for H20 exports from 2025-04-09; sales resumed Jul 2025, production halted "
                            + "Aug 2025 (NBC/CNBC, 36kr; high). The 50 % chance and 3–12 month delay are estimates.",
                    Presets::exportLicence),
            new EventPreset("h200-fee", YearMonth.of(2025, 12),
                    "H200 approved for China on 2025-12-08 with 25 % of sales paid to the US government, volume capped "
                            + "(Tom's Hardware; high). That the fee reaches the buyer in full is an estimate.",
                    Presets::h200Fee),
            new EventPreset("domestic-power-subsidy", YearMonth.of(2025, 11),
                    "Gansu, Guizhou and Inner Mongolia pay up to 50 % of the power bill of data centres running "
                            + "domestic chips only, ≈0.4 CNY/kWh (FT via udn.com, 2025-11-04; medium).",
                    Presets::domesticSubsidy),
            new EventPreset("lessor-price-rise-2026", YearMonth.of(2026, 3),
                    "Lessor price rises from 2026-03-01: UCloud +20–30 %; H100/B200 +30–40 %, A800 +15–20 %, "
                            + "910B +10–15 % (industry news, Feb 2026; low–medium). Midpoints used.",
                    Presets::lessorPriceRise),
            new EventPreset("pue-cap-hub", YearMonth.of(2024, 7),
                    "PUE caps: new large data centres below 1.3, national hub nodes below 1.25 (2021 plan, 2024 "
                            + "action plan; high).",
                    Presets::pueCap));

    private Presets() {
    }

    /** Every preset, in the order the window lists them. */
    public static List<Preset> all() {
        return ALL;
    }

    public static Optional<Preset> byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Build options with NVIDIA accelerators get a supply risk (methodology §7); rent options cannot have one. */
    private static void exportLicence(ScenarioTree tree) {
        for (ScenarioTree.OptionNode o : tree.options()) {
            if (o.isBuild() && o.family() == AcceleratorFamily.NVIDIA) {
                JsonObject delay = new JsonObject();
                delay.add("min", ScenarioTree.number(LICENCE_DELAY_MIN_MONTHS));
                delay.add("max", ScenarioTree.number(LICENCE_DELAY_MAX_MONTHS));
                JsonObject risk = new JsonObject();
                risk.add("probabilityPct", ScenarioTree.number(LICENCE_PROBABILITY_PCT));
                risk.add("extraDelayMonths", delay);
                tree.set(o.option(), "supplyRisk", risk, o.path("supplyRisk"));
            }
        }
    }

    /** H200 build options: the server price × 1.25. Installation, networking % and everything else stay. */
    private static void h200Fee(ScenarioTree tree) {
        for (ScenarioTree.OptionNode o : tree.options()) {
            if (o.isBuild() && H200.matcher(AcceleratorFamily.words(o.quote())).find()
                    && o.quote().get("unitPrice") instanceof JsonObject price) {
                tree.update(price, "amount", o.path("quote.unitPrice.amount"),
                        (amount, path) -> amount.multiply(H200_FEE_FACTOR));
            }
        }
    }

    /** Build options with domestic accelerators only: their own power subsidy (methodology §3, v2). */
    private static void domesticSubsidy(ScenarioTree tree) {
        for (ScenarioTree.OptionNode o : tree.options()) {
            if (o.isBuild() && o.family() == AcceleratorFamily.DOMESTIC) {
                tree.set(o.option(), "electricitySubsidyPct", ScenarioTree.number(DOMESTIC_SUBSIDY_PCT),
                        o.path("electricitySubsidyPct"));
            }
        }
    }

    /** Every rent option's price, by its accelerator: the per-P-year or the per-card-hour price, whichever it has. */
    private static void lessorPriceRise(ScenarioTree tree) {
        for (ScenarioTree.OptionNode o : tree.options()) {
            if (!o.isRent()) {
                continue;
            }
            BigDecimal factor = BigDecimal.ONE.add(lessorRisePct(o.quote()).movePointLeft(2));
            for (String field : List.of("pricePerPflopsYear", "pricePerAcceleratorHour")) {
                if (o.quote().get(field) instanceof JsonObject price) {
                    tree.update(price, "amount", o.path("quote." + field + ".amount"),
                            (amount, path) -> amount.multiply(factor));
                }
            }
        }
    }

    /** The midpoint of the announced rise for the quote's accelerator; +25 % (UCloud's overall) for the rest. */
    static BigDecimal lessorRisePct(JsonObject quote) {
        String words = AcceleratorFamily.words(quote).toLowerCase(Locale.ROOT);
        if (Pattern.compile("\\b(h100|b200)\\b").matcher(words).find()) {
            return new BigDecimal("35");
        }
        if (Pattern.compile("\\ba800\\b").matcher(words).find()) {
            return new BigDecimal("17.5");
        }
        if (Pattern.compile("910b|ascend|昇腾").matcher(words).find()) {
            return new BigDecimal("12.5");
        }
        return new BigDecimal("25");
    }

    /** The scenario's PUE, where above the cap; a lower PUE stays. */
    private static void pueCap(ScenarioTree tree) {
        if (tree.root().get("electricity") instanceof JsonObject electricity) {
            tree.update(electricity, "pue", "electricity.pue", (pue, path) -> pue.min(PUE_CAP));
        }
    }

    /** A preset made of an id, a date, a source and an edit. */
    private record EventPreset(String id, YearMonth date, String source, Consumer<ScenarioTree> edit)
            implements Preset {
        @Override
        public List<PresetChange> applyTo(JsonObject scenario) {
            ScenarioTree tree = new ScenarioTree(scenario);
            edit.accept(tree);
            return tree.changes();
        }
    }
}
