package org.thirdsectorhub.commissioning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One award as open data sees it: who funded whom, how much, for what and when, with the exercise it came
 * from (its title, service area and wards) when there was one.
 */
public record AwardLine(UUID id, int version, String type, String title, UUID funderOrganisation, String funderName,
        UUID recipientOrganisation, String recipientName, BigDecimal amount, LocalDate startsOn, LocalDate endsOn,
        String status, Instant createdAt, Instant updatedAt, UUID exercise, String exerciseTitle, String serviceArea,
        List<String> wardCodes) {}
