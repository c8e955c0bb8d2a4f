package org.thirdsectorhub.identity.web;

import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.OrganisationNames;
import org.thirdsectorhub.identity.account.AccountAdministration;
import org.thirdsectorhub.identity.account.PasswordChange;
import org.thirdsectorhub.shared.web.FormErrors;

/** The signed-in person's own account: what they hold, and changing their password. */
@Controller
class AccountController {

    private final AccountAdministration accounts;
    private final PasswordChange passwordChange;
    private final ObjectProvider<OrganisationNames> organisationNames;
    private final MessageSource messages;

    AccountController(AccountAdministration accounts, PasswordChange passwordChange,
            ObjectProvider<OrganisationNames> organisationNames, MessageSource messages) {
        this.accounts = accounts;
        this.passwordChange = passwordChange;
        this.organisationNames = organisationNames;
        this.messages = messages;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal HubUser user, Model model) {
        model.addAttribute("account", accounts.get(user.userId()));
        model.addAttribute("organisationNames", organisationNames.getIfAvailable(() -> OrganisationNames.BY_ID));
        return "identity/account";
    }

    @GetMapping("/account/password")
    String changePasswordForm(Model model) {
        model.addAttribute("errors", FormErrors.NONE);
        return "identity/change-password";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal HubUser user, @ModelAttribute("form") ChangePasswordForm form,
            BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
        if (form.newPassword() == null || !form.newPassword().equals(form.confirmPassword())) {
            result.rejectValue("confirmPassword", "identity.password.mismatch");
        }
        Optional<PasswordChange.FieldProblem> problem = result.hasErrors() ? Optional.empty()
                : passwordChange.change(user.userId(), form.currentPassword(), form.newPassword());
        problem.ifPresent(found -> result.rejectValue(found.field(), found.messageKey()));
        if (result.hasErrors()) {
            model.addAttribute("errors", FormErrors.of(result, messages, locale));
            return "identity/change-password";
        }
        redirect.addFlashAttribute("banner", messages.getMessage("changePassword.done", null, locale));
        return "redirect:/account";
    }

    record ChangePasswordForm(String currentPassword, String newPassword, String confirmPassword) {}
}
