package org.thirdsectorhub.commissioning.web;

import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.thirdsectorhub.identity.HubUser;

/**
 * A commissioner changes only the exercises and awards of the bodies they work for (their organisation
 * memberships); everyone with a commissioning role may read them all.
 */
final class ActingFor {

    private ActingFor() {}

    static void require(HubUser user, UUID body) {
        if (user == null || !user.canActFor(body)) {
            throw new AccessDeniedException("not an officer of " + body);
        }
    }
}
