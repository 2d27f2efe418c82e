package com.computetco.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.testing.Scenarios;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The methodology's worked examples (copies of shared/model/worked-example*.json: version 1 under the version 2
 * corrections, and version 2) evaluated to 1e-9 relative, 1e-6 absolute: every figure of every option, every
 * component, every month, pre-tax and after tax.
 */
class WorkedExampleTest {

    private static Evaluation evaluate(String name) {
        return new TcoEngine().evaluate(Scenarios.read(Scenarios.resource(name)));
    }

    private static JsonObject expected(String name) {
        return JsonParser.parseString(new String(Scenarios.resource(name), StandardCharsets.UTF_8)).getAsJsonObject();
    }

    static void assertClose(JsonElement expectedValue, Double actual, String what) {
        if (expectedValue.isJsonNull()) {
            assertNull(actual, what);
            return;
        }
        assertNotNull(actual, what);
        double e = expectedValue.getAsDouble();
        double tolerance = Math.max(1e-9 * Math.max(Math.abs(e), Math.abs(actual)), 1e-6);
        assertEquals(e, actual, tolerance, what);
    }

    @TestFactory
    Stream<DynamicTest> everyFigureOfVersionOneMatches() throws IOException {
        return figures(evaluate("worked-example.json"), expected("worked-example.expected.json"));
    }

    @TestFactory
    Stream<DynamicTest> everyFigureOfVersionTwoMatches() throws IOException {
        return figures(evaluate("worked-example-v2.json"), expected("worked-example-v2.expected.json"));
    }

    private static Stream<DynamicTest> figures(Evaluation evaluation, JsonObject expected) {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonElement element : expected.getAsJsonArray("options")) {
            JsonObject e = element.getAsJsonObject();
            String id = e.get("id").getAsString();
            OptionResult r = evaluation.option(id).orElseThrow();
            tests.add(DynamicTest.dynamicTest(id + " sizing", () -> {
                assertClose(e.get("servers"), r.servers() == null ? null : r.servers().doubleValue(), "servers");
                assertClose(e.get("rentedPflops"), r.rentedPflops(), "rentedPflops");
                assertEquals(e.get("inServiceMonth").getAsInt(), r.inServiceMonth());
                assertEquals(e.get("capacityGapMonths").getAsInt(), r.capacityGapMonths());
            }));
            tests.add(DynamicTest.dynamicTest(id + " totals", () -> {
                assertClose(e.get("totalCost"), r.totalCost(), "totalCost");
                assertClose(e.get("presentValue"), r.presentValue(), "presentValue");
                assertClose(e.get("costPerPflopsYear"), r.costPerPflopsYear(), "costPerPflopsYear");
            }));
            tests.add(DynamicTest.dynamicTest(id + " components", () -> {
                JsonObject components = e.getAsJsonObject("components");
                assertEquals(CostComponent.count(), components.size());
                for (CostComponent c : CostComponent.values()) {
                    assertClose(components.get(c.key()), r.componentTotal(c), c.key());
                }
            }));
            tests.add(DynamicTest.dynamicTest(id + " payback, IRR, break-even", () -> {
                assertClose(e.get("paybackMonths"), r.paybackMonths(), "paybackMonths");
                assertClose(e.get("discountedPaybackMonths"), r.discountedPaybackMonths(), "discountedPayback");
                assertClose(e.get("irrPct"), r.irrPct(), "irrPct");
                assertClose(e.get("breakEvenRentPricePerPflopsYear"), r.breakEvenRentPricePerPflopsYear(),
                        "breakEven");
                assertClose(e.get("breakEvenRentPriceAsQuoted"), r.breakEvenRentPriceAsQuoted(), "breakEvenAsQuoted");
            }));
            tests.add(DynamicTest.dynamicTest(id + " after tax", () -> afterTax(e.get("afterTax"), r)));
            tests.add(DynamicTest.dynamicTest(id + " monthly", () -> {
                JsonArray monthly = e.getAsJsonArray("monthly");
                assertEquals(monthly.size(), r.horizon());
                for (int m = 0; m < monthly.size(); m++) {
                    assertClose(monthly.get(m), r.monthly(m), "month " + m);
                }
            }));
        }
        return tests.stream();
    }

    private static void afterTax(JsonElement expected, OptionResult r) {
        if (expected.isJsonNull()) {
            assertTrue(r.afterTax().isEmpty(), "no after-tax results without a tax block");
            return;
        }
        JsonObject e = expected.getAsJsonObject();
        AfterTaxResult a = r.afterTax().orElseThrow();
        assertClose(e.get("totalCost"), a.totalCost(), "afterTax.totalCost");
        assertClose(e.get("presentValue"), a.presentValue(), "afterTax.presentValue");
        assertClose(e.get("paybackMonths"), a.paybackMonths(), "afterTax.paybackMonths");
        assertClose(e.get("discountedPaybackMonths"), a.discountedPaybackMonths(), "afterTax.discountedPayback");
        assertClose(e.get("irrPct"), a.irrPct(), "afterTax.irrPct");
        assertClose(e.get("vat"), a.vat(), "afterTax.vat");
        assertClose(e.get("incomeTax"), a.incomeTax(), "afterTax.incomeTax");
        assertClose(e.get("depreciation"), a.depreciation(), "afterTax.depreciation");
        JsonArray monthly = e.getAsJsonArray("monthly");
        assertEquals(monthly.size(), r.horizon());
        for (int m = 0; m < monthly.size(); m++) {
            assertClose(monthly.get(m), a.monthly(m), "afterTax month " + m);
        }
    }
}
