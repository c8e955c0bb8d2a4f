package org.thirdsectorhub.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Back to the sign-in page with the reason and the email address kept, as GOV.UK forms do. */
final class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String EMAIL_ATTRIBUTE = "signIn.email";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String email = request.getParameter("email");
        if (email != null && email.length() <= 320) {
            request.getSession().setAttribute(EMAIL_ATTRIBUTE, email);
        }
        String reason = exception instanceof LockedException ? "locked"
                : exception instanceof DisabledException ? "deactivated" : "error";
        response.sendRedirect(request.getContextPath() + "/sign-in?" + reason);
    }
}
