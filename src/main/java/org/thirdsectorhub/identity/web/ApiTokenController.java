package org.thirdsectorhub.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.account.ApiTokens;
import org.thirdsectorhub.shared.security.Actor;
import org.thirdsectorhub.shared.web.FormErrors;
import org.thirdsectorhub.shared.web.NotFoundException;

/** Personal API tokens on the account page: create (shown once), list, revoke. */
@Controller
class ApiTokenController {

    private final ApiTokens tokens;
    private final MessageSource messages;

    ApiTokenController(ApiTokens tokens, MessageSource messages) {
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping("/account/tokens")
    String list(@AuthenticationPrincipal HubUser user, Model model) {
        return page(user, new TokenForm(""), FormErrors.NONE, model);
    }

    @PostMapping("/account/tokens")
    String create(@AuthenticationPrincipal HubUser user, @Valid @ModelAttribute("form") TokenForm form,
            BindingResult result, Model model, Locale locale) {
        if (result.hasErrors()) {
            return page(user, form, FormErrors.of(result, messages, locale), model);
        }
        // Rendered straight away rather than redirected, so the secret never sits in a session or a URL.
        model.addAttribute("newToken", tokens.create(user.userId(), form.name(), Actor.current()));
        return page(user, new TokenForm(""), FormErrors.NONE, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal HubUser user, @PathVariable UUID id, RedirectAttributes redirect,
            Locale locale) {
        if (!tokens.revoke(user.userId(), id)) {
            throw new NotFoundException("token " + id);
        }
        redirect.addFlashAttribute("banner", messages.getMessage("tokens.revokedBanner", null, locale));
        return "redirect:/account/tokens";
    }

    private String page(HubUser user, TokenForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("tokens", tokens.listFor(user.userId()));
        return "identity/tokens";
    }

    record TokenForm(
            @NotBlank(message = "{identity.token.nameRequired}")
            @Size(max = ApiTokens.MAX_NAME_LENGTH, message = "{identity.token.nameTooLong}") String name) {}
}
