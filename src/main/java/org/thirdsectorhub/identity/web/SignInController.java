package org.thirdsectorhub.identity.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thirdsectorhub.shared.web.FormErrors;

/** The sign-in page; Spring Security handles the form's POST and reports failures back here. */
@Controller
class SignInController {

    static final String EMAIL_ATTRIBUTE = "signIn.email";

    private final MessageSource messages;

    SignInController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam Map<String, String> flags, HttpSession session, Model model, Locale locale) {
        Object email = session.getAttribute(EMAIL_ATTRIBUTE);
        session.removeAttribute(EMAIL_ATTRIBUTE);
        model.addAttribute("email", email);
        String problem = flags.containsKey("locked") ? "signIn.locked"
                : flags.containsKey("deactivated") ? "signIn.deactivated"
                : flags.containsKey("error") ? "signIn.failed" : null;
        model.addAttribute("errors", problem == null ? FormErrors.NONE
                : new FormErrors(List.of(new FormErrors.Problem("email", messages.getMessage(problem, null, locale)))));
        if (flags.containsKey("passwordReset")) {
            model.addAttribute("banner", messages.getMessage("signIn.passwordReset", null, locale));
        } else if (flags.containsKey("accountCreated")) {
            model.addAttribute("banner", messages.getMessage("signIn.accountCreated", null, locale));
        }
        return "identity/sign-in";
    }
}
