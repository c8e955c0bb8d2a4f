package org.thirdsectorhub.identity.account;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

@Table(schema = "identity", name = "organisation_membership")
record OrganisationMembership(UUID organisationId, String role) {}
