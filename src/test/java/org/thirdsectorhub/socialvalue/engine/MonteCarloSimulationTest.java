package org.thirdsectorhub.socialvalue.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.thirdsectorhub.socialvalue.engine.TestInputs.d;
import static org.thirdsectorhub.socialvalue.engine.TestInputs.input;
import static org.thirdsectorhub.socialvalue.engine.TestInputs.outcome;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class MonteCarloSimulationTest {

    private static final BigDecimal DOUBLE_PRECISION = new BigDecimal("1e-9");
    /**
     * Symmetric inputs that enter the ratio linearly and independently leave its expectation unchanged; with
     * 20,000 iterations and a coefficient of variation of about 0.15 the standard error of the mean is about
     * 0.1 %, so 1 % is over five standard errors.
     */
    private static final double RELATIVE_TOLERANCE = 0.01;
    private final SroiEngine engine = new SroiEngine();

    private static Outcome uncertainOutcome() {
        return outcome("40", "2500", 3, "0.25", "0", "0.1", "0.2")
                .withUncertainty(OutcomeParameter.DEADWEIGHT, Distribution.triangular(d("0.1"), d("0.25"), d("0.5")))
                .withUncertainty(OutcomeParameter.PROXY_VALUE, Distribution.uniform(d("2000"), d("3000")))
                .withUncertainty(OutcomeParameter.DURATION_YEARS, Distribution.pert(d("1"), d("3"), d("6")))
                .withUncertainty(OutcomeParameter.DROP_OFF, Distribution.normal(d("0.2"), d("0.1")));
    }

    @Test
    void degenerateDistributionsGiveTheDeterministicAnswer() {
        Outcome outcome = outcome("40", "2500", 4, "0.25", "0.1", "0.1", "0.2")
                .withUncertainty(OutcomeParameter.QUANTITY, Distribution.uniform(d("40"), d("40")))
                .withUncertainty(OutcomeParameter.PROXY_VALUE, Distribution.triangular(d("2500"), d("2500"), d("2500")))
                .withUncertainty(OutcomeParameter.DEADWEIGHT, Distribution.pert(d("0.25"), d("0.25"), d("0.25")))
                .withUncertainty(OutcomeParameter.DROP_OFF, Distribution.normal(d("0.2"), BigDecimal.ZERO))
                .withUncertainty(OutcomeParameter.DURATION_YEARS, Distribution.pert(d("4"), d("4"), d("4")));
        SroiInput input = new SroiInput(null, null, null,
                List.of(new Investment(0, d("50000"), Distribution.uniform(d("50000"), d("50000"))),
                        Investment.of(2, d("10000"))),
                List.of(outcome, outcome("10", "300", 2).withStartYear(3)), false, new MonteCarloSettings(2000, 7L));

        SroiResult result = engine.calculate(input);
        MonteCarloResult monteCarlo = result.monteCarlo();

        BigDecimal tolerance = DOUBLE_PRECISION.multiply(result.ratio());
        for (BigDecimal figure : List.of(monteCarlo.ratio().mean(), monteCarlo.ratio().p5(), monteCarlo.ratio().p10(),
                monteCarlo.ratio().p50(), monteCarlo.ratio().p90(), monteCarlo.ratio().p95())) {
            assertThat(figure).isCloseTo(result.ratio(), within(tolerance));
        }
        assertThat(monteCarlo.totalPresentValue().mean())
                .isCloseTo(result.totalPresentValue(), within(DOUBLE_PRECISION.multiply(result.totalPresentValue())));
        assertThat(monteCarlo.probabilityRatioAtLeastOne()).isEqualByComparingTo(
                result.ratio().compareTo(BigDecimal.ONE) >= 0 ? "1" : "0");
        assertThat(monteCarlo.histogram()).singleElement().extracting(HistogramBin::count).isEqualTo(2000);
    }

    @Test
    void symmetricDistributionsOnLinearInputsKeepTheMeanRatioWithinOnePercent() {
        Outcome outcome = outcome("40", "2500", 3, "0.3", "0", "0.1", "0.2")
                .withUncertainty(OutcomeParameter.QUANTITY, Distribution.triangular(d("30"), d("40"), d("50")))
                .withUncertainty(OutcomeParameter.PROXY_VALUE, Distribution.uniform(d("2000"), d("3000")))
                .withUncertainty(OutcomeParameter.DEADWEIGHT, Distribution.normal(d("0.3"), d("0.05")))
                .withUncertainty(OutcomeParameter.ATTRIBUTION, Distribution.pert(d("0"), d("0.1"), d("0.2")));
        SroiInput input = input("100000", outcome, outcome("20", "1000", 2))
                .withAnalyses(false, new MonteCarloSettings(20_000, 3L));

        SroiResult result = engine.calculate(input);

        double deterministic = result.ratio().doubleValue();
        assertThat(result.monteCarlo().ratio().mean().doubleValue())
                .isCloseTo(deterministic, within(deterministic * RELATIVE_TOLERANCE));
        assertThat(result.monteCarlo().ratio().p50().doubleValue())
                .isCloseTo(deterministic, within(deterministic * 2 * RELATIVE_TOLERANCE));
    }

    @Test
    void skewedDistributionsShiftTheMeanAsTheirOwnMeansPredict() {
        // Ratio proportional to the proxy; PERT mean (0 + 4 × 1000 + 4000) / 6 = 1333.33, triangular mean 5000 / 3.
        Outcome pert = outcome("10", "1000", 1)
                .withUncertainty(OutcomeParameter.PROXY_VALUE, Distribution.pert(d("0"), d("1000"), d("4000")));
        Outcome triangular = outcome("10", "1000", 1)
                .withUncertainty(OutcomeParameter.PROXY_VALUE, Distribution.triangular(d("0"), d("1000"), d("4000")));
        MonteCarloSettings settings = new MonteCarloSettings(20_000, 5L);

        double pertMean = engine.calculate(input("10000", pert).withDiscountRates(BigDecimal.ZERO, null)
                .withAnalyses(false, settings)).monteCarlo().ratio().mean().doubleValue();
        double triangularMean = engine.calculate(input("10000", triangular).withDiscountRates(BigDecimal.ZERO, null)
                .withAnalyses(false, settings)).monteCarlo().ratio().mean().doubleValue();

        assertThat(pertMean).isCloseTo(4000.0 / 3000, within(4000.0 / 3000 * RELATIVE_TOLERANCE));
        assertThat(triangularMean).isCloseTo(5000.0 / 3000, within(5000.0 / 3000 * RELATIVE_TOLERANCE));
    }

    @Test
    void probabilityOfARatioOfAtLeastOneMatchesAUniformProxyCentredOnBreakEven() {
        // Undiscounted ratio = proxy / 1000 with the proxy uniform on 500–1500: P(ratio ≥ 1) = 0.5.
        Outcome outcome = outcome("1", "1000", 1)
                .withUncertainty(OutcomeParameter.PROXY_VALUE, Distribution.uniform(d("500"), d("1500")));
        MonteCarloResult result = engine.calculate(input("1000", outcome).withDiscountRates(BigDecimal.ZERO, null)
                .withAnalyses(false, new MonteCarloSettings(20_000, 9L))).monteCarlo();

        assertThat(result.probabilityRatioAtLeastOne().doubleValue()).isCloseTo(0.5, within(0.02));
        assertThat(result.ratio().p5().doubleValue()).isCloseTo(0.55, within(0.01));
        assertThat(result.ratio().p95().doubleValue()).isCloseTo(1.45, within(0.01));
        assertThat(result.histogram()).hasSize(MonteCarloSimulation.HISTOGRAM_BINS);
        assertThat(result.histogram()).allSatisfy(bin -> assertThat(bin.count()).isBetween(800, 1200));
    }

    @Test
    void sameSeedGivesTheSameAnswerWhateverTheNumberOfThreads() throws Exception {
        SroiInput input = input("100000", uncertainOutcome()).withAnalyses(false, new MonteCarloSettings(10_000, 42L));

        MonteCarloResult first = engine.calculate(input).monteCarlo();
        MonteCarloResult again = engine.calculate(input).monteCarlo();
        MonteCarloResult singleThread = new ForkJoinPool(1).submit(() -> engine.calculate(input)).get().monteCarlo();
        MonteCarloResult fourThreads = new ForkJoinPool(4).submit(() -> engine.calculate(input)).get().monteCarlo();

        assertThat(again).isEqualTo(first);
        assertThat(singleThread).isEqualTo(first);
        assertThat(fourThreads).isEqualTo(first);
    }

    @Test
    void differentSeedsGiveDifferentAnswers() {
        SroiInput input = input("100000", uncertainOutcome());

        MonteCarloResult one = engine.calculate(input.withAnalyses(false, new MonteCarloSettings(5000, 1L))).monteCarlo();
        MonteCarloResult two = engine.calculate(input.withAnalyses(false, new MonteCarloSettings(5000, 2L))).monteCarlo();

        assertThat(one.seed()).isEqualTo(1L);
        assertThat(two.ratio().mean()).isNotEqualByComparingTo(one.ratio().mean());
        assertThat(two.histogram()).isNotEqualTo(one.histogram());
    }

    @Test
    void summariesAreOrderedAndTheHistogramCountsEveryIteration() {
        MonteCarloResult result = engine.calculate(input("100000", uncertainOutcome())
                .withAnalyses(false, new MonteCarloSettings(1234, null))).monteCarlo();

        assertThat(result.iterations()).isEqualTo(1234);
        assertThat(result.seed()).isEqualTo(MonteCarloSettings.DEFAULT_SEED);
        SampleSummary ratio = result.ratio();
        assertThat(List.of(ratio.p5(), ratio.p10(), ratio.p50(), ratio.p90(), ratio.p95()))
                .isSortedAccordingTo(BigDecimal::compareTo);
        assertThat(result.histogram().stream().mapToInt(HistogramBin::count).sum()).isEqualTo(1234);
        assertThat(result.histogram().get(0).from()).isLessThanOrEqualTo(ratio.p5());
    }

    @Test
    void sampledValuesStayInsideTheValidRange() {
        // A wide normal on deadweight is truncated to 0–1: the outcome's value can never go negative or above
        // its undeducted value of 100 × £100 = 10,000 (undiscounted, one year).
        Outcome outcome = outcome("100", "100", 1, "0.5", "0", "0", "0")
                .withUncertainty(OutcomeParameter.DEADWEIGHT, Distribution.normal(d("0.5"), d("2")));
        MonteCarloResult result = engine.calculate(input("10000", outcome).withDiscountRates(BigDecimal.ZERO, null)
                .withAnalyses(false, new MonteCarloSettings(5000, 1L))).monteCarlo();

        assertThat(result.histogram().get(0).from()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        assertThat(result.histogram().get(result.histogram().size() - 1).to()).isLessThanOrEqualTo(BigDecimal.ONE);
        assertThat(result.ratio().mean().doubleValue()).isCloseTo(0.5, within(0.02));
    }

    @Test
    void sensitivityAndMonteCarloCanRunTogether() {
        SroiResult result = engine.calculate(input("100000", uncertainOutcome())
                .withAnalyses(true, new MonteCarloSettings(100, 1L)));

        assertThat(result.sensitivity()).hasSize(8);
        assertThat(result.monteCarlo().iterations()).isEqualTo(100);
    }
}
