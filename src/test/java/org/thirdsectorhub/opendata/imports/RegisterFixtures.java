package org.thirdsectorhub.opendata.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.thirdsectorhub.organisations.LegalForm;
import org.thirdsectorhub.organisations.OrganisationDraft;
import org.thirdsectorhub.organisations.OrganisationStatus;
import org.thirdsectorhub.organisations.ProfitDistribution;
import org.thirdsectorhub.organisations.register.RegisterService;
import org.thirdsectorhub.shared.identifiers.OrgId;

/** Register organisations with the identifiers real publishers' recipients have, so their funding can match. */
final class RegisterFixtures {

    private RegisterFixtures() {}

    static UUID register(RegisterService register, String name, String orgId) {
        OrganisationDraft draft = new OrganisationDraft(name, List.of(), LegalForm.CHARITABLE_INCORPORATED_ORGANISATION,
                OrganisationStatus.ACTIVE, "Support for families in Milton Keynes.", "To relieve need",
                List.of(OrgId.parse(orgId).orElseThrow()), Set.of("103"), Set.of(), Set.of("E06000042"), null, null, null,
                "1 Test Street", "Milton Keynes", "MK9 3HS", null, new BigDecimal("45000.00"), 2, 30,
                LocalDate.of(2001, 5, 1), List.of(), List.of(), false, false, ProfitDistribution.NONE, true, false);
        return register.register(draft, "LOCAL", "open data import test");
    }
}
