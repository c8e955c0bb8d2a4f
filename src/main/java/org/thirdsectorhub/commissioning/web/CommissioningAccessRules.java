package org.thirdsectorhub.commissioning.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.shared.security.AccessRules;
import org.thirdsectorhub.shared.security.HubRole;

@Component
class CommissioningAccessRules implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/commissioning/exercises/new", "/commissioning/exercises/*/consultations/new",
                        "/commissioning/exercises/*/needs/new", "/commissioning/exercises/*/outcomes/new",
                        "/commissioning/exercises/*/route", "/commissioning/exercises/*/evidence/*",
                        "/commissioning/exercises/*/forecast",
                        "/commissioning/awards/new", "/commissioning/awards/*/end",
                        "/commissioning/awards/*/payments/new", "/commissioning/awards/*/vary")
                .hasRole(HubRole.COMMISSIONER);
        rules.requestMatchers("/admin/commissioning/thresholds").hasRole(HubRole.ADMINISTRATOR);
        rules.requestMatchers("/commissioning/dashboard")
                .hasAnyRole(HubRole.PARTNERSHIP_MEMBER, HubRole.COMMISSIONER, HubRole.ADMINISTRATOR);
        rules.requestMatchers(HttpMethod.GET, "/commissioning", "/commissioning/**", "/api/v1/commissioning/**")
                .hasAnyRole(HubRole.COMMISSIONER, HubRole.INFRASTRUCTURE_OFFICER, HubRole.PARTNERSHIP_MEMBER,
                        HubRole.ADMINISTRATOR);
        rules.requestMatchers(HttpMethod.POST, "/commissioning/**").hasRole(HubRole.COMMISSIONER);
    }
}
