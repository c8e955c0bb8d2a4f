package org.thirdsectorhub.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Sessions live in PostgreSQL through Spring Session and are found by the HUB_SESSION cookie, so
 * tests that sign in for real carry that cookie, as a browser does.
 */
public final class BrowserSession {

    public static final String COOKIE = "HUB_SESSION";

    private BrowserSession() {}

    /** Signs in through the real form; returns the session cookie, or null if sign-in failed. */
    public static Cookie signIn(MockMvc mvc, String email, String password) throws Exception {
        MvcResult result = mvc.perform(post("/sign-in").with(csrf()).param("email", email).param("password", password))
                .andReturn();
        return "/account".equals(result.getResponse().getRedirectedUrl()) ? result.getResponse().getCookie(COOKIE) : null;
    }

    public static Cookie cookieOf(MvcResult result) {
        return result.getResponse().getCookie(COOKIE);
    }
}
