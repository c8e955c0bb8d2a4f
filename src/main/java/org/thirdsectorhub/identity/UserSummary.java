package org.thirdsectorhub.identity;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** An account as other modules see it. */
public record UserSummary(UUID id, String email, String displayName, boolean active, Set<Role> roles,
        Map<UUID, Role> organisations) {}
