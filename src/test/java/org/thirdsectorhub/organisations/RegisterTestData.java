package org.thirdsectorhub.organisations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.thirdsectorhub.shared.identifiers.OrgId;

/** Drafts for register tests, each with a made-up distinctive name so tests find only their own data. */
final class RegisterTestData {

    private RegisterTestData() {}

    static OrganisationDraft charity(String name, String charityNumber, String postcode, String ward) {
        return new OrganisationDraft(name, List.of(), LegalForm.CHARITABLE_INCORPORATED_ORGANISATION,
                OrganisationStatus.ACTIVE, "Befriending and lunch clubs for older people.", "To relieve loneliness",
                charityNumber == null ? List.of() : List.of(OrgId.parse("GB-CHC-" + charityNumber).orElseThrow()),
                Set.of("103", "202", "306"), Set.of("isolation"), Set.of(ward), null, null, null, "1 Test Street",
                "Milton Keynes", postcode, ward, new BigDecimal("45000.00"), 2, 30, LocalDate.of(2001, 5, 1),
                List.of(new OrganisationDraft.QualityMarkHeld(QualityMark.TRUSTED_CHARITY, LocalDate.of(2024, 1, 1),
                        LocalDate.of(2026, 12, 31))),
                List.of(), false, false, ProfitDistribution.NONE, true, false);
    }

    static OrganisationDraft withLegalForm(OrganisationDraft draft, LegalForm form, ProfitDistribution distribution,
            boolean assetLock) {
        return new OrganisationDraft(draft.name(), draft.otherNames(), form, draft.status(), draft.description(),
                draft.socialPurpose(), List.of(), draft.purposeCodes(), draft.tags(), draft.areaCodes(), draft.website(),
                draft.email(), draft.phone(), draft.addressLine(), draft.town(), draft.postcode(), draft.wardCode(),
                draft.latestIncome(), draft.staffCount(), draft.volunteerCount(), draft.foundedOn(), draft.qualityMarks(),
                draft.contacts(), draft.publicBody(), draft.controlledByPublicBody(), distribution, assetLock,
                draft.faithBased());
    }
}
