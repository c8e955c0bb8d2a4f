package org.thirdsectorhub.socialvalue.engine;

/**
 * How to run the Monte Carlo simulation. The same seed always gives the same answer, whatever the
 * number of threads.
 *
 * @param iterations 1–1,000,000; default {@value #DEFAULT_ITERATIONS}
 * @param seed default {@value #DEFAULT_SEED}, so a request without a seed is reproducible too
 */
public record MonteCarloSettings(Integer iterations, Long seed) {

    public static final int DEFAULT_ITERATIONS = 10_000;
    public static final int MAX_ITERATIONS = 1_000_000;
    public static final long DEFAULT_SEED = 42L;

    public MonteCarloSettings {
        iterations = iterations == null ? DEFAULT_ITERATIONS : iterations;
        seed = seed == null ? DEFAULT_SEED : seed;
    }
}
