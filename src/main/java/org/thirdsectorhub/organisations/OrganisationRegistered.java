package org.thirdsectorhub.organisations;

import java.util.UUID;

/** An organisation was added to the register. */
public record OrganisationRegistered(UUID organisationId, String name) {}
