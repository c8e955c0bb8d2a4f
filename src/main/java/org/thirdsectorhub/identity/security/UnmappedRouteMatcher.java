package org.thirdsectorhub.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/** Matches requests that no controller, endpoint or resource handler answers. */
final class UnmappedRouteMatcher implements RequestMatcher {

    private final HandlerMappingIntrospector routes;

    UnmappedRouteMatcher(HandlerMappingIntrospector routes) {
        this.routes = routes;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        try {
            return routes.getMatchableHandlerMapping(request) == null;
        } catch (Exception mappedButNotForThisMethod) {
            return false;
        }
    }
}
