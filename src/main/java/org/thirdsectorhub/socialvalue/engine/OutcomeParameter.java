package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The assumptions of an outcome that sensitivity analysis varies and that may carry a distribution or
 * an evidence grade. {@link #fieldName()} is the JSON field name, used as key in
 * {@link Outcome#uncertainty()} and {@link Outcome#evidence()} and in error and sensitivity names.
 */
public enum OutcomeParameter {
    QUANTITY("quantity", "Quantity", Kind.AMOUNT),
    PROXY_VALUE("proxyValue", "Proxy value", Kind.AMOUNT),
    DEADWEIGHT("deadweight", "Deadweight", Kind.FRACTION),
    DISPLACEMENT("displacement", "Displacement", Kind.FRACTION),
    ATTRIBUTION("attribution", "Attribution", Kind.FRACTION),
    DROP_OFF("dropOff", "Drop-off", Kind.FRACTION),
    DURATION_YEARS("durationYears", "Duration", Kind.YEARS);

    /** Longest duration, and latest start year, the engine accepts. */
    public static final int MAX_YEARS = 50;

    /** What sort of number the parameter is, which fixes its valid range. */
    public enum Kind {
        /** A non-negative amount with no upper limit. */
        AMOUNT,
        /** A fraction between 0 and 1. */
        FRACTION,
        /** A whole number of years between 1 and {@link #MAX_YEARS}. */
        YEARS;

        /** @return the smallest valid value */
        public double min() {
            return this == YEARS ? 1 : 0;
        }

        /** @return the largest valid value ({@code +Infinity} for amounts) */
        public double max() {
            return switch (this) {
                case AMOUNT -> Double.POSITIVE_INFINITY;
                case FRACTION -> 1;
                case YEARS -> MAX_YEARS;
            };
        }

        /** @return whether the value lies in the valid range (years need not be whole here) */
        public boolean contains(BigDecimal value) {
            if (value.signum() < 0) {
                return false;
            }
            return switch (this) {
                case AMOUNT -> true;
                case FRACTION -> value.compareTo(BigDecimal.ONE) <= 0;
                case YEARS -> value.compareTo(BigDecimal.ONE) >= 0
                        && value.compareTo(BigDecimal.valueOf(MAX_YEARS)) <= 0;
            };
        }

        /** @return the valid range in words, e.g. "between 0 and 1" */
        public String rangeText() {
            return switch (this) {
                case AMOUNT -> "zero or more";
                case FRACTION -> "between 0 and 1";
                case YEARS -> "between 1 and " + MAX_YEARS;
            };
        }
    }

    private final String fieldName;
    private final String label;
    private final Kind kind;

    OutcomeParameter(String fieldName, String label, Kind kind) {
        this.fieldName = fieldName;
        this.label = label;
        this.kind = kind;
    }

    /** @return the JSON field name, e.g. {@code "dropOff"} */
    public String fieldName() {
        return fieldName;
    }

    /** @return the name used in messages, e.g. {@code "Drop-off"} */
    public String label() {
        return label;
    }

    /** @return the kind of number, which fixes the valid range */
    public Kind kind() {
        return kind;
    }

    /**
     * Finds a parameter by its JSON field name.
     *
     * @param fieldName for example {@code "deadweight"}
     * @return the parameter, or empty when the name is unknown
     */
    public static Optional<OutcomeParameter> fromFieldName(String fieldName) {
        return Arrays.stream(values()).filter(p -> p.fieldName.equals(fieldName)).findFirst();
    }
}
