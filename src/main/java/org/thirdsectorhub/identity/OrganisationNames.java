package org.thirdsectorhub.identity;

import java.util.UUID;

/**
 * Names organisations for identity's pages. The register implements it; until it does, an
 * organisation is shown by its id.
 */
public interface OrganisationNames {

    String nameOf(UUID organisationId);

    OrganisationNames BY_ID = organisationId -> "Organisation " + organisationId;
}
