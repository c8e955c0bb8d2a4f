package org.thirdsectorhub.shared.security;

import java.util.UUID;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting: a signed-in person, someone not signed in, or the hub itself. */
public record Actor(UUID userId, String label) {

    public static final Actor SYSTEM = new Actor(null, "system");
    public static final Actor ANONYMOUS = new Actor(null, "someone not signed in");

    /** The person behind the current request or command, from the security context. */
    public static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return SYSTEM;
        }
        if (authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        if (authentication.getPrincipal() instanceof IdentifiedPrincipal principal) {
            return new Actor(principal.userId(), principal.email());
        }
        return new Actor(null, authentication.getName());
    }

    public static Actor of(UUID userId, String email) {
        return new Actor(userId, email);
    }
}
