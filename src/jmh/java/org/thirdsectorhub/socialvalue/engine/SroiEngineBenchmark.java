package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.State;

/**
 * The speed targets for a map of 50 outcomes over 10 years: deterministic calculation under
 * 1 ms, full sensitivity under 20 ms, 10,000 Monte Carlo iterations under 50 ms on two cores.
 * Every outcome carries two or three distributions, so the Monte Carlo case is a heavy one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SroiEngineBenchmark {

    private static final int OUTCOMES = 50;
    private static final int YEARS = 10;

    private final SroiEngine engine = new SroiEngine();
    private SroiInput deterministic;
    private SroiInput sensitivity;
    private SroiInput monteCarlo;
    /** A parallel stream started inside this pool stays on its one worker: the single-core baseline. */
    private ForkJoinPool oneThread;

    @Setup
    public void buildMap() {
        List<Outcome> outcomes = new ArrayList<>(OUTCOMES);
        for (int i = 0; i < OUTCOMES; i++) {
            BigDecimal proxy = BigDecimal.valueOf(500 + 37 * i);
            BigDecimal deadweight = BigDecimal.valueOf(10 + i % 30, 2);
            Outcome outcome = new Outcome("Outcome " + i, "Stakeholder " + i % 5, null,
                    BigDecimal.valueOf(10 + i), proxy, null, null, YEARS, 1,
                    deadweight, BigDecimal.valueOf(i % 10, 2), BigDecimal.valueOf(i % 20, 2),
                    BigDecimal.valueOf(5 + i % 20, 2), null, null)
                    .withUncertainty(OutcomeParameter.PROXY_VALUE, Distribution.pert(
                            proxy.multiply(new BigDecimal("0.7")), proxy, proxy.multiply(new BigDecimal("1.5"))))
                    .withUncertainty(OutcomeParameter.DEADWEIGHT, Distribution.triangular(
                            BigDecimal.ZERO, deadweight, deadweight.add(new BigDecimal("0.3"))));
            if (i % 3 == 0) {
                outcome = outcome.withUncertainty(OutcomeParameter.DROP_OFF,
                        Distribution.normal(outcome.dropOff(), new BigDecimal("0.05")));
            }
            if (i % 5 == 0) {
                outcome = outcome.withUncertainty(OutcomeParameter.QUANTITY, Distribution.uniform(
                        outcome.quantity().multiply(new BigDecimal("0.8")), outcome.quantity().multiply(new BigDecimal("1.2"))));
            }
            outcomes.add(outcome);
        }
        List<Investment> investments = List.of(Investment.of(0, new BigDecimal("600000")),
                Investment.of(1, new BigDecimal("200000")), Investment.of(2, new BigDecimal("200000")));
        deterministic = new SroiInput(null, null, null, investments, outcomes, false, null);
        sensitivity = deterministic.withAnalyses(true, null);
        monteCarlo = deterministic.withAnalyses(false, new MonteCarloSettings(10_000, 42L));
        oneThread = new ForkJoinPool(1);
    }

    @TearDown
    public void stopPool() {
        oneThread.shutdown();
    }

    @Benchmark
    public SroiResult deterministicCalculation() {
        return engine.calculate(deterministic);
    }

    @Benchmark
    public SroiResult fullSensitivity() {
        return engine.calculate(sensitivity);
    }

    @Benchmark
    public SroiResult monteCarlo10000Iterations() {
        return engine.calculate(monteCarlo);
    }

    /** Same work on one thread, to show what the second core contributes. */
    @Benchmark
    public SroiResult monteCarlo10000IterationsOnOneThread() throws InterruptedException, ExecutionException {
        return oneThread.submit(() -> engine.calculate(monteCarlo)).get();
    }
}
