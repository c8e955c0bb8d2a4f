package org.thirdsectorhub.organisations;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** A service an organisation runs, in the Open Referral UK model: when, where, for whom, at what cost. */
public record ServiceDraft(String name, String description, String url, String email, String phone, String status,
        String fees, String eligibility, Set<String> taxonomyCodes, List<Schedule> schedules, List<Location> locations) {

    public ServiceDraft {
        status = status == null ? "active" : status;
        taxonomyCodes = taxonomyCodes == null ? Set.of() : Set.copyOf(taxonomyCodes);
        schedules = schedules == null ? List.of() : List.copyOf(schedules);
        locations = locations == null ? List.of() : List.copyOf(locations);
    }

    /** A weekly or monthly opening in the iCalendar RRULE terms HSDS uses, for example byday MO and WE. */
    public record Schedule(String freq, String byday, LocalTime opensAt, LocalTime closesAt, String description) {}

    public record Location(String name, String addressLine, String town, String postcode, BigDecimal latitude,
            BigDecimal longitude, String wardCode) {}
}
