package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;

/**
 * A probability distribution for one uncertain input. Which of the bounds are needed depends on the
 * type: uniform needs min and max; triangular and PERT need min and max and take mode (default: the
 * input's central value); normal needs sd and takes mean (default: the central value) and optional
 * min/max that narrow the field's valid range further.
 *
 * @param type the shape
 * @param min lower bound
 * @param mode most likely value
 * @param max upper bound
 * @param mean mean of the normal
 * @param sd standard deviation of the normal
 */
public record Distribution(
        DistributionType type, BigDecimal min, BigDecimal mode, BigDecimal max, BigDecimal mean, BigDecimal sd) {

    /** @return a uniform distribution between min and max */
    public static Distribution uniform(BigDecimal min, BigDecimal max) {
        return new Distribution(DistributionType.UNIFORM, min, null, max, null, null);
    }

    /** @return a triangular distribution */
    public static Distribution triangular(BigDecimal min, BigDecimal mode, BigDecimal max) {
        return new Distribution(DistributionType.TRIANGULAR, min, mode, max, null, null);
    }

    /** @return a beta-PERT distribution (lambda 4) */
    public static Distribution pert(BigDecimal min, BigDecimal mode, BigDecimal max) {
        return new Distribution(DistributionType.PERT, min, mode, max, null, null);
    }

    /** @return a normal distribution truncated to the field's valid range */
    public static Distribution normal(BigDecimal mean, BigDecimal sd) {
        return new Distribution(DistributionType.NORMAL, null, null, null, mean, sd);
    }

    /** @return a normal distribution truncated to [min, max] within the field's valid range */
    public static Distribution normal(BigDecimal mean, BigDecimal sd, BigDecimal min, BigDecimal max) {
        return new Distribution(DistributionType.NORMAL, min, null, max, mean, sd);
    }
}
