package org.thirdsectorhub.organisations;

import java.math.BigDecimal;

/** The NCVO Civil Society Almanac's size bands, by annual income. */
public enum IncomeBand {
    MICRO(0, 10_000),
    SMALL(10_000, 100_000),
    MEDIUM(100_000, 1_000_000),
    LARGE(1_000_000, 10_000_000),
    MAJOR(10_000_000, 100_000_000),
    SUPER_MAJOR(100_000_000, Long.MAX_VALUE);

    private final long from;
    private final long below;

    IncomeBand(long from, long below) {
        this.from = from;
        this.below = below;
    }

    public static IncomeBand of(BigDecimal income) {
        for (IncomeBand band : values()) {
            if (income.compareTo(BigDecimal.valueOf(band.below)) < 0) {
                return band;
            }
        }
        return SUPER_MAJOR;
    }

    public long from() {
        return from;
    }

    public String messageKey() {
        return "incomeBand." + name();
    }
}
