package org.thirdsectorhub.socialvalue.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Rounds figures for people: money to the pound or penny, ratios to the penny, shares to whole percent. */
final class Figures {

    private Figures() {}

    static String pounds(BigDecimal value) {
        return value == null ? "–" : "£" + format("#,##0", value.setScale(0, RoundingMode.HALF_UP));
    }

    static String pence(BigDecimal value) {
        return value == null ? "–" : "£" + format("#,##0.00", value.setScale(2, RoundingMode.HALF_UP));
    }

    static String ratio(BigDecimal value) {
        return value == null ? "–" : format("0.00", value.setScale(2, RoundingMode.HALF_UP));
    }

    static String percent(BigDecimal fraction) {
        return fraction == null ? "–" : format("0.#", fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP)) + "%";
    }

    static String months(BigDecimal value) {
        return value == null ? "–" : format("0.0", value.setScale(1, RoundingMode.HALF_UP)) + " months";
    }

    static String plain(BigDecimal value) {
        return value == null ? "–" : format("#,##0.##", value);
    }

    private static String format(String pattern, BigDecimal value) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
    }
}
