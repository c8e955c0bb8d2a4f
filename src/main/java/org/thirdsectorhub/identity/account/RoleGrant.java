package org.thirdsectorhub.identity.account;

import org.springframework.data.relational.core.mapping.Table;

@Table(schema = "identity", name = "role_grant")
record RoleGrant(String role) {}
