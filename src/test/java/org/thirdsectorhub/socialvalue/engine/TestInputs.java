package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small helpers to write inputs tersely in tests. */
final class TestInputs {

    private TestInputs() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static BigDecimal d(double value) {
        return BigDecimal.valueOf(value);
    }

    /** An outcome with no deductions and no drop-off. */
    static Outcome outcome(String quantity, String proxy, int duration) {
        return Outcome.of("Outcome", "People", d(quantity), d(proxy), duration, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO);
    }

    static Outcome outcome(String quantity, String proxy, int duration, String deadweight, String displacement,
            String attribution, String dropOff) {
        return Outcome.of("Outcome", "People", d(quantity), d(proxy), duration, d(deadweight), d(displacement),
                d(attribution), d(dropOff));
    }

    static SroiInput input(String investment, Outcome... outcomes) {
        return SroiInput.of(d(investment), List.of(outcomes));
    }

    /**
     * A random but plausible analysis: 1–8 outcomes over up to 12 years, some starting late, and an
     * investment spread over up to three years.
     */
    static SroiInput randomInput(Random random) {
        int count = 1 + random.nextInt(8);
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            outcomes.add(new Outcome("Outcome " + i, "Stakeholder " + random.nextInt(3), null,
                    d(1 + random.nextInt(200)), d(Math.round(random.nextDouble() * 500_000) / 100.0), null, null,
                    1 + random.nextInt(10), 1 + random.nextInt(3),
                    fraction(random), fraction(random), fraction(random), fraction(random), null, null));
        }
        List<Investment> investments = new ArrayList<>();
        int years = 1 + random.nextInt(3);
        for (int year = 0; year < years; year++) {
            investments.add(Investment.of(year, d(1000 + random.nextInt(100_000))));
        }
        return new SroiInput(d(random.nextInt(8) / 100.0), null, null, investments, outcomes, false, null);
    }

    /** A fraction below 0.9 with two decimals, as analysts enter them. */
    static BigDecimal fraction(Random random) {
        return d(random.nextInt(90) / 100.0);
    }
}
