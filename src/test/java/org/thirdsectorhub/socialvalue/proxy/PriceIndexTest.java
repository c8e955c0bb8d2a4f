package org.thirdsectorhub.socialvalue.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PriceIndexTest {

    private static final NavigableMap<Integer, BigDecimal> CPI = new TreeMap<>();

    static {
        CPI.put(2019, new BigDecimal("107.8"));
        CPI.put(2023, new BigDecimal("130.5"));
        CPI.put(2024, new BigDecimal("133.9"));
    }

    @Test
    void rebasesByTheRatioOfTheIndexInTheTwoYears() {
        PriceIndex.Rebased rebased = PriceIndex.rebase(CPI, new BigDecimal("9537"), 2019, 2024);
        // 9537 × 133.9 ÷ 107.8 = 11,846.051…
        assertThat(rebased.value()).isEqualByComparingTo("11846.05");
        assertThat(rebased.exact()).isTrue();
        assertThat(PriceIndex.rebase(CPI, rebased.value(), 2024, 2019).value()).isEqualByComparingTo("9537.00");
    }

    @Test
    void keepsTheValueInItsOwnYear() {
        assertThat(PriceIndex.rebase(CPI, new BigDecimal("18.64"), 2024, 2024).value()).isEqualByComparingTo("18.64");
    }

    @Test
    void usesTheNearestIndexedYearOutsideTheSeriesAndSaysSo() {
        PriceIndex.Rebased rebased = PriceIndex.rebase(CPI, new BigDecimal("100"), 2010, 2026);
        assertThat(rebased.indexFrom()).isEqualTo(2019);
        assertThat(rebased.indexTo()).isEqualTo(2024);
        assertThat(rebased.exact()).isFalse();
        assertThat(rebased.value()).isEqualByComparingTo("124.21");
    }
}
