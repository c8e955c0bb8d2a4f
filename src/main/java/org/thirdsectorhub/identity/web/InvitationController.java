package org.thirdsectorhub.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
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
import org.thirdsectorhub.identity.account.Invitations;
import org.thirdsectorhub.identity.account.Invitations.PendingInvitation;
import org.thirdsectorhub.identity.account.PasswordChange.FieldProblem;
import org.thirdsectorhub.shared.web.FormErrors;

/** An invited person accepts: their name, a password, and the account exists with the roles given. */
@Controller
class InvitationController {

    private final Invitations invitations;
    private final MessageSource messages;
    private final Clock clock;

    InvitationController(Invitations invitations, MessageSource messages, Clock clock) {
        this.invitations = invitations;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/invitations/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<PendingInvitation> invitation = usable(token);
        if (invitation.isEmpty()) {
            return problem(model, response);
        }
        model.addAttribute("form", new AcceptForm(invitation.get().displayName(), "", ""));
        return page(token, invitation.get(), FormErrors.NONE, model);
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, @Valid @ModelAttribute("form") AcceptForm form, BindingResult result,
            Model model, Locale locale, HttpServletResponse response) {
        Optional<PendingInvitation> invitation = usable(token);
        if (invitation.isEmpty()) {
            return problem(model, response);
        }
        if (!result.hasErrors()) {
            if (form.password() == null || form.password().isEmpty()) {
                result.rejectValue("password", "identity.password.required");
            } else if (!form.password().equals(form.confirmPassword())) {
                result.rejectValue("confirmPassword", "identity.password.mismatch");
            } else {
                Optional<FieldProblem> problem = invitations.accept(token, form.displayName(), form.password());
                if (problem.isEmpty()) {
                    return "redirect:/sign-in?accountCreated";
                }
                if (problem.get().field().equals("form")) {
                    result.reject(problem.get().messageKey());
                } else {
                    result.rejectValue(problem.get().field(), problem.get().messageKey());
                }
            }
        }
        return page(token, invitation.get(), FormErrors.of(result, messages, locale), model);
    }

    private Optional<PendingInvitation> usable(String token) {
        Instant now = Instant.now(clock);
        return invitations.find(token).filter(invitation -> invitation.usableAt(now));
    }

    private static String page(String token, PendingInvitation invitation, FormErrors errors, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("invitation", invitation);
        model.addAttribute("errors", errors);
        return "identity/accept-invitation";
    }

    private static String problem(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("titleKey", "invitation.invalid.title");
        model.addAttribute("bodyKey", "invitation.invalid.body");
        model.addAttribute("nextHref", "/sign-in");
        model.addAttribute("nextKey", "invitation.invalid.next");
        return "identity/link-problem";
    }

    record AcceptForm(
            @NotBlank(message = "{identity.name.required}") @Size(max = 100, message = "{identity.name.tooLong}") String displayName,
            String password,
            String confirmPassword) {}
}
