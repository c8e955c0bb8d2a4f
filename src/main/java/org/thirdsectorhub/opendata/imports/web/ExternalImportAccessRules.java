package org.thirdsectorhub.opendata.imports.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.shared.security.AccessRules;
import org.thirdsectorhub.shared.security.HubRole;

/** Importing other publishers' open data is for infrastructure officers and administrators. */
@Component
class ExternalImportAccessRules implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/opendata/imports", "/opendata/imports/**")
                .hasAnyRole(HubRole.INFRASTRUCTURE_OFFICER, HubRole.ADMINISTRATOR);
    }

    @Override
    public int order() {
        return -10;
    }
}
