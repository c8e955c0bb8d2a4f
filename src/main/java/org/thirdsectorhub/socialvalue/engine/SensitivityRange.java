package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The low and high values the tornado tries for one assumption: the bounds of its distribution when it
 * has one, otherwise a default step around the central value.
 */
record SensitivityRange(BigDecimal low, BigDecimal high) {

    /** Default step for fractions (deadweight, displacement, attribution, drop-off). */
    static final BigDecimal FRACTION_STEP = new BigDecimal("0.1");
    /** Default relative step for amounts (quantity, proxy value, investment). */
    static final BigDecimal AMOUNT_STEP = new BigDecimal("0.2");
    /** Default step for durations, in years. */
    static final BigDecimal YEARS_STEP = BigDecimal.ONE;
    /** A normal distribution's range is mean ± this many sd: its 5th and 95th percentiles before truncation. */
    static final BigDecimal NORMAL_Z = new BigDecimal("1.645");

    static SensitivityRange of(OutcomeParameter.Kind kind, BigDecimal central, Distribution distribution) {
        SensitivityRange range = distribution == null
                ? defaultRange(kind, central)
                : distributionRange(kind, central, distribution);
        return kind == OutcomeParameter.Kind.YEARS ? range.wholeYears() : range;
    }

    private static SensitivityRange defaultRange(OutcomeParameter.Kind kind, BigDecimal central) {
        return switch (kind) {
            case AMOUNT -> new SensitivityRange(
                    central.multiply(BigDecimal.ONE.subtract(AMOUNT_STEP)),
                    central.multiply(BigDecimal.ONE.add(AMOUNT_STEP)));
            case FRACTION -> clamp(kind, central.subtract(FRACTION_STEP), central.add(FRACTION_STEP));
            case YEARS -> clamp(kind, central.subtract(YEARS_STEP), central.add(YEARS_STEP));
        };
    }

    private static SensitivityRange distributionRange(OutcomeParameter.Kind kind, BigDecimal central,
            Distribution distribution) {
        if (distribution.type() != DistributionType.NORMAL) {
            return new SensitivityRange(distribution.min(), distribution.max());
        }
        BigDecimal mean = distribution.mean() == null ? central : distribution.mean();
        BigDecimal spread = distribution.sd().multiply(NORMAL_Z);
        BigDecimal low = mean.subtract(spread);
        BigDecimal high = mean.add(spread);
        if (distribution.min() != null) {
            low = low.max(distribution.min());
        }
        if (distribution.max() != null) {
            high = high.min(distribution.max());
        }
        return clamp(kind, low, high);
    }

    private static SensitivityRange clamp(OutcomeParameter.Kind kind, BigDecimal low, BigDecimal high) {
        BigDecimal min = BigDecimal.valueOf(kind.min());
        BigDecimal lowClamped = low.max(min);
        BigDecimal highClamped = high.max(min);
        if (kind != OutcomeParameter.Kind.AMOUNT) {
            BigDecimal max = BigDecimal.valueOf(kind.max());
            lowClamped = lowClamped.min(max);
            highClamped = highClamped.min(max);
        }
        return new SensitivityRange(lowClamped, highClamped);
    }

    private SensitivityRange wholeYears() {
        return new SensitivityRange(low.setScale(0, RoundingMode.HALF_UP), high.setScale(0, RoundingMode.HALF_UP));
    }
}
