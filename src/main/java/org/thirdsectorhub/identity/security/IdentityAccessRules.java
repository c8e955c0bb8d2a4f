package org.thirdsectorhub.identity.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.shared.security.AccessRules;
import org.thirdsectorhub.shared.security.HubRole;

@Component
class IdentityAccessRules implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/sign-in", "/forgot-password", "/forgot-password/check-email", "/reset-password/*",
                        "/invitations/*")
                .permitAll();
        rules.requestMatchers("/account", "/account/**", "/api/v1/me").authenticated();
        rules.requestMatchers("/admin/users", "/admin/users/**", "/admin/invitations", "/admin/invitations/**",
                        "/api/v1/users", "/api/v1/users/**")
                .hasRole(HubRole.ADMINISTRATOR);
    }
}
