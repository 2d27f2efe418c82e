package com.computetco.io.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Each preset changes exactly the fields its description names: every leaf of the tree is compared before and
 * after, so a change anywhere else fails. The fixture is the worked example (an H100 build, an Ascend 910B build
 * and an H800 lease) plus an H200 build and an Ascend card-hour lease.
 */
class PresetsTest {
    private static JsonObject fixture() {
        JsonObject tree;
        try (InputStream in = PresetsTest.class.getResourceAsStream("/com/computetco/engine/worked-example.json")) {
            tree = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        var options = tree.getAsJsonArray("options");
        JsonObject h200 = options.get(0).deepCopy().getAsJsonObject();
        h200.addProperty("id", "h200");
        h200.getAsJsonObject("quote").addProperty("model", "HGX H200 8-GPU");
        h200.getAsJsonObject("quote").addProperty("accelerator", "H200 141 GB");
        options.add(h200);
        JsonObject ascendLease = options.get(2).deepCopy().getAsJsonObject();
        ascendLease.addProperty("id", "ascend-lease");
        ascendLease.getAsJsonObject("quote").addProperty("provider", "Chengdu compute centre");
        ascendLease.getAsJsonObject("quote").addProperty("accelerator", "Ascend 910B");
        options.add(ascendLease);
        return tree;
    }

    /** Every leaf (and every absent-then-present member) by path, with its JSON text. */
    private static Map<String, String> leaves(JsonElement e, String path, Map<String, String> into) {
        if (e.isJsonObject()) {
            for (var m : e.getAsJsonObject().entrySet()) {
                leaves(m.getValue(), path.isEmpty() ? m.getKey() : path + "." + m.getKey(), into);
            }
        } else if (e.isJsonArray()) {
            for (int i = 0; i < e.getAsJsonArray().size(); i++) {
                leaves(e.getAsJsonArray().get(i), path + "[" + i + "]", into);
            }
        } else {
            into.put(path, e.toString());
        }
        return into;
    }

    /** The leaves that differ, with their new text ("absent" for removed ones). */
    private static Map<String, String> diff(JsonObject before, JsonObject after) {
        Map<String, String> a = leaves(before, "", new TreeMap<>());
        Map<String, String> b = leaves(after, "", new TreeMap<>());
        Map<String, String> changed = new TreeMap<>();
        b.forEach((k, v) -> {
            if (!v.equals(a.get(k))) {
                changed.put(k, v);
            }
        });
        a.keySet().stream().filter(k -> !b.containsKey(k)).forEach(k -> changed.put(k, "absent"));
        return changed;
    }

    private static Map<String, String> apply(String id, JsonObject tree) {
        JsonObject before = tree.deepCopy();
        var changes = Presets.byId(id).orElseThrow().applyTo(tree);
        Map<String, String> changed = diff(before, tree);
        // The reported changes name the same fields (objects by their own path).
        for (PresetChange c : changes) {
            assertTrue(changed.keySet().stream().anyMatch(k -> k.equals(c.path()) || k.startsWith(c.path() + ".")),
                    c.path() + " reported but not changed");
        }
        return changed;
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text);
    }

    @Test
    void exportLicenceAddsASupplyRiskToNvidiaBuildOptionsOnly() {
        Map<String, String> changed = apply("h20-export-licence", fixture());
        assertEquals(Map.of(
                "options[0].supplyRisk.probabilityPct", "50",
                "options[0].supplyRisk.extraDelayMonths.min", "3",
                "options[0].supplyRisk.extraDelayMonths.max", "12",
                "options[3].supplyRisk.probabilityPct", "50",
                "options[3].supplyRisk.extraDelayMonths.min", "3",
                "options[3].supplyRisk.extraDelayMonths.max", "12"), changed);
    }

    @Test
    void h200FeeRaisesTheH200ServerPriceOnly() {
        JsonObject tree = fixture();
        BigDecimal price = tree.getAsJsonArray("options").get(3).getAsJsonObject().getAsJsonObject("quote")
                .getAsJsonObject("unitPrice").get("amount").getAsBigDecimal();
        Map<String, String> changed = apply("h200-fee", tree);
        assertEquals(Set.of("options[3].quote.unitPrice.amount"), changed.keySet());
        assertEquals(0, price.multiply(number("1.25")).compareTo(number(changed.values().iterator().next())));
    }

    @Test
    void domesticSubsidyGoesToDomesticBuildOptionsOnly() {
        Map<String, String> changed = apply("domestic-power-subsidy", fixture());
        // Option 1 is the Ascend build; the Ascend lease (4) is a rent option, on which the field is ignored.
        assertEquals(Map.of("options[1].electricitySubsidyPct", "50"), changed);
    }

    @Test
    void lessorPriceRiseRaisesEachRentByItsAcceleratorsMidpoint() {
        JsonObject tree = fixture();
        Map<String, String> changed = apply("lessor-price-rise-2026", tree);
        assertEquals(Set.of("options[2].quote.pricePerPflopsYear.amount",
                "options[4].quote.pricePerPflopsYear.amount"), changed.keySet());
        BigDecimal before = fixture().getAsJsonArray("options").get(2).getAsJsonObject().getAsJsonObject("quote")
                .getAsJsonObject("pricePerPflopsYear").get("amount").getAsBigDecimal();
        // H800: not among the named accelerators, so UCloud's overall midpoint, +25 %; Ascend 910B +12.5 %.
        assertEquals(0, before.multiply(number("1.25"))
                .compareTo(number(changed.get("options[2].quote.pricePerPflopsYear.amount"))));
        assertEquals(0, before.multiply(number("1.125"))
                .compareTo(number(changed.get("options[4].quote.pricePerPflopsYear.amount"))));
    }

    @Test
    void lessorPriceRiseScalesACardHourPriceToo() {
        JsonObject tree = fixture();
        JsonObject quote = tree.getAsJsonArray("options").get(4).getAsJsonObject().getAsJsonObject("quote");
        quote.remove("pricePerPflopsYear");
        JsonObject hourly = new JsonObject();
        hourly.addProperty("amount", new BigDecimal("1.8"));
        hourly.addProperty("currency", "CNY");
        quote.add("pricePerAcceleratorHour", hourly);
        quote.addProperty("pflopsPerAccelerator", new BigDecimal("0.313"));
        Map<String, String> changed = apply("lessor-price-rise-2026", tree);
        assertEquals("2.025", changed.get("options[4].quote.pricePerAcceleratorHour.amount"));
        assertEquals(2, changed.size());
    }

    @Test
    void pueCapLowersAHigherPueOnly() {
        JsonObject tree = fixture();
        tree.getAsJsonObject("electricity").addProperty("pue", new BigDecimal("1.4"));
        assertEquals(Map.of("electricity.pue", "1.25"), apply("pue-cap-hub", tree));
        JsonObject efficient = fixture();
        efficient.getAsJsonObject("electricity").addProperty("pue", new BigDecimal("1.15"));
        assertEquals(Map.of(), apply("pue-cap-hub", efficient));
    }

    @Test
    void applyingAPresetTwiceChangesNothingTheSecondTimeExceptThePriceOnes() {
        for (String id : new String[] {"h20-export-licence", "domestic-power-subsidy", "pue-cap-hub"}) {
            JsonObject tree = fixture();
            Presets.byId(id).orElseThrow().applyTo(tree);
            assertEquals(0, Presets.byId(id).orElseThrow().applyTo(tree).size(), id);
        }
    }

    @Test
    void everyPresetHasADateASourceAndTextsInBothLanguages() {
        var en = java.util.ResourceBundle.getBundle("com.computetco.i18n.presets", java.util.Locale.ENGLISH);
        var zh = java.util.ResourceBundle.getBundle("com.computetco.i18n.presets", java.util.Locale.SIMPLIFIED_CHINESE);
        assertEquals(5, Presets.all().size());
        for (Preset p : Presets.all()) {
            assertTrue(p.source().length() > 30, p.id());
            assertTrue(p.date().getYear() >= 2024, p.id());
            assertTrue(en.containsKey(p.titleKey()) && en.containsKey(p.descriptionKey()), p.id());
            assertTrue(zh.getString(p.descriptionKey()).codePoints().anyMatch(c -> c > 0x4e00), p.id());
        }
    }

    @Test
    void acceleratorFamiliesAreReadFromTheQuoteNames() {
        assertEquals(AcceleratorFamily.NVIDIA, family("{\"vendor\":\"Grey-market dealer\",\"model\":\"HGX H100 8-GPU\"}"));
        assertEquals(AcceleratorFamily.DOMESTIC, family("{\"vendor\":\"Huawei\",\"model\":\"CloudMatrix 384\"}"));
        assertEquals(AcceleratorFamily.DOMESTIC, family("{\"provider\":\"成都智算中心\",\"accelerator\":\"昇腾 910B\"}"));
        assertEquals(AcceleratorFamily.OTHER, family("{\"provider\":\"US cloud\",\"accelerator\":\"TPU v5\"}"));
    }

    private static AcceleratorFamily family(String json) {
        return AcceleratorFamily.of(JsonParser.parseString(json).getAsJsonObject());
    }
}
