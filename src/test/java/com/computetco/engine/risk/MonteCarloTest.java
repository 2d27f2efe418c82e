package com.computetco.engine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Option;
import com.computetco.domain.Scenario;
import com.computetco.engine.Evaluation;
import com.computetco.engine.OptionResult;
import com.computetco.engine.ScenarioModel;
import com.computetco.engine.TcoEngine;
import com.computetco.testing.Scenarios;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MonteCarloTest {
    private static final Scenario WORKED = Scenarios.workedExample();

    private static SimulationResult run(Scenario s, int iterations, long seed, int threads) {
        return MonteCarlo.run(ScenarioModel.of(s), iterations, seed, threads, null, null);
    }

    @Test
    void withEveryRangeCollapsedTheSimulationIsTheDeterministicEvaluation() {
        Scenario collapsed = Scenarios.collapsed(WORKED, new BigDecimal("-5"));
        Evaluation evaluation = new TcoEngine().evaluate(collapsed);
        SimulationResult result = run(collapsed, 1000, 3, 2);
        assertEquals(5, result.variedInputs().size(), result.variedInputs().toString());
        OptionResult cheapest = evaluation.cheapest();
        for (OptionStatistics o : result.options()) {
            OptionResult expected = evaluation.option(o.id()).orElseThrow();
            assertEquals(expected.totalCost(), o.mean(), 0.0, o.id());
            assertEquals(expected.totalCost(), o.p10(), 0.0, o.id());
            assertEquals(expected.totalCost(), o.p50(), 0.0, o.id());
            assertEquals(expected.totalCost(), o.p90(), 0.0, o.id());
            assertEquals(o.id().equals(cheapest.id()) ? 1.0 : 0.0, o.probabilityCheapest(), 0.0, o.id());
            if (o.baseline()) {
                assertNull(o.payback());
            } else if (expected.paybackMonths() == null) {
                assertEquals(new PaybackStatistics(null, null, null, 1.0), o.payback(), o.id());
            } else {
                double months = expected.paybackMonths();
                assertEquals(new PaybackStatistics(months, months, months, 0.0), o.payback(), o.id());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sampleScenarios")
    void collapsedSampleScenariosEqualTheirEvaluation(Path file) {
        Scenario s = Scenarios.read(file);
        // One rent change for every rental quote only collapses onto the scenario where all quotes agree.
        List<BigDecimal> changes = s.options().stream()
                .filter(o -> o.quote() instanceof com.computetco.domain.RentalQuote)
                .map(o -> ((com.computetco.domain.RentalQuote) o.quote()).annualPriceChangePct()).distinct().toList();
        Scenario collapsed = Scenarios.collapsed(s, changes.size() == 1 ? changes.get(0) : null);
        Evaluation evaluation = new TcoEngine().evaluate(collapsed);
        SimulationResult result = run(collapsed, 300, 11, 2);
        for (OptionStatistics o : result.options()) {
            OptionResult expected = evaluation.option(o.id()).orElseThrow();
            assertEquals(expected.totalCost(), o.mean(), 0.0, o.id());
            assertEquals(expected.totalCost(), o.p90(), 0.0, o.id());
            if (!o.baseline()) {
                Double months = expected.paybackMonths();
                assertEquals(months, o.payback().p50(), o.id());
                assertEquals(months == null ? 1.0 : 0.0, o.payback().neverShare(), o.id());
            }
        }
    }

    static List<Path> sampleScenarios() {
        return Scenarios.sampleScenarioFiles();
    }

    @Test
    void theSameSeedGivesTheSameResultWhateverTheThreads() {
        SimulationResult one = run(WORKED, 5000, 42, 1);
        for (int threads : new int[] {2, 4}) {
            SimulationResult many = run(WORKED, 5000, 42, threads);
            assertEquals(one.options(), many.options(), "threads " + threads);
            for (int i = 0; i < WORKED.options().size(); i++) {
                assertTrue(java.util.Arrays.equals(one.sortedTotals(i), many.sortedTotals(i)));
            }
        }
        assertEquals(one.options(), run(WORKED, 5000, 42, 1).options(), "a second run");
    }

    @Test
    void anotherSeedGivesOtherFigures() {
        assertNotEquals(run(WORKED, 2000, 1, 2).options(), run(WORKED, 2000, 2, 2).options());
    }

    @Test
    void drawsFollowTheDocumentedBlockSeedsAndOrder() {
        // Block b draws from SplittableRandom(blockSeed(seed, b)) in the plan's order; iteration k lands in slot k.
        double[] byHand = firstTotals(WORKED, 600, 5);
        java.util.Arrays.sort(byHand);
        assertTrue(java.util.Arrays.equals(byHand, run(WORKED, 600, 5, 2).sortedTotals(0)));
    }

    /** The first option's totals of n iterations, recomputed from the documented seeds and draw order. */
    private static double[] firstTotals(Scenario s, int n, long seed) {
        ScenarioModel model = ScenarioModel.of(s);
        MonteCarlo.Plan plan = MonteCarlo.Plan.of(model);
        var draw = model.scenarioDraw();
        var flows = new com.computetco.engine.FlowBuffer(model.horizon());
        double[] totals = new double[n];
        java.util.SplittableRandom random = null;
        for (int k = 0; k < n; k++) {
            if (k % MonteCarlo.BLOCK_SIZE == 0) {
                random = new java.util.SplittableRandom(Samplers.blockSeed(seed, k / MonteCarlo.BLOCK_SIZE));
            }
            plan.draw(random, draw);
            totals[k] = model.evaluateFlows(0, draw, flows);
        }
        return totals;
    }

    @Test
    void probabilitiesOfBeingCheapestSumToOne() {
        for (OptionStatistics o : run(WORKED, 3000, 8, 2).options()) {
            assertTrue(o.probabilityCheapest() >= 0 && o.probabilityCheapest() <= 1);
        }
        double sum = run(WORKED, 3000, 8, 2).options().stream().mapToDouble(OptionStatistics::probabilityCheapest)
                .sum();
        assertEquals(1.0, sum, 1e-12);
    }

    @Test
    void tiedOptionsShareTheirWinsEqually() {
        // A copy of the cheapest option under another id ties with it in every iteration.
        Evaluation evaluation = new TcoEngine().evaluate(WORKED);
        Option cheapest = WORKED.option(evaluation.cheapest().id()).orElseThrow();
        List<Option> options = new ArrayList<>(WORKED.options());
        options.add(new Option("twin", "Twin", cheapest.type(), cheapest.quote(), cheapest.efficiencyPct(),
                cheapest.operationsFte(), cheapest.residualValuePct(), cheapest.supplierDefaultPct(),
                cheapest.retraining()));
        Scenario twins = Scenarios.collapsed(WORKED.withOptions(options), new BigDecimal("-5"));
        SimulationResult result = run(twins, 500, 1, 2);
        assertEquals(0.5, result.option(cheapest.id()).orElseThrow().probabilityCheapest(), 0.0);
        assertEquals(0.5, result.option("twin").orElseThrow().probabilityCheapest(), 0.0);
        assertEquals(1.0, result.options().stream().mapToDouble(OptionStatistics::probabilityCheapest).sum(), 1e-12);
    }

    @Test
    void theBaselineHasNoPaybackAndTheOthersAShareThatNeverPaysBack() {
        SimulationResult result = run(WORKED, 4000, 9, 2);
        for (OptionStatistics o : result.options()) {
            if (o.baseline()) {
                assertNull(o.payback());
                continue;
            }
            PaybackStatistics p = o.payback();
            assertTrue(p.neverShare() >= 0 && p.neverShare() <= 1);
            if (p.neverShare() < 1) {
                assertTrue(p.p10() <= p.p50() && p.p50() <= p.p90(), p.toString());
                assertTrue(p.p90() <= WORKED.horizonMonths());
            } else {
                assertNull(p.p50());
            }
            assertTrue(o.p10() <= o.p50() && o.p50() <= o.p90());
        }
    }

    @Test
    void theElectricityDrawMovesTheMeanOfABuildOptionByItsTriangularMean() {
        // Only the electricity price varies: a build option's total is linear in it, so the mean total is the total
        // at the triangular mean price (within the sampling error).
        Scenario s = Scenarios.collapsed(WORKED, new BigDecimal("-5"));
        s = s.withUncertainty(new com.computetco.domain.Uncertainty(
                com.computetco.domain.Triangular.of("0.35", "0.45", "0.8"), null));
        SimulationResult result = run(s, 50_000, 4, 2);
        double meanPrice = (0.35 + 0.45 + 0.8) / 3;
        double atMean = ScenarioInputs.figures(ScenarioInputs.with(s, Input.ELECTRICITY_PRICE, 0, meanPrice), 0,
                Measure.TOTAL_COST)[0];
        double atMin = ScenarioInputs.figures(ScenarioInputs.with(s, Input.ELECTRICITY_PRICE, 0, 0.35), 0,
                Measure.TOTAL_COST)[0];
        double atMax = ScenarioInputs.figures(ScenarioInputs.with(s, Input.ELECTRICITY_PRICE, 0, 0.8), 0,
                Measure.TOTAL_COST)[0];
        double sd = (atMax - atMin) / 0.45 * Math.sqrt((0.35 * 0.35 + 0.45 * 0.45 + 0.64 - 0.35 * 0.45 - 0.35 * 0.8
                - 0.45 * 0.8) / 18);
        assertEquals(atMean, result.options().get(0).mean(), 4 * sd / Math.sqrt(50_000));
    }

    @Test
    void cancellationStopsEarly() {
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicLong lastDone = new AtomicLong();
        AtomicLong cancelledAt = new AtomicLong();
        assertThrows(CancellationException.class, () -> MonteCarlo.run(ScenarioModel.of(WORKED), 1_000_000, 1, 2,
                (done, total) -> {
                    lastDone.set(done);
                    if (!cancel.get()) {
                        cancelledAt.set(System.nanoTime());
                        cancel.set(true);
                    }
                }, cancel::get));
        double latency = (System.nanoTime() - cancelledAt.get()) / 1e9;
        assertTrue(lastDone.get() < 1_000_000, "stopped before the end");
        // Noticed at the next poll (50 ms) and within one iteration by the workers; generous for a busy machine.
        assertTrue(latency < 1.0, "stopped " + latency + " s after the flag");
    }

    @Test
    void aCancelledFlagFromTheStartStopsAtOnce() {
        assertThrows(CancellationException.class, () -> MonteCarlo.run(ScenarioModel.of(WORKED), 1_000_000, 1, 2,
                null, () -> true));
    }

    @Test
    void aShortRunCancelledBeforeItStartsGivesNoResult() {
        assertThrows(CancellationException.class, () -> MonteCarlo.run(ScenarioModel.of(WORKED), 300, 1, 2,
                null, () -> true));
    }

    @Test
    void aCancelDuringTheLastBlocksStillCancels() {
        // The flag turns true on its second reading (the poll or the final check), after every block has run.
        java.util.concurrent.atomic.AtomicInteger readings = new java.util.concurrent.atomic.AtomicInteger();
        assertThrows(CancellationException.class, () -> MonteCarlo.run(ScenarioModel.of(WORKED), 300, 1, 2,
                null, () -> readings.incrementAndGet() > 1));
    }

    @Test
    void anInterruptCancelsAndKeepsTheInterruptFlag() throws InterruptedException {
        java.util.concurrent.atomic.AtomicReference<Throwable> thrown = new java.util.concurrent.atomic.AtomicReference<>();
        AtomicBoolean flagKept = new AtomicBoolean();
        // Interrupt once the run has reported progress, so the interrupt lands mid-run on any machine speed.
        java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
        Thread runner = new Thread(() -> {
            try {
                MonteCarlo.run(ScenarioModel.of(WORKED), MonteCarlo.MAX_ITERATIONS, 1, 2,
                        (done, total) -> running.countDown(), null);
            } catch (Throwable e) {
                thrown.set(e);
                flagKept.set(Thread.currentThread().isInterrupted());
            }
        });
        runner.start();
        assertTrue(running.await(30, java.util.concurrent.TimeUnit.SECONDS), "the run never reported progress");
        runner.interrupt();
        runner.join(5000);
        assertTrue(thrown.get() instanceof CancellationException, String.valueOf(thrown.get()));
        assertTrue(flagKept.get());
    }

    @Test
    void progressEndsAtTheTotal() {
        List<long[]> reports = new java.util.concurrent.CopyOnWriteArrayList<>();
        MonteCarlo.run(ScenarioModel.of(WORKED), 10_000, 1, 2, (done, total) -> reports.add(new long[] {done, total}),
                null);
        long[] last = reports.get(reports.size() - 1);
        assertEquals(10_000, last[0]);
        assertEquals(10_000, last[1]);
        for (int i = 1; i < reports.size(); i++) {
            assertTrue(reports.get(i)[0] >= reports.get(i - 1)[0]);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, MonteCarlo.MAX_ITERATIONS + 1})
    void anIterationCountOutOfRangeIsRefused(int iterations) {
        assertThrows(IllegalArgumentException.class, () -> run(WORKED, iterations, 1, 1));
    }

    @Test
    void aScenarioWithoutRangesVariesOnlyTheLeadTimesOfItsBuildOptions() {
        Scenario s = WORKED.withUncertainty(null);
        assertEquals(List.of("leadTime:nvidia-h100", "leadTime:ascend-910b", "retrainingMonths:ascend-910b"),
                run(s, 10, 1, 1).variedInputs());
        // The rent option's lead time (0..0.5..1 in its quote) is not drawn: the lessor's total never moves.
        SimulationResult result = run(s, 2000, 1, 2);
        OptionStatistics rent = result.option("rent-h800").orElseThrow();
        assertEquals(rent.p10(), rent.p90(), 0.0);
    }
}
