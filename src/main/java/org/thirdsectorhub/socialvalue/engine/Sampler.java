package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.apache.commons.math3.special.Erf;

/** Draws values of one uncertain input; built from a validated {@link Distribution}. */
@FunctionalInterface
interface Sampler {

    /** PERT's weight on the mode, the usual choice. */
    double PERT_LAMBDA = 4;

    double sample(SplittableRandom random);

    /**
     * @param distribution a validated distribution
     * @param kind the field's kind: its valid range truncates the normal, and years are rounded to whole years
     * @param central the field's value, the default mode or mean
     */
    static Sampler of(Distribution distribution, OutcomeParameter.Kind kind, BigDecimal central) {
        Sampler sampler = switch (distribution.type()) {
            case UNIFORM -> uniform(distribution.min().doubleValue(), distribution.max().doubleValue());
            case TRIANGULAR -> triangular(distribution.min().doubleValue(), mode(distribution, central),
                    distribution.max().doubleValue());
            case PERT -> pert(distribution.min().doubleValue(), mode(distribution, central),
                    distribution.max().doubleValue());
            case NORMAL -> truncatedNormal(distribution, kind, central);
        };
        if (kind != OutcomeParameter.Kind.YEARS) {
            return sampler;
        }
        return random -> Math.max(kind.min(), Math.min(kind.max(), Math.rint(sampler.sample(random))));
    }

    private static double mode(Distribution distribution, BigDecimal central) {
        return (distribution.mode() == null ? central : distribution.mode()).doubleValue();
    }

    static Sampler uniform(double min, double max) {
        return random -> min + (max - min) * random.nextDouble();
    }

    /** Inverse of the triangular distribution's cumulative distribution function. */
    static Sampler triangular(double min, double mode, double max) {
        double width = max - min;
        if (width == 0) {
            return random -> min;
        }
        double modeShare = (mode - min) / width;
        return random -> {
            double u = random.nextDouble();
            return u < modeShare
                    ? min + Math.sqrt(u * width * (mode - min))
                    : max - Math.sqrt((1 - u) * width * (max - mode));
        };
    }

    /** Beta-PERT as min + width × Beta(α, β), the beta drawn as a ratio of two gammas. */
    static Sampler pert(double min, double mode, double max) {
        double width = max - min;
        if (width == 0) {
            return random -> min;
        }
        double alpha = 1 + PERT_LAMBDA * (mode - min) / width;
        double beta = 1 + PERT_LAMBDA * (max - mode) / width;
        return random -> {
            double x = gamma(alpha, random);
            double y = gamma(beta, random);
            return min + width * x / (x + y);
        };
    }

    /** Marsaglia and Tsang's method; PERT's shapes are always at least 1, which the method needs. */
    private static double gamma(double shape, SplittableRandom random) {
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    /** Inverse-CDF sampling, which needs one uniform draw however tight the truncation. */
    private static Sampler truncatedNormal(Distribution distribution, OutcomeParameter.Kind kind, BigDecimal central) {
        double mean = (distribution.mean() == null ? central : distribution.mean()).doubleValue();
        double sd = distribution.sd().doubleValue();
        double low = Math.max(kind.min(), distribution.min() == null ? kind.min() : distribution.min().doubleValue());
        double high = Math.min(kind.max(), distribution.max() == null ? kind.max() : distribution.max().doubleValue());
        if (sd == 0 || low == high) {
            return random -> Math.max(low, Math.min(high, mean));
        }
        double lowProbability = normalCdf((low - mean) / sd);
        double highProbability = normalCdf((high - mean) / sd);
        return random -> {
            double p = lowProbability + (highProbability - lowProbability) * random.nextDouble();
            double x = mean + sd * Math.sqrt(2) * Erf.erfInv(2 * p - 1);
            return Math.max(low, Math.min(high, x));
        };
    }

    private static double normalCdf(double z) {
        return z == Double.NEGATIVE_INFINITY ? 0 : z == Double.POSITIVE_INFINITY ? 1 : 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }
}
