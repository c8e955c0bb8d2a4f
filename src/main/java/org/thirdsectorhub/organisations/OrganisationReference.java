package org.thirdsectorhub.organisations;

import java.util.List;
import java.util.UUID;

/** What a publisher of open data says about an organisation: its name, org-ids (sorted) and postcode. */
public record OrganisationReference(UUID id, String name, List<String> orgIds, String postcode) {}
