package org.thirdsectorhub.organisations;

import java.util.UUID;

/** An organisation's profile changed. */
public record OrganisationUpdated(UUID organisationId, String name) {}
