package org.thirdsectorhub.organisations;

import java.util.List;
import java.util.UUID;

/** An organisation as other modules see it. */
public record OrganisationSummary(UUID id, String name, LegalForm legalForm, OrganisationStatus status, Kind kind,
        boolean thirdSector, String postcode, String wardCode, List<String> identifiers, List<String> qualityMarks) {}
