package org.thirdsectorhub.organisations.definition;

import java.util.Map;
import java.util.Set;
import org.thirdsectorhub.organisations.Kind;
import org.thirdsectorhub.organisations.LegalForm;

/**
 * One version of the partnership's definition of the Third Sector, as data: which legal forms count
 * and as what kind, and the tests of independence, not-for-profit and social purpose.
 */
public record DefinitionRules(
        int version,
        Map<LegalForm, Kind> legalForms,
        boolean excludePublicBodies,
        boolean excludeControlledByPublicBody,
        Set<String> allowedDistribution,
        boolean assetLockSuffices,
        boolean socialPurposeRequired,
        boolean faithGroupsCount) {

    public DefinitionRules {
        legalForms = Map.copyOf(legalForms);
        allowedDistribution = Set.copyOf(allowedDistribution);
    }
}
