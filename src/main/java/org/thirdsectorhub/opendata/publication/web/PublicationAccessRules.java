package org.thirdsectorhub.opendata.publication.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.shared.security.AccessRules;
import org.thirdsectorhub.shared.security.HubRole;

@Component
class PublicationAccessRules implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/opendata", "/api/v1/opendata/360giving.json",
                "/api/v1/opendata/360giving.csv", "/api/v1/opendata/360giving.xlsx",
                "/api/v1/opendata/ocds/releases.json").permitAll();
        rules.requestMatchers("/opendata/publication", "/opendata/publication/**")
                .hasAnyRole(HubRole.ADMINISTRATOR, HubRole.COMMISSIONER);
    }
}
