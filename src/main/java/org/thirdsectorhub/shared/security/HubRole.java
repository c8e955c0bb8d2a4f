package org.thirdsectorhub.shared.security;

/** Authority names used in access rules. Organisation roles are also scoped to organisations. */
public final class HubRole {

    public static final String ORGANISATION_MEMBER = "ORGANISATION_MEMBER";
    public static final String ORGANISATION_ADMIN = "ORGANISATION_ADMIN";
    public static final String INFRASTRUCTURE_OFFICER = "INFRASTRUCTURE_OFFICER";
    public static final String COMMISSIONER = "COMMISSIONER";
    public static final String PARTNERSHIP_MEMBER = "PARTNERSHIP_MEMBER";
    public static final String ADMINISTRATOR = "ADMINISTRATOR";

    private HubRole() {}
}
