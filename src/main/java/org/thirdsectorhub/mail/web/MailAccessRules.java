package org.thirdsectorhub.mail.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.shared.security.AccessRules;
import org.thirdsectorhub.shared.security.HubRole;

@Component
class MailAccessRules implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/admin/outbox", "/admin/outbox/**").hasRole(HubRole.ADMINISTRATOR);
    }
}
