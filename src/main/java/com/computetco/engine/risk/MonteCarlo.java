package com.computetco.engine.risk;

import com.computetco.domain.MinMax;
import com.computetco.domain.Option;
import com.computetco.domain.Retraining;
import com.computetco.domain.Scenario;
import com.computetco.domain.ServerQuote;
import com.computetco.domain.SupplyRisk;
import com.computetco.domain.Triangular;
import com.computetco.domain.Uncertainty;
import com.computetco.engine.Draw;
import com.computetco.engine.FlowBuffer;
import com.computetco.engine.FlowPayback;
import com.computetco.engine.ScenarioModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Methodology section 7: the scenario evaluated under many random draws of its uncertain inputs.
 *
 * <p>Reproducible from the seed whatever the number of threads: the iterations are cut into fixed blocks of
 * {@value #BLOCK_SIZE}, block b draws from its own generator seeded from (seed, b), and iteration k's figures land
 * in slot k of the result arrays; threads only change who runs which block. Within an iteration the draws come
 * in a fixed order (electricity price, rent change, then per option its lead time, its supply risk (two
 * numbers: whether delivery slips, and by how much) and retraining months), one
 * uniform number per range, a degenerate range (min = max) included.
 *
 * <p>The hot loop allocates no arrays: each thread owns one {@link Draw}, two {@link FlowBuffer}s and the
 * payback's savings array, and writes into preallocated result arrays (one generator per block of iterations).
 *
 * <p>{@link #run} blocks the calling thread (the window calls it from a background task): it starts the workers,
 * reports progress on the calling thread about every {@value #POLL_MILLIS} ms, and stops the workers within one
 * iteration once {@code cancelled} turns true or the calling thread is interrupted, then throws
 * {@link CancellationException}. {@code cancelled} is read on the calling thread only: before the start, at every
 * poll and once more at the end, so a run cancelled at any time before it returns never returns a result.
 */
public final class MonteCarlo {
    public static final int BLOCK_SIZE = 256;
    /** Totals and paybacks of every option are kept for exact percentiles: 16 bytes per option and iteration. */
    public static final int MAX_ITERATIONS = 5_000_000;
    /** Iterations × options kept at most (16 bytes each: about 400 MB). */
    static final long MAX_CELLS = 25_000_000L;
    static final long POLL_MILLIS = 50;

    private final ScenarioModel model;
    private final Plan plan;

    private MonteCarlo(ScenarioModel model) {
        this.model = model;
        this.plan = Plan.of(model);
    }

    /**
     * Runs {@code iterations} draws with the given seed on {@code threads} threads (0 or less: one per available
     * processor), and returns the statistics.
     *
     * @throws CancellationException when cancelled, or when the calling thread is interrupted (its interrupt flag
     *     is then set again)
     * @throws IllegalArgumentException when iterations is not within 1..{@link #maxIterations}
     */
    public static SimulationResult run(ScenarioModel model, int iterations, long seed, int threads,
            ProgressListener progress, BooleanSupplier cancelled) {
        int max = maxIterations(model.optionCount());
        if (iterations < 1 || iterations > max) {
            throw new IllegalArgumentException("iterations must lie in 1.." + max + " for " + model.optionCount()
                    + " options: " + iterations);
        }
        return new MonteCarlo(model).simulate(iterations, seed, threads,
                progress == null ? ProgressListener.NONE : progress, cancelled == null ? () -> false : cancelled);
    }

    /**
     * The most iterations a run of a scenario with {@code optionCount} options accepts: {@value #MAX_ITERATIONS}, less
     * for many options, since every option's total and payback are kept for exact percentiles.
     */
    public static int maxIterations(int optionCount) {
        return (int) Math.min(MAX_ITERATIONS, MAX_CELLS / Math.max(1, optionCount));
    }

    /** The number of threads a run uses when asked for {@code requested} (0 or less: the processors). */
    public static int effectiveThreads(int requested, int iterations) {
        int threads = requested > 0 ? requested : Runtime.getRuntime().availableProcessors();
        int blocks = (iterations + BLOCK_SIZE - 1) / BLOCK_SIZE;
        return Math.max(1, Math.min(threads, blocks));
    }

    private SimulationResult simulate(int iterations, long seed, int requestedThreads, ProgressListener progress,
            BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("Monte Carlo cancelled before it started");
        }
        int count = model.optionCount();
        int baseline = model.baselineIndex();
        double[][] totals = new double[count][iterations];
        double[][] paybacks = new double[count][];
        for (int i = 0; i < count; i++) {
            if (i != baseline) {
                paybacks[i] = new double[iterations];
            }
        }
        int blocks = (iterations + BLOCK_SIZE - 1) / BLOCK_SIZE;
        int threads = effectiveThreads(requestedThreads, iterations);
        AtomicInteger nextBlock = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        StopFlag stop = new StopFlag();
        CountDownLatch finished = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    new Worker(seed, iterations, blocks, totals, paybacks).work(nextBlock, done, stop);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    stop.stopped = true;
                } finally {
                    finished.countDown();
                }
            }, "monte-carlo-" + t);
            worker.setDaemon(true);
            worker.start();
        }
        boolean interrupted = false;
        try {
            while (true) {
                boolean complete;
                try {
                    complete = finished.await(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    interrupted = true;
                    stop.stopped = true;
                    complete = false;
                }
                if (complete) {
                    break;
                }
                if (!stop.stopped && cancelled.getAsBoolean()) {
                    stop.stopped = true;
                }
                if (!stop.stopped) {
                    progress.progress(done.get(), iterations);
                }
                if (stop.stopped) {
                    awaitUninterruptibly(finished);
                    break;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        Throwable error = failure.get();
        if (error instanceof RuntimeException e) {
            throw e;
        }
        if (error instanceof Error e) {
            throw e;
        }
        if (error != null) {
            throw new IllegalStateException(error);
        }
        // A cancel that arrives while the last blocks finish still counts: the caller asked for no result.
        if (stop.stopped || done.get() < iterations || cancelled.getAsBoolean()) {
            throw new CancellationException("Monte Carlo cancelled after " + done.get() + " of " + iterations
                    + " iterations");
        }
        progress.progress(iterations, iterations);
        return Statistics.of(model, plan, iterations, seed, totals, paybacks);
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class StopFlag {
        volatile boolean stopped;
    }

    /** One thread's state: its draw, its two flow buffers. */
    private final class Worker {
        private final long seed;
        private final int iterations;
        private final int blocks;
        private final double[][] totals;
        private final double[][] paybacks;
        private final Draw draw = model.scenarioDraw();
        private final FlowBuffer baseFlows = new FlowBuffer(model.horizon());
        private final FlowBuffer optionFlows = new FlowBuffer(model.horizon());
        private final double[] savings = new double[model.horizon()];

        Worker(long seed, int iterations, int blocks, double[][] totals, double[][] paybacks) {
            this.seed = seed;
            this.iterations = iterations;
            this.blocks = blocks;
            this.totals = totals;
            this.paybacks = paybacks;
        }

        void work(AtomicInteger nextBlock, AtomicLong done, StopFlag stop) {
            int count = model.optionCount();
            int baseline = model.baselineIndex();
            for (int b = nextBlock.getAndIncrement(); b < blocks; b = nextBlock.getAndIncrement()) {
                SplittableRandom random = new SplittableRandom(Samplers.blockSeed(seed, b));
                int from = b * BLOCK_SIZE;
                int to = Math.min(iterations, from + BLOCK_SIZE);
                for (int k = from; k < to; k++) {
                    if (stop.stopped) {
                        return;
                    }
                    plan.draw(random, draw);
                    totals[baseline][k] = model.evaluateFlows(baseline, draw, baseFlows);
                    for (int i = 0; i < count; i++) {
                        if (i != baseline) {
                            totals[i][k] = model.evaluateFlows(i, draw, optionFlows);
                            paybacks[i][k] = FlowPayback.months(baseFlows, optionFlows, savings);
                        }
                    }
                }
                done.addAndGet(to - from);
            }
        }
    }

    /** What one iteration draws, read once from the scenario's ranges. */
    static final class Plan {
        final boolean electricity;
        final double electricityMin;
        final double electricityLikely;
        final double electricityMax;
        final boolean rentChange;
        final double rentChangeMin;
        final double rentChangeMax;
        /** Per option: {min, likely, max} of the lead time, or null where it is not drawn (rent options). */
        final double[][] leadTimes;
        /** Per option: {min, max} of the retraining months, or null where there is no range. */
        final double[][] retraining;
        /** Per build option with a supply risk: {probability, min, max} of the extra delay in months, else null. */
        final double[][] supplyRisk;
        final List<String> varied;

        private Plan(Scenario scenario) {
            Uncertainty u = scenario.uncertainty();
            Triangular power = u == null ? null : u.electricityPricePerKwh();
            MinMax change = u == null ? null : u.rentAnnualPriceChangePct();
            varied = new ArrayList<>();
            electricity = power != null;
            electricityMin = power == null ? 0 : power.min().doubleValue();
            electricityLikely = power == null ? 0 : power.likely().doubleValue();
            electricityMax = power == null ? 0 : power.max().doubleValue();
            if (electricity) {
                varied.add("electricityPrice");
            }
            rentChange = change != null;
            rentChangeMin = change == null ? 0 : change.min().doubleValue();
            rentChangeMax = change == null ? 0 : change.max().doubleValue();
            if (rentChange) {
                varied.add("rentAnnualChange");
            }
            List<Option> options = scenario.options();
            leadTimes = new double[options.size()][];
            retraining = new double[options.size()][];
            supplyRisk = new double[options.size()][];
            for (int i = 0; i < options.size(); i++) {
                Option o = options.get(i);
                if (o.quote() instanceof ServerQuote q) {
                    Triangular t = q.leadTimeMonths();
                    leadTimes[i] = new double[] {t.min().doubleValue(), t.likely().doubleValue(),
                        t.max().doubleValue()};
                    varied.add("leadTime:" + o.id());
                    SupplyRisk risk = o.supplyRiskPlan().orElse(null);
                    if (risk != null) {
                        supplyRisk[i] = new double[] {risk.probabilityPct().doubleValue() / 100.0,
                            risk.extraDelayMonths().min().doubleValue(), risk.extraDelayMonths().max().doubleValue()};
                        varied.add("supplyRisk:" + o.id());
                    }
                }
                MinMax range = o.retrainingPlan().flatMap(Retraining::range).orElse(null);
                if (range != null) {
                    retraining[i] = new double[] {range.min().doubleValue(), range.max().doubleValue()};
                    varied.add("retrainingMonths:" + o.id());
                }
            }
        }

        static Plan of(ScenarioModel model) {
            return new Plan(model.scenario());
        }

        /** Sets the draw's uncertain inputs from the generator, in the documented order. */
        void draw(SplittableRandom random, Draw draw) {
            if (electricity) {
                draw.electricityPricePerKwh = Samplers.triangular(random, electricityMin, electricityLikely,
                        electricityMax);
            }
            if (rentChange) {
                draw.rentAnnualPriceChangePct = Samplers.uniform(random, rentChangeMin, rentChangeMax);
            }
            for (int i = 0; i < leadTimes.length; i++) {
                double[] lead = leadTimes[i];
                if (lead != null) {
                    draw.leadTimeLikelyMonths[i] = Samplers.triangular(random, lead[0], lead[1], lead[2]);
                }
                double[] risk = supplyRisk[i];
                if (risk != null) {
                    // Two numbers whatever the outcome, so later draws do not depend on whether delivery slipped.
                    boolean slips = random.nextDouble() < risk[0];
                    double extra = Samplers.uniform(random, risk[1], risk[2]);
                    if (slips) {
                        draw.leadTimeLikelyMonths[i] += extra;
                    }
                }
                double[] months = retraining[i];
                if (months != null) {
                    draw.retrainingMonths[i] = Samplers.uniform(random, months[0], months[1]);
                }
            }
        }
    }

    /** Turns the per-iteration arrays into the result, sequentially and in iteration order (deterministic). */
    static final class Statistics {
        private Statistics() {
        }

        static SimulationResult of(ScenarioModel model, Plan plan, int n, long seed, double[][] totals,
                double[][] paybacks) {
            int count = model.optionCount();
            int baseline = model.baselineIndex();
            double[] cheapest = cheapestShares(totals, n);
            List<OptionStatistics> stats = new ArrayList<>(count);
            double[][] sorted = new double[count][];
            Scenario scenario = model.scenario();
            for (int i = 0; i < count; i++) {
                double[] values = totals[i].clone();
                Arrays.sort(values);
                sorted[i] = values;
                double mean = mean(totals[i], values[n / 2]);
                PaybackStatistics payback = i == baseline ? null : payback(paybacks[i], n);
                Option o = scenario.options().get(i);
                stats.add(new OptionStatistics(o.id(), o.label(), o.isBuild(), i == baseline, mean,
                        Percentiles.inclusive(values, 0.1), Percentiles.inclusive(values, 0.5),
                        Percentiles.inclusive(values, 0.9), cheapest[i], payback));
            }
            return new SimulationResult(n, seed, scenario.currency(), scenario.baselineOptionId(), stats, plan.varied,
                    sorted);
        }

        /**
         * The mean as reference + mean of the deviations from it (Kahan-summed): exact when every value is the
         * same, and free of the cancellation of a plain sum of large totals.
         */
        static double mean(double[] values, double reference) {
            double sum = 0;
            double compensation = 0;
            for (double v : values) {
                double y = (v - reference) - compensation;
                double t = sum + y;
                compensation = (t - sum) - y;
                sum = t;
            }
            return reference + sum / values.length;
        }

        /** Share of iterations in which each option is the cheapest; k options tied for cheapest get 1/k each. */
        static double[] cheapestShares(double[][] totals, int n) {
            int count = totals.length;
            double[] wins = new double[count];
            double[] tieWins = new double[count];
            for (int k = 0; k < n; k++) {
                double min = Double.POSITIVE_INFINITY;
                int tied = 0;
                int first = -1;
                for (int i = 0; i < count; i++) {
                    double t = totals[i][k];
                    if (t < min) {
                        min = t;
                        tied = 1;
                        first = i;
                    } else if (t == min) {
                        tied++;
                    }
                }
                if (tied == 1) {
                    wins[first] += 1;
                } else {
                    double share = 1.0 / tied;
                    for (int i = first; i < count; i++) {
                        if (totals[i][k] == min) {
                            tieWins[i] += share;
                        }
                    }
                }
            }
            double[] shares = new double[count];
            for (int i = 0; i < count; i++) {
                shares[i] = (wins[i] + tieWins[i]) / n;
            }
            return shares;
        }

        static PaybackStatistics payback(double[] months, int n) {
            double[] paid = new double[n];
            int count = 0;
            for (double m : months) {
                if (!Double.isNaN(m)) {
                    paid[count++] = m;
                }
            }
            double never = (n - count) / (double) n;
            if (count == 0) {
                return new PaybackStatistics(null, null, null, never);
            }
            Arrays.sort(paid, 0, count);
            return new PaybackStatistics(Percentiles.inclusive(paid, count, 0.1),
                    Percentiles.inclusive(paid, count, 0.5), Percentiles.inclusive(paid, count, 0.9), never);
        }
    }
}
