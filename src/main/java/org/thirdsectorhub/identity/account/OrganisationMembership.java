package org.thirdsectorhub.identity.account;

import java.util.UUID;

record OrganisationMembership(UUID organisationId, String role) {}
