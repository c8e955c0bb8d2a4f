package org.thirdsectorhub.organisations.curation.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.organisations.curation.Claims;
import org.thirdsectorhub.organisations.register.RegisterService;
import org.thirdsectorhub.shared.security.Actor;
import org.thirdsectorhub.shared.web.FormErrors;
import org.thirdsectorhub.shared.web.NotFoundException;

/** "I run this group": the claim, and the officers' queue of claims to verify. */
@Controller
class ClaimController {

    private final Claims claims;
    private final RegisterService register;
    private final MessageSource messages;

    ClaimController(Claims claims, RegisterService register, MessageSource messages) {
        this.claims = claims;
        this.register = register;
        this.messages = messages;
    }

    record ClaimForm(String role, String note) {}

    @GetMapping("/organisations/{id}/claim")
    String form(@PathVariable UUID id, Model model) {
        return page(id, new ClaimForm("", ""), FormErrors.NONE, model);
    }

    @PostMapping("/organisations/{id}/claim")
    String claim(@PathVariable UUID id, @ModelAttribute("form") ClaimForm form, BindingResult result,
            @AuthenticationPrincipal HubUser user, Model model, Locale locale, RedirectAttributes redirect) {
        if (form.role() == null || form.role().isBlank()) {
            result.rejectValue("role", "curation.claim.role.required");
        } else if (form.role().length() > 100) {
            result.rejectValue("role", "curation.claim.role.tooLong");
        }
        if (form.note() != null && form.note().length() > 1000) {
            result.rejectValue("note", "curation.note.tooLong");
        }
        if (result.hasErrors()) {
            return page(id, form, FormErrors.of(result, messages, locale), model);
        }
        boolean added = claims.claim(id, Actor.of(user.userId(), user.email()), form.role(), form.note());
        redirect.addFlashAttribute("banner", messages.getMessage(added ? "curation.claim.sent" : "curation.claim.already",
                null, locale));
        return "redirect:/organisations/" + id;
    }

    @GetMapping("/register/claims")
    String queue(Model model) {
        return queue(FormErrors.NONE, model);
    }

    private String queue(FormErrors errors, Model model) {
        model.addAttribute("pending", claims.pending());
        model.addAttribute("errors", errors);
        return "organisations/claims";
    }

    @PostMapping("/register/claims/{id}/approve")
    String approve(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        boolean done = claims.approve(id, "");
        redirect.addFlashAttribute("banner", messages.getMessage(done ? "curation.claim.approved" : "curation.alreadyDecided",
                null, locale));
        return "redirect:/register/claims";
    }

    @PostMapping("/register/claims/{id}/reject")
    String reject(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect,
            Locale locale, Model model) {
        Reason given = new Reason(reason);
        if (!given.acceptable()) {
            claims.get(id);
            return queue(given.problem("reason-" + id, messages, locale), model);
        }
        boolean done = claims.reject(id, given.text());
        redirect.addFlashAttribute("banner", messages.getMessage(done ? "curation.claim.rejected" : "curation.alreadyDecided",
                null, locale));
        return "redirect:/register/claims";
    }

    private String page(UUID id, ClaimForm form, FormErrors errors, Model model) {
        String name = register.latestVersion(id).map(draft -> draft.name())
                .orElseThrow(() -> new NotFoundException("organisation " + id));
        model.addAttribute("organisationId", id);
        model.addAttribute("organisationName", name);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "organisations/claim";
    }
}
