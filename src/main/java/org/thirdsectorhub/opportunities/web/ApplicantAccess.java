package org.thirdsectorhub.opportunities.web;

import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.opportunities.ApplicationView;
import org.thirdsectorhub.opportunities.Applications;
import org.thirdsectorhub.opportunities.application.ApplicationDrafts;
import org.thirdsectorhub.opportunities.round.Round;
import org.thirdsectorhub.opportunities.round.Rounds;
import org.thirdsectorhub.shared.web.NotFoundException;

/** Members see and change only their own organisations' applications. */
@Component
class ApplicantAccess {

    private final Applications applications;
    private final ApplicationDrafts drafts;
    private final Rounds rounds;

    ApplicantAccess(Applications applications, ApplicationDrafts drafts, Rounds rounds) {
        this.applications = applications;
        this.drafts = drafts;
        this.rounds = rounds;
    }

    /** The application, whatever its status, when the person may act for its organisation. */
    ApplicationView view(UUID id, HubUser user) {
        ApplicationView application = applications.find(id).orElseThrow(() -> new NotFoundException("application " + id));
        if (!user.canActFor(application.organisation())) {
            throw new AccessDeniedException("not a member of " + application.organisation());
        }
        return application;
    }

    /** The application when it may still be changed; refused (409) after submission or the deadline. */
    ApplicationView draft(UUID id, HubUser user) {
        view(id, user);
        return drafts.editable(id);
    }

    Round round(ApplicationView application) {
        return rounds.find(application.opportunity()).orElseThrow();
    }
}
