package org.thirdsectorhub.opendata.publication;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.opportunities.DecisionsPublished;

/**
 * Awards made by published decisions go into the open data at once, through the same check as any publication,
 * so a funder's grants are not missing from its 360Giving data until someone remembers to publish.
 */
@Component
class PublishAfterDecisions {

    private final Publications publications;

    PublishAfterDecisions(Publications publications) {
        this.publications = publications;
    }

    @ApplicationModuleListener
    void on(DecisionsPublished decisions) {
        if (decisions.awardsMade() > 0) {
            publications.publish(decisions.tender() ? Dataset.CONTRACTS : Dataset.GRANTS);
        }
    }
}
