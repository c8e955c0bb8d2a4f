package org.thirdsectorhub.socialvalue.engine;

/**
 * Shape of an uncertain input in the Monte Carlo simulation. The JSON API spells these in lower case
 * ({@code "uniform"}, {@code "triangular"}, {@code "pert"}, {@code "normal"}); map them with
 * {@link #fromName(String)} or a case-insensitive enum reader.
 */
public enum DistributionType {
    /** Every value between min and max equally likely. */
    UNIFORM,
    /** Triangle with its peak at mode (default: the central value). */
    TRIANGULAR,
    /** Beta-PERT with lambda 4 between min and max, peaking at mode (default: the central value). */
    PERT,
    /** Normal with mean (default: the central value) and sd, truncated to the field's valid range and min/max if given. */
    NORMAL;

    /**
     * Reads a type name case-insensitively.
     *
     * @param name for example {@code "triangular"}
     * @return the type
     * @throws IllegalArgumentException when the name is unknown
     */
    public static DistributionType fromName(String name) {
        return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
