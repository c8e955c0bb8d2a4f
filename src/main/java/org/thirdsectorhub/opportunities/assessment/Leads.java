package org.thirdsectorhub.opportunities.assessment;

import org.springframework.security.access.AccessDeniedException;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.Role;

/** The lead of an assessment is a commissioner who works for the body that owns the opportunity. */
public final class Leads {

    private Leads() {}

    public static boolean leads(HubUser user, Round round) {
        return user != null && user.hubWideRoles().contains(Role.COMMISSIONER) && user.canActFor(round.owner());
    }

    public static void require(HubUser user, Round round) {
        if (!leads(user, round)) {
            throw new AccessDeniedException("not a commissioner of " + round.ownerName());
        }
    }
}
