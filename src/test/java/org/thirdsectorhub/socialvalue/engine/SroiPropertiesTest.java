package org.thirdsectorhub.socialvalue.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.thirdsectorhub.socialvalue.engine.TestInputs.d;
import static org.thirdsectorhub.socialvalue.engine.TestInputs.randomInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties that must hold for any analysis, checked over many random seeded inputs. */
class SroiPropertiesTest {

    private static final int CASES = 300;
    private static final BigDecimal CLOSE = new BigDecimal("1e-24");
    private final SroiEngine engine = new SroiEngine();

    @Test
    void ratioNeverRisesAsDeadweightRises() {
        Random random = new Random(1);
        for (int run = 0; run < CASES; run++) {
            SroiInput input = randomInput(random);
            int index = random.nextInt(input.outcomes().size());
            BigDecimal previous = null;
            for (int percent = 0; percent <= 100; percent += 5) {
                BigDecimal ratio = engine.calculate(withOutcome(input, index,
                        input.outcomes().get(index).with(OutcomeParameter.DEADWEIGHT, d(percent / 100.0)))).ratio();
                if (previous != null) {
                    assertThat(ratio).isLessThanOrEqualTo(previous);
                }
                previous = ratio;
            }
        }
    }

    @Test
    void ratioScalesLinearlyWithTheProxy() {
        Random random = new Random(2);
        for (int run = 0; run < CASES; run++) {
            SroiInput input = randomInput(random);
            BigDecimal factor = d(1 + random.nextInt(40) / 10.0);
            BigDecimal ratio = engine.calculate(input).ratio();

            BigDecimal scaledRatio = engine.calculate(scaleProxies(input, factor)).ratio();

            assertThat(scaledRatio).isCloseTo(ratio.multiply(factor), within(CLOSE.multiply(scaledRatio.max(BigDecimal.ONE))));
        }
    }

    @Test
    void ratioIsAffineInOneOutcomesProxy() {
        Random random = new Random(3);
        for (int run = 0; run < CASES; run++) {
            SroiInput input = randomInput(random);
            int index = random.nextInt(input.outcomes().size());
            Outcome outcome = input.outcomes().get(index);
            BigDecimal at0 = ratioWithProxy(input, index, outcome, BigDecimal.ZERO);
            BigDecimal at1 = ratioWithProxy(input, index, outcome, d("1000"));
            BigDecimal at3 = ratioWithProxy(input, index, outcome, d("3000"));

            // Equal steps in the proxy give equal steps in the ratio.
            assertThat(at3.subtract(at0)).isCloseTo(at1.subtract(at0).multiply(d("3")), within(CLOSE));
        }
    }

    @Test
    void ratioIsUnchangedWhenEveryValueAndTheInvestmentAreScaledTogether() {
        Random random = new Random(4);
        for (int run = 0; run < CASES; run++) {
            SroiInput input = randomInput(random);
            BigDecimal factor = d(0.1 + random.nextInt(1000) / 10.0);
            List<Investment> scaledInvestments = input.investments().stream()
                    .map(i -> Investment.of(i.year(), i.amount().multiply(factor))).toList();

            SroiResult original = engine.calculate(input);
            SroiResult scaled = engine.calculate(scaleProxies(input, factor).withInvestments(scaledInvestments));

            assertThat(scaled.ratio()).isCloseTo(original.ratio(), within(CLOSE.multiply(original.ratio().max(BigDecimal.ONE))));
            assertThat(scaled.paybackMonths() == null).isEqualTo(original.paybackMonths() == null);
        }
    }

    @Test
    void yearsOutcomesAndStakeholdersAllAddUpToTheTotal() {
        Random random = new Random(5);
        for (int run = 0; run < CASES; run++) {
            SroiResult result = engine.calculate(randomInput(random));
            BigDecimal total = result.totalPresentValue();
            BigDecimal tolerance = CLOSE.multiply(total.max(BigDecimal.ONE));

            assertThat(sum(result.years().stream().map(YearValue::presentValue).toList())).isCloseTo(total, within(tolerance));
            assertThat(sum(result.stakeholders().stream().map(StakeholderResult::presentValue).toList()))
                    .isCloseTo(total, within(tolerance));
            assertThat(result.netRatio()).isCloseTo(result.ratio().subtract(BigDecimal.ONE), within(CLOSE));
        }
    }

    private BigDecimal ratioWithProxy(SroiInput input, int index, Outcome outcome, BigDecimal proxy) {
        return engine.calculate(withOutcome(input, index, outcome.with(OutcomeParameter.PROXY_VALUE, proxy))).ratio();
    }

    private static SroiInput scaleProxies(SroiInput input, BigDecimal factor) {
        return input.withOutcomes(input.outcomes().stream()
                .map(o -> o.with(OutcomeParameter.PROXY_VALUE, o.proxyValue().multiply(factor))).toList());
    }

    static SroiInput withOutcome(SroiInput input, int index, Outcome replacement) {
        List<Outcome> outcomes = new ArrayList<>(input.outcomes());
        outcomes.set(index, replacement);
        return input.withOutcomes(outcomes);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
