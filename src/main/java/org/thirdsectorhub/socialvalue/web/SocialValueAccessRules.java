package org.thirdsectorhub.socialvalue.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.shared.security.AccessRules;
import org.thirdsectorhub.shared.security.HubRole;

/**
 * The calculator API and the proxy library are public; importing proxies is for administrators;
 * analyses need a signed-in person, and each analysis decides who may see or change it.
 */
@Component
class SocialValueAccessRules implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/v1/sroi/calculations").permitAll();
        rules.requestMatchers(HttpMethod.GET, "/social-value/proxies").permitAll();
        rules.requestMatchers("/admin/social-value/**").hasRole(HubRole.ADMINISTRATOR);
        rules.requestMatchers("/social-value/analyses", "/social-value/analyses/**").authenticated();
    }
}
