package org.thirdsectorhub.socialvalue.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Seeded Monte Carlo simulation on the double-precision {@link FastModel}.
 *
 * <p>Iterations are split into fixed chunks of {@value #CHUNK_SIZE}; chunk c draws from the c-th
 * generator split off {@code new SplittableRandom(seed)}, and writes only its own slots of the result
 * arrays. The chunks run in parallel on the common fork-join pool, but what each computes does not depend
 * on which thread runs it or in which order, so the same seed gives the same answer on any machine.
 */
final class MonteCarloSimulation {

    static final int CHUNK_SIZE = 500;
    static final int HISTOGRAM_BINS = 20;

    private final FastModel model;
    private final int[] uncertainOutcomes;
    private final Sampler[][] outcomeSamplers;
    private final double[][] centralValues;
    /** Per outcome: its discounted-years factor when neither drop-off nor duration is uncertain, else NaN. */
    private final double[] fixedDiscountedYears;
    private final Sampler[] investmentSamplers;
    private final double certainPresentValue;

    private MonteCarloSimulation(SroiInput input, FastModel model) {
        this.model = model;
        List<Integer> uncertain = new ArrayList<>();
        outcomeSamplers = new Sampler[model.outcomeCount()][];
        centralValues = new double[model.outcomeCount()][];
        fixedDiscountedYears = new double[model.outcomeCount()];
        double certain = 0;
        for (int i = 0; i < model.outcomeCount(); i++) {
            Outcome outcome = input.outcomes().get(i);
            if (outcome.uncertainty().isEmpty()) {
                certain += model.outcomePresentValue(i);
                continue;
            }
            uncertain.add(i);
            centralValues[i] = model.parameters(i);
            boolean timingUncertain = outcome.uncertaintyOf(OutcomeParameter.DROP_OFF) != null
                    || outcome.uncertaintyOf(OutcomeParameter.DURATION_YEARS) != null;
            fixedDiscountedYears[i] = timingUncertain ? Double.NaN : model.discountedYears(i);
            outcomeSamplers[i] = new Sampler[FastModel.PARAMETER_COUNT];
            for (OutcomeParameter parameter : OutcomeParameter.values()) {
                Distribution distribution = outcome.uncertaintyOf(parameter);
                if (distribution != null) {
                    outcomeSamplers[i][parameter.ordinal()] =
                            Sampler.of(distribution, parameter.kind(), outcome.value(parameter));
                }
            }
        }
        uncertainOutcomes = uncertain.stream().mapToInt(Integer::intValue).toArray();
        certainPresentValue = certain;
        List<Investment> schedule = input.investmentSchedule();
        boolean investmentUncertain = schedule.stream().anyMatch(i -> i.uncertainty() != null);
        investmentSamplers = investmentUncertain ? new Sampler[schedule.size()] : null;
        for (int i = 0; investmentUncertain && i < schedule.size(); i++) {
            Investment investment = schedule.get(i);
            investmentSamplers[i] = investment.uncertainty() == null ? null
                    : Sampler.of(investment.uncertainty(), OutcomeParameter.Kind.AMOUNT, investment.amount());
        }
    }

    static MonteCarloResult run(SroiInput input, FastModel model, MonteCarloSettings settings) {
        return new MonteCarloSimulation(input, model).run(settings.iterations(), settings.seed());
    }

    private MonteCarloResult run(int iterations, long seed) {
        double[] ratios = new double[iterations];
        double[] totals = new double[iterations];
        int chunks = (iterations + CHUNK_SIZE - 1) / CHUNK_SIZE;
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] generators = new SplittableRandom[chunks];
        for (int chunk = 0; chunk < chunks; chunk++) {
            generators[chunk] = root.split();
        }
        IntStream.range(0, chunks).parallel().forEach(chunk -> simulate(generators[chunk],
                chunk * CHUNK_SIZE, Math.min(iterations, (chunk + 1) * CHUNK_SIZE), ratios, totals));
        return new MonteCarloResult(iterations, seed,
                SampleStatistics.summarize(ratios),
                SampleStatistics.summarize(totals),
                SampleStatistics.shareAtLeast(ratios, 1),
                SampleStatistics.histogram(ratios, HISTOGRAM_BINS));
    }

    private void simulate(SplittableRandom random, int from, int to, double[] ratios, double[] totals) {
        double[] values = new double[FastModel.PARAMETER_COUNT];
        double[] amounts = investmentSamplers == null ? null : model.investmentAmounts();
        double[] centralAmounts = model.investmentAmounts();
        for (int iteration = from; iteration < to; iteration++) {
            double total = certainPresentValue;
            for (int outcome : uncertainOutcomes) {
                total += sampleOutcome(outcome, values, random);
            }
            double investment = model.investmentPresentValue();
            if (amounts != null) {
                for (int i = 0; i < amounts.length; i++) {
                    amounts[i] = investmentSamplers[i] == null ? centralAmounts[i] : investmentSamplers[i].sample(random);
                }
                investment = model.investmentPresentValue(amounts);
            }
            totals[iteration] = total;
            ratios[iteration] = total / investment;
        }
    }

    private double sampleOutcome(int outcome, double[] values, SplittableRandom random) {
        Sampler[] samplers = outcomeSamplers[outcome];
        System.arraycopy(centralValues[outcome], 0, values, 0, values.length);
        for (int p = 0; p < values.length; p++) {
            if (samplers[p] != null) {
                values[p] = samplers[p].sample(random);
            }
        }
        double discountedYears = fixedDiscountedYears[outcome];
        return Double.isNaN(discountedYears)
                ? model.presentValue(values, model.startYear(outcome))
                : FastModel.impactYear1(values) * discountedYears;
    }
}
