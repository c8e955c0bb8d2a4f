package org.thirdsectorhub.commissioning;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.commissioning.award.Awards;
import org.thirdsectorhub.commissioning.award.NewAward;
import org.thirdsectorhub.commissioning.conformance.AwardEvidence;
import org.thirdsectorhub.commissioning.conformance.MonitoringTier;
import org.thirdsectorhub.commissioning.judging.ThresholdsStore;
import org.thirdsectorhub.organisations.OrganisationManagement;

/** What other modules may ask of awards: make one they decided on, judged and audited like any other. */
@Service
@Transactional
public class AwardMaking {

    private final Awards awards;
    private final ThresholdsStore thresholds;
    private final OrganisationManagement organisations;

    AwardMaking(Awards awards, ThresholdsStore thresholds, OrganisationManagement organisations) {
        this.awards = awards;
        this.thresholds = thresholds;
        this.organisations = organisations;
    }

    /**
     * Makes the award in the caller's transaction, with the monitoring tier the thresholds in force give
     * its amount (agreed before signing) and three months' notice.
     *
     * @param request what was decided
     * @return the award's id
     */
    public UUID make(AwardRequest request) {
        MonitoringTier tier = MonitoringTier.forAmount(request.amount(), thresholds.current().thresholds());
        return awards.make(new NewAward(request.exercise(), request.type(), request.title(),
                request.funderOrganisation(), request.funderName(), request.recipientOrganisation(),
                request.recipientName(), organisations.latestIncome(request.recipientOrganisation()).orElse(null),
                request.amount(), request.startsOn(), request.endsOn(), 3, null, request.fundingMethodReason(),
                request.overheadsAllowed(), new AwardEvidence.Monitoring(tier.name(), true), request.paymentInAdvance(),
                List.of(), null, null, false));
    }
}
