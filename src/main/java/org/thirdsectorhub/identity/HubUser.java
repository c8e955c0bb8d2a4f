package org.thirdsectorhub.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.thirdsectorhub.shared.security.IdentifiedPrincipal;

/**
 * The signed-in person: hub-wide roles, and the organisations they may act for with the role held
 * in each. Serializable because sessions live in the database.
 */
public final class HubUser implements UserDetails, CredentialsContainer, IdentifiedPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID userId;
    private final String email;
    private final String displayName;
    private String passwordHash;
    private final boolean active;
    private final boolean locked;
    private final Set<Role> roles;
    private final Map<UUID, Role> organisations;

    public HubUser(UUID userId, String email, String displayName, String passwordHash, boolean active, boolean locked,
            Set<Role> roles, Map<UUID, Role> organisations) {
        this.userId = userId;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.active = active;
        this.locked = locked;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.organisations = Map.copyOf(organisations);
    }

    @Override
    public UUID userId() {
        return userId;
    }

    @Override
    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public boolean has(Role role) {
        return roles.contains(role) || organisations.containsValue(role)
                || (role == Role.ORGANISATION_MEMBER && !organisations.isEmpty());
    }

    /** Whether this person may act for the organisation as a member (admins are members too). */
    public boolean canActFor(UUID organisationId) {
        return organisations.containsKey(organisationId);
    }

    /** Whether this person administers the organisation's own record and people. */
    public boolean administers(UUID organisationId) {
        return organisations.get(organisationId) == Role.ORGANISATION_ADMIN;
    }

    public Map<UUID, Role> organisations() {
        return organisations;
    }

    public Set<Role> hubWideRoles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        if (!organisations.isEmpty()) {
            authorities.add(new SimpleGrantedAuthority(Role.ORGANISATION_MEMBER.authority()));
        }
        if (organisations.containsValue(Role.ORGANISATION_ADMIN)) {
            authorities.add(new SimpleGrantedAuthority(Role.ORGANISATION_ADMIN.authority()));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HubUser user && user.userId.equals(userId);
    }

    @Override
    public int hashCode() {
        return userId.hashCode();
    }

    @Override
    public String toString() {
        return "HubUser[" + email + "]";
    }
}
