package org.thirdsectorhub.organisations;

/** Which part of the Third Sector an organisation belongs to, as the definition in force classifies it. */
public enum Kind {
    CHARITY,
    SOCIAL_ENTERPRISE,
    COOPERATIVE_OR_MUTUAL,
    VOLUNTARY_OR_COMMUNITY_GROUP,
    FAITH_GROUP,
    NOT_THIRD_SECTOR;

    public String messageKey() {
        return "kind." + name();
    }
}
