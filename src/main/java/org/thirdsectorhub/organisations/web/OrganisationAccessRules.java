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
        // Register curation and Open Referral UK
        rules.requestMatchers(HttpMethod.GET, "/openreferral/", "/openreferral/services", "/openreferral/services/{id}",
                        "/openreferral/organizations", "/openreferral/organizations/{id}", "/openreferral/taxonomies",
                        "/openreferral/taxonomies/{id}", "/openreferral/taxonomy_terms", "/openreferral/taxonomy_terms/{id}")
                .permitAll();
        rules.requestMatchers("/organisations/{id}/edit").hasRole(HubRole.ORGANISATION_ADMIN);
        rules.requestMatchers("/organisations/{id}/claim", "/register/new-group").authenticated();
        rules.requestMatchers("/organisations/{id}/history", "/organisations/{id}/history/{number}/rollback", "/register",
                "/register/**").hasAnyRole(HubRole.INFRASTRUCTURE_OFFICER, HubRole.ADMINISTRATOR);
        rules.requestMatchers("/admin/imports", "/admin/imports/**").hasAnyRole(HubRole.ADMINISTRATOR, HubRole.INFRASTRUCTURE_OFFICER);
    }
}
