package org.thirdsectorhub.organisations.definition;

import java.util.Set;
import org.thirdsectorhub.organisations.LegalForm;

/** What the definition's tests read about an organisation. */
public record OrganisationFacts(
        LegalForm legalForm,
        boolean publicBody,
        boolean controlledByPublicBody,
        String profitDistribution,
        boolean assetLock,
        boolean faithBased,
        String socialPurpose,
        Set<String> purposeCodes) {}
