package org.thirdsectorhub.identity.account;

record RoleGrant(String role) {}
