package org.thirdsectorhub.opportunities.web;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.organisations.OrganisationManagement;
import org.thirdsectorhub.organisations.OrganisationSummary;

/**
 * The register organisations a person may act for: the bodies a commissioner works for, or the
 * organisations a member applies for. Acting for anyone else is refused.
 */
@Component
class CommissionerBodies {

    private final OrganisationManagement organisations;

    CommissionerBodies(OrganisationManagement organisations) {
        this.organisations = organisations;
    }

    List<OrganisationSummary> of(HubUser user) {
        return user.organisations().keySet().stream().map(organisations::find).flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(OrganisationSummary::name)).toList();
    }

    OrganisationSummary require(HubUser user, UUID organisation) {
        if (organisation == null || user == null || !user.canActFor(organisation)) {
            throw new AccessDeniedException("may not act for " + organisation);
        }
        return organisations.find(organisation).orElseThrow(() -> new AccessDeniedException("not in the register"));
    }

    static void requireOwner(HubUser user, UUID body) {
        if (user == null || !user.canActFor(body)) {
            throw new AccessDeniedException("not an officer of " + body);
        }
    }
}
