package org.thirdsectorhub.platform.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.shared.security.AccessRules;
import org.thirdsectorhub.shared.security.HubRole;

@Component
class PlatformAccessRules implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/", "/accessibility", "/privacy", "/cookies", "/favicon.ico",
                        "/assets/**", "/govuk/**", "/css/**", "/js/**", "/webjars/**")
                .permitAll();
        rules.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
        rules.requestMatchers("/actuator/prometheus").hasRole(HubRole.ADMINISTRATOR);
        rules.requestMatchers("/admin").hasRole(HubRole.ADMINISTRATOR);
    }
}
