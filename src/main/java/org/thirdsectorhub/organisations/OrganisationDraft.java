package org.thirdsectorhub.organisations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.thirdsectorhub.shared.identifiers.OrgId;

/**
 * Everything about an organisation that people and imports can set. Values are already checked:
 * identifiers are valid org-ids, the postcode is a real format, the ward is one of the district's.
 */
public record OrganisationDraft(
        String name,
        List<OtherName> otherNames,
        LegalForm legalForm,
        OrganisationStatus status,
        String description,
        String socialPurpose,
        List<OrgId> identifiers,
        Set<String> purposeCodes,
        Set<String> tags,
        Set<String> areaCodes,
        String website,
        String email,
        String phone,
        String addressLine,
        String town,
        String postcode,
        String wardCode,
        BigDecimal latestIncome,
        Integer staffCount,
        Integer volunteerCount,
        LocalDate foundedOn,
        List<QualityMarkHeld> qualityMarks,
        List<Contact> contacts,
        boolean publicBody,
        boolean controlledByPublicBody,
        ProfitDistribution profitDistribution,
        boolean assetLock,
        boolean faithBased) {

    public OrganisationDraft {
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        purposeCodes = purposeCodes == null ? Set.of() : Set.copyOf(purposeCodes);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        areaCodes = areaCodes == null ? Set.of() : Set.copyOf(areaCodes);
        qualityMarks = qualityMarks == null ? List.of() : List.copyOf(qualityMarks);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        status = status == null ? OrganisationStatus.ACTIVE : status;
        profitDistribution = profitDistribution == null ? ProfitDistribution.NONE : profitDistribution;
        description = description == null ? "" : description;
    }

    public IncomeBand incomeBand() {
        return latestIncome == null ? null : IncomeBand.of(latestIncome);
    }

    public record OtherName(String name, boolean former) {}

    public record QualityMarkHeld(QualityMark mark, LocalDate awardedOn, LocalDate expiresOn) {}

    public record Contact(String name, String role, String email, String phone) {}
}
