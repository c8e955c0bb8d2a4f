package org.thirdsectorhub.audit.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.shared.security.AccessRules;
import org.thirdsectorhub.shared.security.HubRole;

@Component
class AuditAccessRules implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/admin/audit", "/admin/audit/**", "/api/v1/audit-entries", "/api/v1/audit-entries/**")
                .hasRole(HubRole.ADMINISTRATOR);
    }
}
