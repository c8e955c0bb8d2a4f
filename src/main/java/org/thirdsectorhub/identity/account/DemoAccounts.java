package org.thirdsectorhub.identity.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.shared.demo.DemoData;

/** One demo account per role, all with the same printed password. */
@Component
class DemoAccounts implements DemoData {

    static final String PASSWORD = "Willen-Lake-Kite-2026";

    /**
     * The demo voluntary organisation whose staff the organisation accounts are. The register's demo
     * data creates the organisation with this id.
     */
    static final UUID DEMO_ORGANISATION = UUID.fromString("5b0c3f7e-2d7a-4c1e-9f4b-6a1d2e3c4b5a");

    /** The council the demo commissioner works for. The register's demo data creates it with this id. */
    static final UUID DEMO_COUNCIL = UUID.fromString("0c1f5d2a-7e3b-4a6c-8d9e-2f4a6b8c0d1e");

    private static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("Administrator", "admin@demo.thirdsectorhub.org.uk", "Alex Morgan", Role.ADMINISTRATOR),
            new DemoPerson("Infrastructure officer", "officer@demo.thirdsectorhub.org.uk", "Priya Shah",
                    Role.INFRASTRUCTURE_OFFICER),
            new DemoPerson("Commissioner", "commissioner@demo.thirdsectorhub.org.uk", "Gareth Evans", Role.COMMISSIONER),
            new DemoPerson("Partnership member", "board@demo.thirdsectorhub.org.uk", "Funmi Adeyemi",
                    Role.PARTNERSHIP_MEMBER),
            new DemoPerson("Organisation admin", "org-admin@demo.thirdsectorhub.org.uk", "Siobhan Kelly",
                    Role.ORGANISATION_ADMIN),
            new DemoPerson("Organisation member", "org-member@demo.thirdsectorhub.org.uk", "Tom Barker",
                    Role.ORGANISATION_MEMBER));

    private final AccountCreation creation;

    DemoAccounts(AccountCreation creation) {
        this.creation = creation;
    }

    @Override
    public String name() {
        return "identity: demo accounts";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        for (DemoPerson person : PEOPLE) {
            if (person.role() == Role.COMMISSIONER) {
                creation.create(person.email(), person.name(), PASSWORD, EnumSet.of(Role.COMMISSIONER),
                        Map.of(DEMO_COUNCIL, Role.ORGANISATION_MEMBER), "as demo data");
            } else if (person.role().organisationScoped()) {
                creation.create(person.email(), person.name(), PASSWORD, EnumSet.noneOf(Role.class),
                        Map.of(DEMO_ORGANISATION, person.role()), "as demo data");
            } else {
                creation.create(person.email(), person.name(), PASSWORD, EnumSet.of(person.role()), Map.of(), "as demo data");
            }
        }
    }

    @Override
    public List<DemoLogin> logins() {
        return PEOPLE.stream().map(person -> new DemoLogin(person.label(), person.email(), PASSWORD)).toList();
    }

    private record DemoPerson(String label, String email, String name, Role role) {}
}
