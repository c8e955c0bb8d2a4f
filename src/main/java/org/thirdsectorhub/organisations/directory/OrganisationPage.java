package org.thirdsectorhub.organisations.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.thirdsectorhub.organisations.definition.Classification;

/** Everything the public organisation page and its JSON show. */
public record OrganisationPage(
        UUID id,
        String name,
        List<String> otherNames,
        String legalForm,
        String status,
        String description,
        String socialPurpose,
        List<Identifier> identifiers,
        List<Term> purposes,
        List<Term> beneficiaries,
        List<Term> activities,
        List<String> tags,
        List<Term> areas,
        String website,
        String email,
        String phone,
        String addressLine,
        String town,
        String postcode,
        String wardCode,
        String wardName,
        String incomeBand,
        BigDecimal latestIncome,
        Integer staffCount,
        Integer volunteerCount,
        LocalDate foundedOn,
        List<QualityMarkView> qualityMarks,
        List<ContactView> contacts,
        List<ServiceView> services,
        Classification classification) {

    public record Identifier(String orgId, String scheme, String identifier, String register, String url) {}

    public record Term(String code, String name) {}

    public record QualityMarkView(String mark, LocalDate awardedOn, LocalDate expiresOn) {}

    public record ContactView(String name, String role, String email, String phone) {}

    public record ServiceView(UUID id, String name, String description, String url, String email, String phone,
            String status, String fees, String eligibility, List<ScheduleView> schedules, List<LocationView> locations) {}

    public record ScheduleView(String freq, String byday, String opensAt, String closesAt, String description) {}

    public record LocationView(UUID id, String name, String addressLine, String town, String postcode,
            BigDecimal latitude, BigDecimal longitude) {}
}
