package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;
import java.util.List;

/** Checks one distribution against the valid range of its field and the field's central value. */
final class DistributionValidator {

    private DistributionValidator() {
    }

    /**
     * @param field path reported in errors, e.g. {@code "outcomes[0].uncertainty.deadweight"}
     * @param distribution the distribution to check
     * @param kind the kind of number, which fixes the valid range
     * @param central the field's own value, or null when that is missing (reported elsewhere)
     * @param errors where to add errors
     */
    static void validate(String field, Distribution distribution, OutcomeParameter.Kind kind, BigDecimal central,
            List<FieldError> errors) {
        if (distribution.type() == null) {
            errors.add(new FieldError(field, "Distribution type is required"));
            return;
        }
        int before = errors.size();
        if (distribution.type() == DistributionType.NORMAL) {
            validateNormal(field, distribution, kind, errors);
        } else {
            validateBounded(field, distribution, kind, errors);
        }
        if (errors.size() == before && central != null && !boundsContain(distribution, central)) {
            errors.add(new FieldError(field, "Distribution bounds must contain the central value "
                    + central.toPlainString()));
        }
    }

    private static void validateBounded(String field, Distribution d, OutcomeParameter.Kind kind,
            List<FieldError> errors) {
        if (d.min() == null || d.max() == null) {
            errors.add(new FieldError(field, "Min and max are required for a " + typeName(d) + " distribution"));
            return;
        }
        validateBounds(field, d, kind, errors);
        if (d.type() != DistributionType.UNIFORM && d.mode() != null
                && (d.mode().compareTo(d.min()) < 0 || d.mode().compareTo(d.max()) > 0)) {
            errors.add(new FieldError(field, "Mode must lie between min and max"));
        }
    }

    private static void validateNormal(String field, Distribution d, OutcomeParameter.Kind kind,
            List<FieldError> errors) {
        if (d.sd() == null) {
            errors.add(new FieldError(field, "Standard deviation (sd) is required for a normal distribution"));
        } else if (d.sd().signum() < 0) {
            errors.add(new FieldError(field, "Standard deviation must not be negative"));
        }
        if (d.mean() != null && !kind.contains(d.mean())) {
            errors.add(new FieldError(field, "Mean must be " + kind.rangeText()));
        }
        if (d.min() != null || d.max() != null) {
            validateBounds(field, d, kind, errors);
        }
        if (d.mean() != null && !boundsContain(d, d.mean())) {
            errors.add(new FieldError(field, "Mean must lie between min and max"));
        }
    }

    private static void validateBounds(String field, Distribution d, OutcomeParameter.Kind kind,
            List<FieldError> errors) {
        if ((d.min() != null && !kind.contains(d.min())) || (d.max() != null && !kind.contains(d.max()))) {
            errors.add(new FieldError(field, "Distribution bounds must be " + kind.rangeText()));
        }
        if (d.min() != null && d.max() != null && d.min().compareTo(d.max()) > 0) {
            errors.add(new FieldError(field, "Min must not be greater than max"));
        }
    }

    private static boolean boundsContain(Distribution d, BigDecimal value) {
        return (d.min() == null || d.min().compareTo(value) <= 0)
                && (d.max() == null || d.max().compareTo(value) >= 0);
    }

    private static String typeName(Distribution d) {
        return d.type().name().toLowerCase(java.util.Locale.ROOT);
    }
}
