package org.thirdsectorhub.commissioning.conformance;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How explanations write dates, money and periods, the way GOV.UK style does. */
final class Wording {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);


    private Wording() {}

    static String date(LocalDate date) {
        return date == null ? "an unrecorded date" : DAY.format(date);
    }

    /** "1 Feb – 29 Mar 2010", or with both years when they differ. */
    static String range(LocalDate from, LocalDate to) {
        if (from.getYear() == to.getYear()) {
            return DateTimeFormatter.ofPattern("d MMM", Locale.UK).format(from) + " – " + date(to);
        }
        return date(from) + " – " + date(to);
    }

    /** "6 weeks'" or "40 days'", as in "with 6 weeks' notice". */
    static String noticePeriod(long days) {
        if (days % 7 == 0) {
            return days / 7 + (days == 7 ? " week's" : " weeks'");
        }
        return days + (days == 1 ? " day's" : " days'");
    }

    static String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return format.format(amount);
    }

    static String weeks(long days) {
        long weeks = days / 7;
        long rest = days % 7;
        String text = weeks + (weeks == 1 ? " week" : " weeks");
        return rest == 0 ? text : text + " and " + rest + (rest == 1 ? " day" : " days");
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
