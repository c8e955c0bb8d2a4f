package org.thirdsectorhub.opportunities.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.shared.security.AccessRules;
import org.thirdsectorhub.shared.security.HubRole;

/**
 * Public pages are listed one by one (never /opportunities/**), so that assessment pages under an
 * opportunity stay denied unless their own rules let someone in.
 */
@Component
class OpportunitiesAccessRules implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/opportunities/new", "/opportunities/manage", "/opportunities/*/edit",
                        "/opportunities/*/criteria", "/opportunities/*/publish", "/opportunities/*/cancel",
                        "/opportunities/*/questions", "/opportunities/*/questions/*/answer")
                .hasRole(HubRole.COMMISSIONER);
        rules.requestMatchers("/opportunities/following", "/opportunities/following/**", "/opportunities/*/follow",
                        "/opportunities/*/questions/new", "/opportunities/*/apply", "/applications", "/applications/**")
                .hasRole(HubRole.ORGANISATION_MEMBER);
        rules.requestMatchers(HttpMethod.GET, "/opportunities", "/opportunities/*", "/api/v1/opportunities",
                        "/api/v1/opportunities/*")
                .permitAll();
    }
}
