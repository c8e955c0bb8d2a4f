package org.thirdsectorhub.identity.security;

import jakarta.servlet.DispatcherType;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;
import org.thirdsectorhub.identity.account.ApiTokens;
import org.thirdsectorhub.shared.security.AccessRules;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: the JSON API (stateless, bearer tokens, problem+json answers) and the pages
 * (form sign-in, sessions in PostgreSQL, CSRF). Both deny whatever no module's rules permit. They exist only
 * in the web application: a command ({@code java -jar third-sector-hub.jar token create ...}) runs without
 * a web server, so without HttpSecurity; {@link SecurityBasics} holds what every process needs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** Swagger UI sets inline styles from its scripts; its scripts stay restricted to the hub's own. */
    static final String API_DOCS_POLICY = PAGE_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    @Bean
    @Order(1)
    SecurityFilterChain apiDocumentation(HttpSecurity http) throws Exception {
        http.securityMatcher("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
                .headers(headers -> secureHeaders(headers, API_DOCS_POLICY));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, List<AccessRules> moduleRules, ApiTokens tokens,
            HandlerMappingIntrospector routes, JsonMapper json) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        http.securityMatcher("/api/**", "/openreferral/**", "/actuator/prometheus")
                // The API never reads the session cookie, so a forged cross-site request has no rights to borrow.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, problems.unauthorized()), AnonymousAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
                .authorizeHttpRequests(rules -> applyRules(rules, moduleRules, routes))
                .headers(headers -> secureHeaders(headers, PAGE_POLICY));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, List<AccessRules> moduleRules, HandlerMappingIntrospector routes)
            throws Exception {
        http.formLogin(form -> form
                        .loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .failureHandler(new SignInFailureHandler())
                        .defaultSuccessUrl("/account"))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/?signedOut"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .csrf(Customizer.withDefaults())
                .addFilterBefore(new AnonymousUploadFilter(), CsrfFilter.class)
                .authorizeHttpRequests(rules -> applyRules(rules, moduleRules, routes))
                .headers(headers -> secureHeaders(headers, PAGE_POLICY));
        return http.build();
    }

    private static void applyRules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules,
            List<AccessRules> moduleRules, HandlerMappingIntrospector routes) {
        rules.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
        rules.requestMatchers("/error").permitAll();
        // A mistyped address gets "page not found", not a sign-in page or "forbidden".
        rules.requestMatchers(new UnmappedRouteMatcher(routes)).permitAll();
        moduleRules.stream().sorted(Comparator.comparingInt(AccessRules::order)).forEach(module -> module.configure(rules));
        rules.anyRequest().denyAll();
    }

    private static void secureHeaders(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers,
            String policy) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
    }
}
