package org.thirdsectorhub.identity;

import java.util.EnumSet;
import java.util.Set;

/** What a person may do. Organisation roles are held per organisation; the others hub-wide. */
public enum Role {
    ORGANISATION_MEMBER(true),
    ORGANISATION_ADMIN(true),
    INFRASTRUCTURE_OFFICER(false),
    COMMISSIONER(false),
    PARTNERSHIP_MEMBER(false),
    ADMINISTRATOR(false);

    private final boolean organisationScoped;

    Role(boolean organisationScoped) {
        this.organisationScoped = organisationScoped;
    }

    public boolean organisationScoped() {
        return organisationScoped;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** The message key of the role's name as people read it. */
    public String messageKey() {
        return "role." + name();
    }

    public static Set<Role> hubWide() {
        return EnumSet.of(INFRASTRUCTURE_OFFICER, COMMISSIONER, PARTNERSHIP_MEMBER, ADMINISTRATOR);
    }
}
