package org.thirdsectorhub.shared.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's access rules for its own routes. Everything no module permits is denied.
 * Rules are applied in {@link #order()}; more specific rules belong in a lower order.
 */
public interface AccessRules {

    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);

    default int order() {
        return 0;
    }
}
