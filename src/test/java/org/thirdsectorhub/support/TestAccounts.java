package org.thirdsectorhub.support;

import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.identity.account.AccountAdministration;
import org.thirdsectorhub.identity.account.AccountCreation;
import org.thirdsectorhub.identity.account.UserAccount;

/** Fresh accounts for tests that change what they touch, so tests never disturb each other. */
public class TestAccounts {

    public static final String PASSWORD = "Bletchley-Park-Otter-91";
    public static final String DEMO_PASSWORD = "Willen-Lake-Kite-2026";
    public static final String DEMO_ADMIN = "admin@demo.thirdsectorhub.org.uk";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final AccountCreation creation;
    private final AccountAdministration administration;

    TestAccounts(AccountCreation creation, AccountAdministration administration) {
        this.creation = creation;
        this.administration = administration;
    }

    public void deactivate(UserAccount account) {
        administration.deactivate(account.id(), null);
    }

    public UserAccount create(Role role) {
        return create(role, UUID.randomUUID());
    }

    public UserAccount create(Role role, UUID organisation) {
        String email = "test-" + role.name().toLowerCase().replace('_', '-') + "-" + COUNTER.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        if (role.organisationScoped()) {
            return creation.create(email, "Test " + role.name(), PASSWORD, EnumSet.noneOf(Role.class),
                    Map.of(organisation, role), "for a test");
        }
        return creation.create(email, "Test " + role.name(), PASSWORD, EnumSet.of(role), Map.of(), "for a test");
    }

    /** A commissioner who works for these bodies (organisation memberships), so may act for them. */
    public UserAccount createCommissionerOf(UUID... bodies) {
        String email = "test-commissioner-of-" + COUNTER.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org";
        Map<UUID, Role> memberships = new java.util.HashMap<>();
        for (UUID body : bodies) {
            memberships.put(body, Role.ORGANISATION_MEMBER);
        }
        return creation.create(email, "Test commissioner", PASSWORD, EnumSet.of(Role.COMMISSIONER), memberships,
                "for a test");
    }

    public UserAccount createWithoutRoles() {
        String email = "test-none-" + COUNTER.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        return creation.create(email, "Test person", PASSWORD, EnumSet.noneOf(Role.class), Map.of(), "for a test");
    }
}
