package org.thirdsectorhub.organisations.demo;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.organisations.OrganisationDraft;
import org.thirdsectorhub.organisations.register.RegisterService;
import org.thirdsectorhub.organisations.register.ServiceStore;
import org.thirdsectorhub.shared.demo.DemoData;

/**
 * A Milton Keynes register for the demo: several hundred invented organisations of every kind across
 * the wards, with services, the district's public bodies, and a few near-duplicates to resolve.
 */
@Component
class DemoRegister implements DemoData {

    /** The demo voluntary organisation whose staff the demo organisation accounts are. */
    static final UUID DEMO_ORGANISATION = UUID.fromString("5b0c3f7e-2d7a-4c1e-9f4b-6a1d2e3c4b5a");

    /** The council, whose officer the demo commissioner is; identity's demo accounts use the same id. */
    static final UUID DEMO_COUNCIL = UUID.fromString("0c1f5d2a-7e3b-4a6c-8d9e-2f4a6b8c0d1e");

    private final RegisterService register;
    private final ServiceStore services;

    DemoRegister(RegisterService register, ServiceStore services) {
        this.register = register;
        this.services = services;
    }

    @Override
    public String name() {
        return "organisations: Milton Keynes register";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        DemoOrganisations generator = new DemoOrganisations(20091112L);
        register.register(DEMO_ORGANISATION, generator.demoOrganisation(), "LOCAL", "demo data");
        services.add(DEMO_ORGANISATION, generator.larderService());
        List<OrganisationDraft> publicBodies = generator.publicBodies();
        register.register(DEMO_COUNCIL, publicBodies.get(0), "LOCAL", "demo data");
        for (OrganisationDraft publicBody : publicBodies.subList(1, publicBodies.size())) {
            register.register(publicBody, "LOCAL", "demo data");
        }
        List<DemoOrganisations.Generated> generated = generator.organisations(420);
        for (DemoOrganisations.Generated organisation : generated) {
            UUID id = register.register(organisation.draft(), organisation.source(), "demo data");
            organisation.services().forEach(service -> services.add(id, service));
        }
    }
}
