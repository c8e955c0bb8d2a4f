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
        for (OrganisationDraft publicBody : generator.publicBodies()) {
            register.register(publicBody, "LOCAL", "demo data");
        }
        List<DemoOrganisations.Generated> generated = generator.organisations(420);
        for (DemoOrganisations.Generated organisation : generated) {
            UUID id = register.register(organisation.draft(), organisation.source(), "demo data");
            organisation.services().forEach(service -> services.add(id, service));
        }
    }
}
