package org.thirdsectorhub.organisations.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.identity.IdentityManagement;
import org.thirdsectorhub.identity.UserSummary;
import org.thirdsectorhub.organisations.LegalForm;
import org.thirdsectorhub.organisations.OrganisationDraft;
import org.thirdsectorhub.organisations.OrganisationStatus;
import org.thirdsectorhub.organisations.ProfitDistribution;
import org.thirdsectorhub.organisations.curation.Claims;
import org.thirdsectorhub.organisations.curation.CurationDrafts;
import org.thirdsectorhub.organisations.curation.NewGroups;
import org.thirdsectorhub.organisations.curation.ProfileChanges;
import org.thirdsectorhub.organisations.register.RegisterService;
import org.thirdsectorhub.shared.demo.DemoData;
import org.thirdsectorhub.shared.security.Actor;

/**
 * Work waiting for the demo's infrastructure officer: profile changes to approve, a claim to verify
 * and a new group to approve. The near-duplicates come with the register itself (every 60th organisation).
 */
@Component
class DemoCuration implements DemoData {

    private final RegisterService register;
    private final ProfileChanges changes;
    private final Claims claims;
    private final NewGroups newGroups;
    private final IdentityManagement identity;
    private final JdbcClient jdbc;

    DemoCuration(RegisterService register, ProfileChanges changes, Claims claims, NewGroups newGroups,
            IdentityManagement identity, JdbcClient jdbc) {
        this.register = register;
        this.changes = changes;
        this.claims = claims;
        this.newGroups = newGroups;
        this.identity = identity;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "organisations: work awaiting the infrastructure officer";
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public void load() {
        Actor orgAdmin = actor("org-admin@demo.thirdsectorhub.org.uk", "org-admin@demo.thirdsectorhub.org.uk");
        Actor member = actor("org-member@demo.thirdsectorhub.org.uk", "org-member@demo.thirdsectorhub.org.uk");
        register.latestVersion(DemoRegister.DEMO_ORGANISATION).ifPresent(larder -> changes.propose(
                DemoRegister.DEMO_ORGANISATION,
                CurationDrafts.with(larder, Map.of("phone", "01908 000199", "volunteerCount", 48,
                        "description", larder.description() + " Now open on Saturday mornings too.")),
                "We have started Saturday sessions and have a new phone number.", orgAdmin));
        List<UUID> others = jdbc.sql("""
                SELECT id FROM organisations.organisation WHERE legal_form = 'UNINCORPORATED_ASSOCIATION'
                AND deleted_at IS NULL AND merged_into IS NULL ORDER BY name LIMIT 3""").query(UUID.class).list();
        if (others.size() >= 3) {
            OrganisationDraft first = register.latestVersion(others.get(0)).orElseThrow();
            changes.propose(others.get(0), CurationDrafts.with(first, Map.of("website", "https://www.example.org/"
                    + first.name().toLowerCase().replaceAll("[^a-z]+", "-"), "staffCount", 2)),
                    "Our new website.", Actor.of(null, "secretary@example.org"));
            OrganisationDraft second = register.latestVersion(others.get(1)).orElseThrow();
            changes.propose(others.get(1), CurationDrafts.with(second, Map.of("name", second.name() + " CIO",
                    "legalForm", LegalForm.CHARITABLE_INCORPORATED_ORGANISATION)),
                    "We registered as a CIO last month.", Actor.of(null, "chair@example.org"));
            if (member.userId() != null) {
                claims.claim(others.get(2), member, "Treasurer", "I have been treasurer since 2019; the chair can confirm.");
            }
        }
        if (member.userId() != null) {
            OrganisationDraft circle = new OrganisationDraft("Fishermead Knit and Natter", List.of(),
                    LegalForm.UNINCORPORATED_ASSOCIATION, OrganisationStatus.ACTIVE,
                    "A weekly knitting and chat group at the Fishermead community centre; everyone welcome, wool provided.",
                    "To reduce loneliness among older residents of Fishermead.", List.of(), Set.of("116", "202"),
                    Set.of("older people", "crafts"), Set.of("E05009424", "E06000042"), null, "knitandnatter@example.org",
                    null, "Fishermead Community Centre, Fishermead Boulevard", "Milton Keynes", "MK6 2LP", "E05009424", null,
                    0, 6, null, List.of(), List.of(), false, false, ProfitDistribution.NONE, false, false);
            newGroups.submit(circle, true, member);
        }
    }

    private Actor actor(String email, String label) {
        return identity.findUserByEmail(email).map(UserSummary::id).map(id -> Actor.of(id, label))
                .orElse(Actor.of(null, label));
    }
}
