package org.thirdsectorhub.opportunities.assessment.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.shared.security.AccessRules;
import org.thirdsectorhub.shared.security.HubRole;

/**
 * Assessment is for the roles that may sit on a panel; the pages then let in only the round's lead or
 * its assessors. Ordered before the opportunity pages, whose public rules would otherwise match first.
 */
@Component
class AssessmentAccessRules implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/opportunities/*/decisions", "/api/v1/opportunities/*/decisions").permitAll();
        rules.requestMatchers("/assessments", "/opportunities/*/assessment", "/opportunities/*/assessment/**")
                .hasAnyRole(HubRole.COMMISSIONER, HubRole.PARTNERSHIP_MEMBER, HubRole.INFRASTRUCTURE_OFFICER);
    }

    @Override
    public int order() {
        return -10;
    }
}
