package org.thirdsectorhub.organisations.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.shared.security.AccessRules;
import org.thirdsectorhub.shared.security.HubRole;

@Component
class OrganisationAccessRules implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/organisations", "/organisations/download.csv",
                        "/organisations/download.xlsx", "/organisations/{id}", "/definition",
                        "/api/v1/organisations", "/api/v1/organisations/{id}")
                .permitAll();
        rules.requestMatchers("/admin/definition", "/admin/definition/**").hasRole(HubRole.ADMINISTRATOR);
        rules.requestMatchers("/admin/imports", "/admin/imports/**").hasAnyRole(HubRole.ADMINISTRATOR, HubRole.INFRASTRUCTURE_OFFICER);
    }
}
