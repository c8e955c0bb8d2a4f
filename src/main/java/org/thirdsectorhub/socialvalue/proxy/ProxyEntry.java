package org.thirdsectorhub.socialvalue.proxy;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A financial proxy: a published value standing for an outcome that has no market price.
 *
 * @param value value of one unit in prices of {@code priceYear}
 * @param unit what one unit is, e.g. "per person per year"
 * @param source who published the value, where
 * @param sourceUrl address of the source, if any
 * @param licence the licence under which the hub holds the value
 */
public record ProxyEntry(UUID id, String name, String category, BigDecimal value, String unit, int priceYear,
        String source, String sourceUrl, String licence, String notes) {
}
