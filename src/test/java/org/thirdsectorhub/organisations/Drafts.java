package org.thirdsectorhub.organisations;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.thirdsectorhub.shared.identifiers.OrgId;

/** Organisations and services for tests, each named so it cannot clash with the demo register. */
public final class Drafts {

    private Drafts() {}

    public static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static OrganisationDraft organisation(String name) {
        return organisation(name, List.of(), "MK9 3HS");
    }

    public static OrganisationDraft organisation(String name, List<OrgId> identifiers, String postcode) {
        return new OrganisationDraft(name, List.of(), LegalForm.CHARITABLE_INCORPORATED_ORGANISATION, OrganisationStatus.ACTIVE,
                "A test group helping people in Milton Keynes.", "To relieve poverty in Milton Keynes.", identifiers,
                Set.of("105", "201"), Set.of("test"), Set.of("E06000042"), "https://example.org", "hello@example.org",
                "01908 000000", "1 Test Street", "Milton Keynes", postcode, "E05009412", new BigDecimal("12000.00"), 1, 5,
                null, List.of(), List.of(new OrganisationDraft.Contact("Sam Tester", "Chair", "sam@example.org", "01908 000001")),
                false, false, ProfitDistribution.NONE, true, false);
    }

    public static ServiceDraft service(String name) {
        return new ServiceDraft(name, "A test service.", "https://example.org/service", "service@example.org", "01908 000002",
                "active", "Free", "Anyone", Set.of("105"),
                List.of(new ServiceDraft.Schedule("WEEKLY", "MO,WE", LocalTime.of(9, 30), LocalTime.of(12, 0), "Mornings")),
                List.of(new ServiceDraft.Location("Test hall", "2 Test Street", "Milton Keynes", "MK9 3HS",
                        new BigDecimal("52.040000"), new BigDecimal("-0.760000"), "E05009412")));
    }
}
