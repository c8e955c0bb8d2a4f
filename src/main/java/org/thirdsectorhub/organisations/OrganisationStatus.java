package org.thirdsectorhub.organisations;

public enum OrganisationStatus {
    ACTIVE,
    DISSOLVED,
    REMOVED;

    public String messageKey() {
        return "status." + name();
    }
}
