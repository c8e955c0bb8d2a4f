package org.thirdsectorhub.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.thirdsectorhub.identity.account.PasswordResets;
import org.thirdsectorhub.identity.account.PasswordResets.LinkState;
import org.thirdsectorhub.shared.web.FormErrors;

/** "I have forgotten my password": ask for a link, then choose a new password through it. */
@Controller
class PasswordResetController {

    private final PasswordResets resets;
    private final MessageSource messages;

    PasswordResetController(PasswordResets resets, MessageSource messages) {
        this.resets = resets;
        this.messages = messages;
    }

    @GetMapping("/forgot-password")
    String askForLink(Model model) {
        model.addAttribute("form", new ForgotPasswordForm(""));
        model.addAttribute("errors", FormErrors.NONE);
        return "identity/forgot-password";
    }

    @PostMapping("/forgot-password")
    String sendLink(@Valid @ModelAttribute("form") ForgotPasswordForm form, BindingResult result, Model model,
            Locale locale) {
        if (result.hasErrors()) {
            model.addAttribute("errors", FormErrors.of(result, messages, locale));
            return "identity/forgot-password";
        }
        resets.requestLink(form.email());
        return "redirect:/forgot-password/check-email";
    }

    @GetMapping("/forgot-password/check-email")
    String checkEmail() {
        return "identity/check-email";
    }

    @GetMapping("/reset-password/{token}")
    String choosePassword(@PathVariable String token, Model model, jakarta.servlet.http.HttpServletResponse response) {
        LinkState state = resets.check(token);
        if (state != LinkState.VALID) {
            return linkProblem(state, model, response);
        }
        model.addAttribute("token", token);
        model.addAttribute("errors", FormErrors.NONE);
        return "identity/reset-password";
    }

    @PostMapping("/reset-password/{token}")
    String savePassword(@PathVariable String token, @ModelAttribute("form") NewPasswordForm form, BindingResult result,
            Model model, Locale locale, jakarta.servlet.http.HttpServletResponse response) {
        LinkState state = resets.check(token);
        if (state != LinkState.VALID) {
            return linkProblem(state, model, response);
        }
        Optional<String> problem = form.mismatch();
        if (problem.isEmpty()) {
            problem = resets.reset(token, form.newPassword());
        }
        if (problem.isPresent()) {
            String field = problem.get().equals("identity.password.mismatch") ? "confirmPassword" : "newPassword";
            result.rejectValue(field, problem.get());
            model.addAttribute("token", token);
            model.addAttribute("errors", FormErrors.of(result, messages, locale));
            return "identity/reset-password";
        }
        return "redirect:/sign-in?passwordReset";
    }

    private static String linkProblem(LinkState state, Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(state == LinkState.UNKNOWN ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
        String key = switch (state) {
            case EXPIRED -> "reset.expired";
            case USED -> "reset.used";
            default -> "reset.unknown";
        };
        model.addAttribute("titleKey", key + ".title");
        model.addAttribute("bodyKey", key + ".body");
        model.addAttribute("nextHref", "/forgot-password");
        model.addAttribute("nextKey", "reset.askAgain");
        return "identity/link-problem";
    }

    record ForgotPasswordForm(
            @NotBlank(message = "{identity.email.required}")
            @Email(message = "{identity.email.invalid}")
            @Size(max = 320, message = "{identity.email.tooLong}") String email) {}

    record NewPasswordForm(String newPassword, String confirmPassword) {
        Optional<String> mismatch() {
            if (newPassword == null || newPassword.isEmpty()) {
                return Optional.of("identity.password.required");
            }
            return newPassword.equals(confirmPassword) ? Optional.empty() : Optional.of("identity.password.mismatch");
        }
    }
}
