package org.thirdsectorhub.platform.web;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Static files. Only these paths serve files (spring.web.resources.add-mappings is off), so any other
 * unknown address is a plain 404.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final String GOVUK = "classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl week = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();
        // The resource chain caches where each file is: without it every link on every page was looked up in
        // the jar again, the largest single cost of rendering a page.
        registry.addResourceHandler("/assets/**").addResourceLocations(GOVUK + "assets/").setCacheControl(week)
                .resourceChain(true);
        registry.addResourceHandler("/govuk/**").addResourceLocations(GOVUK).setCacheControl(week).resourceChain(true);
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(week).resourceChain(true);
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
        registry.addResourceHandler("/favicon.ico").addResourceLocations(GOVUK + "assets/images/").resourceChain(true);
    }
}
