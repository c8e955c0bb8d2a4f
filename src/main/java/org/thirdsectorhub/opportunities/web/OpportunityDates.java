package org.thirdsectorhub.opportunities.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.opportunities.round.Rounds;

/** Dates and times as GOV.UK writes them (12pm on 15 January 2027), for the templates. */
@Component("opportunityDates")
class OpportunityDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Deadlines fall at noon, UK time, on the day a commissioner picks. */
    static Instant noon(LocalDate date) {
        return date == null ? null : date.atTime(LocalTime.NOON).atZone(Rounds.LONDON).toInstant();
    }

    static Instant startOf(LocalDate date) {
        return date == null ? null : date.atStartOfDay(Rounds.LONDON).toInstant();
    }

    static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(Rounds.LONDON).toLocalDate();
    }

    public String at(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime time = instant.atZone(Rounds.LONDON);
        String clock = time.getMinute() == 0 && time.getHour() == 12 ? "12pm" : time.getMinute() == 0 && time.getHour() == 0
                ? "midnight" : DateTimeFormatter.ofPattern("h:mma", Locale.UK).format(time).toLowerCase(Locale.UK);
        return clock + " on " + DAY.format(time);
    }

    public String on(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(Rounds.LONDON));
    }

    public String on(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
